/**
 * npm run bench:map — builds the app and runs only the map and timeline scale bench
 * (map-large.ts), BENCH_RUNS times (default 3: this machine is shared, so figures are ranges).
 * BENCH_DIST=<folder> benches an existing build instead.
 */
import { mapLargeBench, type MapLargeRow } from './map-large';
import { withBuiltApp } from './with-built-app';

await withBuiltApp('map-large', 4183, async (base, chrome) => {
  const rows: MapLargeRow[] = [];
  for (let i = 0; i < Number(process.env.BENCH_RUNS ?? 3); i++)
    rows.push(await mapLargeBench(base, chrome));
  console.log(
    '\nMap + timeline, 3,000 more places and events, 1,500 legs (1440×900; long tasks from PerformanceObserver)',
  );
  console.table(rows);
});
