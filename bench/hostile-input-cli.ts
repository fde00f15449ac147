/**
 * npm run bench:hostile — builds the app and runs only the hostile-input bench (hostile-input.ts).
 * BENCH_DIST=<folder> benches an existing build instead (e.g. an older commit's, for a before/after).
 */
import { hostileInputBench } from './hostile-input';
import { withBuiltApp } from './with-built-app';

await withBuiltApp('hostile', 4182, async (base, chrome) => {
  const rows = await hostileInputBench(base, chrome);
  console.log(
    '\nBig input (1440×900; long tasks from PerformanceObserver; target: none over 200 ms)',
  );
  console.table(rows);
});
