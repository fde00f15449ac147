/**
 * npm run bench:profile-open — where the main thread's time goes while a big story opens. Builds
 * the app unminified (so function names survive), opens the ~15 MB heavy story and the 20k-entity
 * story as files in headless Chromium with the CDP sampling profiler running, and prints, for
 * the whole open, the long tasks (PerformanceObserver) and the functions that held the main
 * thread longest (inclusive and self time), until the network is stable and 2 s more.
 * `npm run bench:profile-open -- scale` opens the 5k and 20k stories instead (the network's open
 * → stable path); `heavy` and `book` one of the two. A diagnosis tool, not a target: the figures that
 * count are `npm run bench:hostile`'s. BENCH_CPU_THROTTLE=4 slows the page's CPU 4× (CDP), as
 * bench:scale's does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { launchBenchBrowser, openBenchPage } from './launch-bench-page';
import { heavyBundle } from '../src/bundle/fixtures/heavy-bundle';
import { syntheticBundle } from '../src/bundle/fixtures/synthetic-bundle';
import { serveStatic } from './scale/serve-static';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = process.env.BENCH_DIST ?? join(ROOT, '.bench', 'profile');
const PORT = Number(process.env.BENCH_PORT ?? 4183);
const SEED = 'six-party-talks-2018-10-08';
const chrome =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
if (chrome === null) throw new Error('no Chromium: set CHROME_PATH');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Inclusive and self milliseconds per function (name + file), idle and GC-root left out. */
function summarise(profile: Profile, top = 25): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (node === undefined || node.callFrame.functionName === '(idle)') return;
    busy += ms;
    const l = label(node);
    self.set(l, (self.get(l) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (n === undefined || n.callFrame.functionName === '(root)') continue;
      const ll = label(n);
      if (seen.has(ll)) continue;
      seen.add(ll);
      incl.set(ll, (incl.get(ll) ?? 0) + ms);
    }
  });
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)} ms  ${k}`);
  return [
    `busy (not idle) ${busy.toFixed(0)} ms`,
    'inclusive:',
    ...rows(incl),
    'self:',
    ...rows(self),
  ];
}

/** React's and the browser's own frames: left out of the per-task lines, which name the app's work. */
const PLUMBING =
  /^(perform|render|begin|complete|commit|update|workLoop|flush|run|exports\.|mount|recursively|reconcile|finish|dispatch|batched|process|schedule|invoke|call|\(anonymous\)|\(root\)|\(program\))/;

/**
 * The profile cut into busy stretches (samples between idle ones, roughly the page's tasks); for
 * each over 50 ms, its length and the app functions that held it (inclusive ms).
 */
function perTask(profile: Profile): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const lines: string[] = [];
  let at = 0;
  let start = 0;
  let busy = 0;
  let frames = new Map<string, number>();
  const close = () => {
    if (busy > 50) {
      const top = [...frames]
        .filter(([k]) => !PLUMBING.test(k))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `${k.split(' ')[0]} ${v.toFixed(0)}`);
      lines.push(`  task at ${start.toFixed(0)} ms, ${busy.toFixed(0)} ms: ${top.join(', ')}`);
    }
    busy = 0;
    frames = new Map();
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    at += (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (node === undefined || node.callFrame.functionName === '(idle)') {
      close();
      return;
    }
    if (busy === 0) start = at;
    busy += ms;
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (n === undefined) continue;
      const l = n.callFrame.functionName || '(anonymous)';
      if (seen.has(l)) continue;
      seen.add(l);
      frames.set(l, (frames.get(l) ?? 0) + ms);
    }
  });
  close();
  return lines;
}

const INIT = `(() => {
  const b = (window.__prof = { tasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
})()`;

async function openProfiled(
  page: Page,
  cdp: CDPSession,
  name: string,
  json: Buffer,
  shows: string,
): Promise<void> {
  await page.evaluate(
    () => ((window as unknown as { __prof: { tasks: unknown[] } }).__prof.tasks.length = 0),
  );
  await cdp.send('Profiler.start');
  const t0 = await page.evaluate(() => performance.now());
  // From disk: a buffer would be rebuilt in the page by Playwright's own script (see hostile-input.ts).
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-profile-')), name);
  writeFileSync(path, json);
  await page.setInputFiles('input[type="file"]', path);
  await page.locator(shows).first().waitFor({ timeout: 600_000 });
  const t1 = await page.evaluate(() => performance.now());
  // Whatever the open queued after the text shows (effects, idle indexing, the network laid out
  // and first drawn with names) belongs to it too: wait for the network to be stable, then a
  // little more.
  const stable = page.locator(
    '[aria-label="Network"] [data-layout="done"]:not([data-drawn="settling"])',
  );
  await stable
    .first()
    .waitFor({ state: 'attached', timeout: 120_000 })
    .catch(() => undefined);
  const t2 = await page.evaluate(() => performance.now());
  await page.waitForTimeout(2000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const tasks = await page.evaluate(
    () => (window as unknown as { __prof: { tasks: [number, number][] } }).__prof.tasks,
  );
  console.log(
    `\n== ${name} (${(json.length / 1048576).toFixed(1)} MB): shows after ${Math.round(t1 - t0)} ms`,
  );
  console.log(`network stable after ${Math.round(t2 - t0)} ms`);
  console.log(
    `long tasks (start ms after open, duration ms): ${tasks.map(([s, d]) => `${Math.round(s - t0)}+${d}`).join(', ') || 'none'}`,
  );
  console.log('busy stretches over 50 ms (profile time from start; app frames, inclusive ms):');
  for (const line of perTask(profile)) console.log(line);
  for (const line of summarise(profile)) console.log(line);
}

if (process.env.BENCH_DIST === undefined)
  execFileSync(
    join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--outDir', OUT, '--emptyOutDir', '--minify', 'false'],
    { cwd: ROOT, stdio: 'ignore' },
  );
const server = await serveStatic(OUT, PORT);
const browser = await launchBenchBrowser(chrome);
try {
  const page = await openBenchPage(browser, INIT);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  // BENCH_CPU_THROTTLE (as bench:scale's): a loaded machine, reproducibly.
  const rate = Number(process.env.BENCH_CPU_THROTTLE ?? 1);
  if (Number.isFinite(rate) && rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`http://127.0.0.1:${PORT}/#/b/${SEED}`);
  await page.getByRole('region', { name: 'Article' }).waitFor();
  const which = process.argv[2] ?? 'both';
  if (which === 'both' || which === 'heavy')
    await openProfiled(
      page,
      cdp,
      'heavy-report.json',
      Buffer.from(JSON.stringify(heavyBundle())),
      '[data-reader-root] [data-entity="hub"]',
    );
  for (const size of which === 'both' || which === 'book'
    ? [20_000]
    : which === 'scale'
      ? [5_000, 20_000]
      : []) {
    const book = syntheticBundle(size);
    await openProfiled(
      page,
      cdp,
      `book-${size}.json`,
      Buffer.from(JSON.stringify(book)),
      `[data-reader-root] [data-entity="${book.mentions[0]?.entity ?? ''}"]`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
