/** npm run bench:scale — builds the app and runs only the scale bench (see run-scale.ts). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runScaleBench } from './run-scale';

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = join(ROOT, '.bench', 'scale');
if (process.env.BENCH_NO_BUILD !== '1')
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', OUT, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
await runScaleBench(OUT, Number(process.env.BENCH_PORT ?? 4181));
