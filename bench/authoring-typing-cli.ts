/**
 * npm run bench:authoring — builds the app and runs only New story's long-text typing bench
 * (authoring-typing.ts), BENCH_RUNS times (default 3: this machine is shared, so a range).
 * BENCH_DIST=<folder> benches an existing build instead (an older commit's, for a before/after).
 */
import { authoringTypingBench } from './authoring-typing';
import { withBuiltApp } from './with-built-app';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
await withBuiltApp('authoring', 4183, async (base, chrome) => {
  for (let run = 1; run <= RUNS; run += 1) {
    const rows = await authoringTypingBench(base, chrome);
    console.log(
      `\nNew story, long text, run ${run}/${RUNS} (1440×900; long tasks from PerformanceObserver; target: none over 200 ms)`,
    );
    console.table(rows);
  }
});
