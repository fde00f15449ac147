/**
 * The scale bench: our app and three libraries a user would pick instead (d3-force → canvas,
 * sigma.js + graphology ForceAtlas2, cytoscape.js + fcose), on the seed and on seeded synthetic
 * bundles of 1k, 5k and 20k entities, in one headless Chromium. Bundles are generated here into
 * the build folder (never committed); peers are bundled with esbuild from node_modules and
 * served by the same local server, so nothing comes from the network.
 *
 * Env: BENCH_SIZES (default "seed,1000,5000,20000"), BENCH_APPS (default all four),
 * BENCH_CAP_S (seconds a run may take to become stable before it is reported as "did not
 * finish", default 120), BENCH_PORT (default 4181), BENCH_CPU_THROTTLE (opt-in: slow each page's
 * CPU this many times through CDP's Emulation.setCPUThrottlingRate, e.g. 4, to see the app as a
 * loaded machine runs it; the header says it; unset: no throttling).
 */
import { build as esbuild } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { syntheticBundle } from '../../src/bundle/fixtures/synthetic-bundle';
import type { Bundle } from '../../src/bundle/bundle-schema';
import { serveStatic } from './serve-static';
import { hubsOf } from './hub-of';
import { BENCH_INIT_SCRIPT } from './bench-init-script';
import { formatTable, ratioRows, type RunResult } from './scale-table';

const ROOT = new URL('../..', import.meta.url).pathname;
const SEED_ID = 'six-party-talks-2018-10-08';
export const APPS = ['atlas', 'd3-canvas', 'cytoscape', 'sigma'] as const;
export type AppName = (typeof APPS)[number];

const SYSTEM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** Writes the synthetic bundles and lists them in the build's index. Returns the bundles by size label. */
function writeBundles(dist: string, sizes: string[]): Map<string, Bundle> {
  const out = new Map<string, Bundle>();
  const indexPath = join(dist, 'bundles', 'index.json');
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { bundles: { id: string }[] };
  for (const size of sizes) {
    if (size === 'seed') {
      out.set(
        size,
        JSON.parse(readFileSync(join(dist, 'bundles', `${SEED_ID}.json`), 'utf8')) as Bundle,
      );
      continue;
    }
    const bundle = syntheticBundle(Number(size));
    writeFileSync(join(dist, 'bundles', `${bundle.id}.json`), JSON.stringify(bundle));
    if (!index.bundles.some((b) => b.id === bundle.id))
      index.bundles.push({
        id: bundle.id,
        file: `${bundle.id}.json`,
        title: bundle.article.title,
        publisher: bundle.article.publisher,
        published: bundle.article.published,
      } as { id: string });
    out.set(size, bundle);
  }
  writeFileSync(indexPath, JSON.stringify(index));
  return out;
}

