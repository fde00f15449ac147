/**
 * npm run bench:hostile — builds the app and runs only the hostile-input bench (hostile-input.ts).
 * BENCH_DIST=<folder> benches an existing build instead (e.g. an older commit's, for a before/after).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hostileInputBench } from './hostile-input';
import { serveStatic } from './scale/serve-static';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = process.env.BENCH_DIST ?? join(ROOT, '.bench', 'hostile');
const PORT = Number(process.env.BENCH_PORT ?? 4182);
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
  const rows = await hostileInputBench(`http://127.0.0.1:${PORT}/`, chrome);
  console.log(
    '\nBig input (1440×900; long tasks from PerformanceObserver; target: none over 200 ms)',
  );
  console.table(rows);
} finally {
  server.close();
}
