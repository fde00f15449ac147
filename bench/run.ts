/**
 * npm run bench: first-load JS by chunk (raw and gzip), timings of the pure layouts, Find's hit
 * rates on its query table, the scale bench (our app beside d3-force → canvas, sigma.js and
 * cytoscape.js on the seed and 1k/5k/20k synthetic bundles, see scale/run-scale.ts;
 * BENCH_SCALE=0 skips it), big input (a 15 MB open, a 100k-mention selection, see
 * hostile-input.ts; BENCH_HOSTILE=0 skips it), New story's long-text typing (authoring-typing.ts;
 * BENCH_AUTHORING=0 skips it), map + timeline at scale (map-large.ts; BENCH_MAP=0 skips it), the bundle fuzzer's full run (BENCH_FUZZ=0 skips
 * it) and Lighthouse scores for the main page, mobile and desktop, printed
 * as tables against the budgets. Prints numbers; never fails a build.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoadScripts, kb, measureChunk, type ChunkSize } from './chunk-sizes';
import { layoutTimings } from './layout-timings';
import { findHitRates } from './find-hit-rates';
import { authoringQualitySets, printAuthoringQuality } from './authoring-quality';
import { runScaleBench } from './scale/run-scale';
import { clickToHighlight } from './click-to-highlight';
import { hostileInputBench } from './hostile-input';
import { authoringTypingBench } from './authoring-typing';
import { mapLargeBench } from './map-large';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, '.bench', 'dist');
const PORT = 4180;
const FIRST_LOAD_BUDGET_GZIP = 160 * 1024;
const SCORE_BUDGET = 95;

function build(): void {
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', OUT, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
}

function chunkTable(): ChunkSize[] {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const first = new Set(firstLoadScripts(html));
  const assets = readdirSync(join(OUT, 'assets')).filter(
    (f) => f.endsWith('.js') || f.endsWith('.css'),
  );
  return assets
    .map((f) =>
      measureChunk(`assets/${f}`, readFileSync(join(OUT, 'assets', f)), first.has(`assets/${f}`)),
    )
    .sort((a, b) => Number(b.firstLoad) - Number(a.firstLoad) || b.gzip - a.gzip);
}

function chromePath(): string | null {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

function lighthouse(url: string, desktop: boolean, chrome: string): Scores {
  const reportDir = join(ROOT, '.bench');
  mkdirSync(reportDir, { recursive: true });
  const report = join(reportDir, `lighthouse-${desktop ? 'desktop' : 'mobile'}.json`);
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ].join(' ');
  const args = [
    url,
    '--output=json',
    `--output-path=${report}`,
    '--quiet',
    `--chrome-flags=${flags}`,
    ...(desktop ? ['--preset=desktop'] : []),
  ];
  execFileSync(join(ROOT, 'node_modules/.bin/lighthouse'), args, {
    cwd: ROOT,
    env: { ...process.env, CHROME_PATH: chrome },
    stdio: 'ignore',
  });
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
  };
  const score = (k: string) => Math.round((json.categories[k]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  };
}

async function main(): Promise<void> {
  build();
  const chunks = chunkTable();
  const firstLoad = chunks.filter((c) => c.firstLoad && c.file.endsWith('.js'));
  const totalRaw = firstLoad.reduce((n, c) => n + c.raw, 0);
  const totalGzip = firstLoad.reduce((n, c) => n + c.gzip, 0);

  console.log('\nBundle size (vite build)');
  console.table([
    ...chunks.map((c) => ({
      chunk: c.file,
      loads: c.firstLoad ? 'first' : 'lazy',
      raw: kb(c.raw),
      gzip: kb(c.gzip),
    })),
    {
      chunk: 'TOTAL first-load JS',
      loads: 'first',
      raw: kb(totalRaw),
      gzip: `${kb(totalGzip)} (budget ${kb(FIRST_LOAD_BUDGET_GZIP)}: ${totalGzip <= FIRST_LOAD_BUDGET_GZIP ? 'within' : 'OVER'})`,
    },
  ]);

  // New story (issue 13): what the page costs when it is opened, never on the first load.
  const authoring = chunks.filter((c) =>
    /new-story-page|gazetteer|countries-50m|suggest-worker/.test(c.file),
  );
  console.log('\nNew story chunks (lazy: loaded only when the page opens)');
  console.table(authoring.map((c) => ({ chunk: c.file, raw: kb(c.raw), gzip: kb(c.gzip) })));
  for (const r of authoringQualitySets()) printAuthoringQuality(r);

  console.log('\nPure layouts on the seed story (Node, this machine; first run is cold)');
  console.table(layoutTimings());

  const find = findHitRates();
  console.log(
    `\nFind: the query table (${find.rows.length} queries, src/model/fixtures/find-queries.ts)`,
  );
  console.table(find.rows);
  console.log('\nFind hit rates');
  console.table(find.summary);

  if (process.env.BENCH_FUZZ !== '0') {
    // The bundle fuzzer's full run: five times CI's 10,000 cases, on another seed.
    // A counterexample is a finding to print, not a reason to lose the benches after it.
    try {
      const out = execFileSync(
        join(ROOT, 'node_modules/.bin/vitest'),
        ['run', 'src/bundle/bundle-fuzz.test.ts'],
        { cwd: ROOT, env: { ...process.env, FUZZ_RUNS: '5', FUZZ_SEED: '2026' }, encoding: 'utf8' },
      );
      // The counts line, not vitest's heading of the same describe block.
      console.log(`\n${/bundle fuzzer: \d[^\n]*/.exec(out)?.[0] ?? 'bundle fuzzer: no report'}`);
    } catch (error) {
      const out = String((error as { stdout?: unknown }).stdout ?? error);
      const found = /Counterexample: [^\n]*/.exec(out)?.[0] ?? 'see npm run test:unit';
      console.log(`\nbundle fuzzer: FAILED (seed 2026, 5× CI's cases): ${found.slice(0, 400)}`);
    }
  }

  const chrome = chromePath();
  if (process.env.BENCH_SCALE !== '0') {
    // The scale bench writes synthetic bundles into its own copy, so Lighthouse sees the real build.
    const scaleOut = join(ROOT, '.bench', 'scale');
    execFileSync('rm', ['-rf', scaleOut]);
    execFileSync('cp', ['-r', OUT, scaleOut]);
    await runScaleBench(scaleOut, PORT + 1);
  }
  if (chrome === null) {
    console.log('Lighthouse skipped: no Chromium (set CHROME_PATH or install chromium).');
    return;
  }
  const server = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  try {
    const url = `http://127.0.0.1:${PORT}/`;
    await waitForServer(url);
    const click = await clickToHighlight(url, chrome);
    console.log(
      '\nClick-to-highlight on the seed, 1920×1080, network + map + timeline (ms from the click on a name in the text: first click (cold) and median of warm clicks to the frame after the network marked the person (bench:scale measures to this frame), and to the frame after the last view marked it; target: median ≤ 16)',
    );
    console.table([click]);
    if (process.env.BENCH_HOSTILE !== '0') {
      console.log(
        '\nBig input, 1440×900 (a ~15 MB file opened; a person named 100,000 times selected). Longest task from PerformanceObserver longtask; interactive = end of the last long task before 3 s of quiet. Target: no task over 200 ms',
      );
      console.table(await hostileInputBench(url, chrome));
    }
    if (process.env.BENCH_MAP !== '0') {
      console.log(
        '\nMap + timeline at scale, 1440×900: 3,000 more places and events, 1,500 legs, opened as map + timeline; a click on the biggest count, then counts down to the deepest zoom and its list. Two runs (a shared machine: read ranges)',
      );
      console.table([await mapLargeBench(url, chrome), await mapLargeBench(url, chrome)]);
    }
    if (process.env.BENCH_AUTHORING !== '0') {
      console.log(
        '\nNew story, long text (1440×900): a 300,000-character paste, then 20 characters typed. Longest main-thread task, tasks over 200 ms, time until the suggestions for the final text show. Target: no task over 200 ms',
      );
      console.table(await authoringTypingBench(url, chrome));
    }
    const rows = (['mobile', 'desktop'] as const).map((profile) => {
      const s = lighthouse(url, profile === 'desktop', chrome);
      const worst = Math.min(...Object.values(s));
      return {
        profile,
        ...s,
        budget: `≥ ${SCORE_BUDGET}: ${worst >= SCORE_BUDGET ? 'met' : 'MISSED'}`,
      };
    });
    console.log(`\nLighthouse 12 scores for ${url}`);
    console.table(rows);
  } finally {
    server.kill();
  }
}

await main();