async function buildPeers(dist: string): Promise<void> {
  const dir = join(dist, 'peers');
  mkdirSync(dir, { recursive: true });
  await esbuild({
    entryPoints: ['d3-canvas', 'sigma', 'cytoscape'].map((p) =>
      join(ROOT, 'bench/peers', `${p}.ts`),
    ),
    bundle: true,
    format: 'esm',
    minify: true,
    outdir: dir,
    logLevel: 'error',
  });
  for (const name of ['d3-canvas', 'sigma', 'cytoscape']) {
    const surface =
      name === 'd3-canvas'
        ? '<canvas style="width:100vw;height:100vh;display:block"></canvas>'
        : '<div id="graph" style="width:100vw;height:100vh"></div>';
    writeFileSync(
      join(dir, `${name}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body style="margin:0;overflow:hidden">${surface}<script type="module" src="./${name}.js"></script></body></html>`,
    );
  }
}

/** page.evaluate that gives up (null) when the page's main thread does not answer in time. */
async function tryEvaluate<T>(page: Page, fn: string, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([page.evaluate(fn) as Promise<T>, timeout]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** BENCH_CPU_THROTTLE, when set: how many times slower each page's CPU runs (1: not at all). */
export function cpuThrottle(): number {
  const rate = Number(process.env.BENCH_CPU_THROTTLE ?? 1);
  return Number.isFinite(rate) && rate > 1 ? rate : 1;
}

/**
 * Slows the page's CPU (BENCH_CPU_THROTTLE) the reproducible way: a shared machine's load comes
 * and goes, a throttling rate does not.
 */
async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const rate = cpuThrottle();
  if (rate === 1) return;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Marks {
  firstFrame?: number;
  stable?: number;
  text?: number;
  highlight?: number;
  clickAt?: number;
  error?: string;
}

async function readMarks(page: Page): Promise<Marks | null> {
  return tryEvaluate<Marks>(page, 'window.__bench.read()', 2000);
}

/** Waits until `done(marks)` or the deadline (ms since epoch); returns the last marks read. */
async function waitMarks(page: Page, done: (m: Marks) => boolean, deadline: number) {
  let last: Marks = {};
  while (Date.now() < deadline) {
    const m = await readMarks(page);
    if (m) {
      last = m;
      if (done(m) || m.error) return last;
    }
    await sleep(200);
  }
  return last;
}

async function runOne(
  browser: Browser,
  base: string,
  app: AppName,
  sizeLabel: string,
  bundle: Bundle,
  capS: number,
): Promise<RunResult> {
  const [hub = '', second = hub] = hubsOf(bundle, 2);
  const result: RunResult = {
    app,
    size: sizeLabel,
    entities: bundle.entities.length,
    relations: bundle.relations.length,
  };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript({ content: BENCH_INIT_SCRIPT });
  await throttle(context, page);
  const url =
    app === 'atlas'
      ? `${base}/#/b/${bundle.id}`
      : `${base}/peers/${app}.html?bundle=${bundle.id === SEED_ID ? SEED_ID : bundle.id}`;
  const started = Date.now();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await tryEvaluate(page, `window.__bench.configure(${JSON.stringify({ app, hub })})`, 5000);
    const marks = await waitMarks(
      page,
      (m) => m.stable !== undefined && (app !== 'atlas' || m.text !== undefined),
      started + capS * 1000,
    );
    result.firstFrame = marks.firstFrame;
    result.text = marks.text;
    result.stable = marks.stable;
    if (marks.error) result.note = marks.error;
    if (marks.stable === undefined) {
      result.note = `did not finish within ${capS} s`;
      return result;
    }
    const tasks = await tryEvaluate<{ longest: number; count: number }>(
      page,
      'window.__bench.longestTask()',
      5000,
    );
    result.longestTask = tasks?.longest;

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const metrics = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    result.heapMB =
      (metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;

    // Five clicks, the first on the hub's centre (the node every peer is clicked on): the first click
    // on a freshly opened story (it also opens the inspector) is reported apart from the warm
    // ones that follow (their median), as bench/click-to-highlight.ts reports its clicks. Each:
    // from the pointerdown to the frame after the clicked node is marked as the subject.
    const clicks: number[] = [];
    let id = hub;
    for (let n = 0; n < 5; n++) {
      // After the first click, the next node is the one with a button farthest from the last
      // clicked that is not under another pane: the inspector opens over the right-hand side
      // and grows with the selection's passages, and which nodes have a button follows the
      // selection. A peer (one pane, every node drawn) alternates between its two hubs.
      if (n > 0) {
        const fallback = id === hub ? second : hub;
        id =
          (await tryEvaluate<string>(
            page,
            `window.__bench.farFrom(${JSON.stringify(id)}, ${JSON.stringify(fallback)})`,
            5000,
          )) ?? fallback;
      }
      await tryEvaluate(page, `window.__bench.watch(${JSON.stringify(id)})`, 5000);
      const at = await tryEvaluate<{ x: number; y: number } | null>(
        page,
        'window.__bench.hubPosition()',
        5000,
      );
      if (!at) {
        result.note = `${id} not on screen`;
        break;
      }
      await page.mouse.click(at.x, at.y);
      const clicked = await waitMarks(
        page,
        (m) => m.highlight !== undefined,
        Date.now() + Math.min(capS, 20) * 1000,
      );
      if (clicked.highlight === undefined || clicked.clickAt === undefined) {
        if (clicks.length > 0) {
          result.note = `a warm click on ${id} did not highlight it`;
          break;
        }
        const hash = await tryEvaluate<string>(page, 'decodeURIComponent(location.hash)', 2000);
        const sel = hash ? /[?&]sel=([^&]*)/.exec(hash)?.[1] : undefined;
        result.note = `click on ${id} did not highlight it${sel ? ` (selected ${sel})` : ''}`;
        break;
      }
      clicks.push(clicked.highlight - clicked.clickAt);
      await sleep(300);
    }
    result.firstClick = clicks[0];
    const warm = clicks.slice(1).sort((a, b) => a - b);
    if (warm.length > 0) result.click = warm[Math.floor(warm.length / 2)];

    // Zoom: wheel events over the drawing for 3 s, frames counted in the page. The direction
    // flips every 8 events so the camera never reaches a zoom limit (where wheels do nothing).
    const centre = await tryEvaluate<{ x: number; y: number }>(
      page,
      'window.__bench.surfaceCentre()',
      5000,
    );
    if (centre) {
      await page.mouse.move(centre.x, centre.y);
      await tryEvaluate(page, 'window.__bench.startFrames()', 5000);
      const zoomStart = Date.now();
      for (let n = 0; Date.now() - zoomStart < 3000; n++) {
        await page.mouse.wheel(0, Math.floor(n / 8) % 2 === 0 ? -40 : 40);
        await sleep(16);
      }
      const fps = await tryEvaluate<number>(page, 'window.__bench.stopFrames()', 20000);
      result.fps = fps ?? undefined;
    }
    return result;
  } catch (error) {
    result.note = `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return result;
  } finally {
    await Promise.race([context.close(), sleep(10000)]);
  }
}

async function gpuReport(browser: Browser, base: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${base}/robots.txt`);
  const renderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return 'no WebGL';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'WebGL (renderer hidden)';
  });
  await page.close();
  const software = /swiftshader|llvmpipe|software|no webgl/i.test(renderer);
  return `${software ? 'no GPU (software rendering)' : 'GPU present'}: ${renderer}`;
}

/** Runs the matrix against a built app in `dist`; prints the tables. */
export async function runScaleBench(dist: string, port: number): Promise<RunResult[]> {
  const sizes = (process.env.BENCH_SIZES ?? 'seed,1000,5000,20000').split(',').filter(Boolean);
  const apps = (process.env.BENCH_APPS ?? APPS.join(','))
    .split(',')
    .filter((a): a is AppName => (APPS as readonly string[]).includes(a));
  const capS = Number(process.env.BENCH_CAP_S ?? 120);
  const bundles = writeBundles(dist, sizes);
  await buildPeers(dist);
  const server = await serveStatic(dist, port);
  const base = `http://127.0.0.1:${port}`;
  let browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: SYSTEM_ARGS,
  });
  const results: RunResult[] = [];
  try {
    const gpu = await gpuReport(browser, base);
    for (const size of sizes) {
      const bundle = bundles.get(size);
      if (!bundle) continue;
      for (const app of apps) {
        process.stdout.write(`  ${app} @ ${size} …`);
        const r = await runOne(browser, base, app, size, bundle, capS);
        process.stdout.write(` ${r.note ?? 'done'}\n`);
        results.push(r);
        // A frozen page can take the browser with it: start a fresh one for the next run.
        if (r.note?.startsWith('did not finish') || r.note?.startsWith('failed')) {
          await Promise.race([browser.close(), sleep(10000)]);
          browser = await chromium.launch({
            executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
            args: SYSTEM_ARGS,
          });
        }
      }
    }
    console.log(
      `\nScale bench: one headless Chromium, viewport 1280×800, ${gpu}; cap ${capS} s per run${cpuThrottle() > 1 ? `; CPU throttled ${cpuThrottle()}× (BENCH_CPU_THROTTLE)` : ''}`,
    );
    console.log(formatTable(results));
    console.log('\nRatios ours/peer (time: lower is better for us; frames/s: higher is better)');
    console.log(formatTable(ratioRows(results)));
  } finally {
    await Promise.race([browser.close(), sleep(10000)]);
    server.close();
  }
  return results;
}
