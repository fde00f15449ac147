/**
 * npm run bench:authoring — builds the app and runs only New story's long-text typing bench
 * (authoring-typing.ts), BENCH_RUNS times (default 3: this machine is shared, so a range).
 * BENCH_DIST=<folder> benches an existing build instead (an older commit's, for a before/after).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { authoringTypingBench } from './authoring-typing';
import { serveStatic } from './scale/serve-static';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = process.env.BENCH_DIST ?? join(ROOT, '.bench', 'authoring');
const PORT = Number(process.env.BENCH_PORT ?? 4183);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const chrome =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
if (chrome === null) throw new Error('no Chromium: set CHROME_PATH');
if (process.env.BENCH_DIST === undefined)
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', OUT, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
const server = await serveStatic(OUT, PORT);
try {
  for (let run = 1; run <= RUNS; run += 1) {
    const rows = await authoringTypingBench(`http://127.0.0.1:${PORT}/`, chrome);
    console.log(
      `\nNew story, long text, run ${run}/${RUNS} (1440×900; long tasks from PerformanceObserver; target: none over 200 ms)`,
    );
    console.table(rows);
  }
} finally {
  server.close();
}
