/**
 * What each single-bench command shares: build the app into .bench/<name> (or take BENCH_DIST,
 * an existing build, e.g. an older commit's for a before/after), serve it on BENCH_PORT, find
 * Chromium (CHROME_PATH or Debian's), run the bench, and always stop the server.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from './scale/serve-static';

const ROOT = new URL('..', import.meta.url).pathname;

export async function withBuiltApp(
  name: string,
  defaultPort: number,
  bench: (baseUrl: string, chrome: string) => Promise<void>,
): Promise<void> {
  const out = process.env.BENCH_DIST ?? join(ROOT, '.bench', name);
  const port = Number(process.env.BENCH_PORT ?? defaultPort);
  const chrome =
    process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
  if (chrome === null) throw new Error('no Chromium: set CHROME_PATH');
  if (process.env.BENCH_DIST === undefined)
    execFileSync(
      join(ROOT, 'node_modules/.bin/vite'),
      ['build', '--outDir', out, '--emptyOutDir'],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
  const server = await serveStatic(out, port);
  try {
    await bench(`http://127.0.0.1:${port}/`, chrome);
  } finally {
    server.close();
  }
}
