/**
 * Map and timeline at scale (issue 15): a story of 3,000 more places, 3,000 events and 1,500
 * legs (withManyPlaces, seeded) opened as a file in headless Chromium at 1440×900, then shown
 * as map + timeline. Reports open → map drawn (its first count mark), open → timeline drawn,
 * the longest main-thread task from the switch until the page is quiet, the marks the map draws
 * (counts and places alone), and a click on the biggest count → the zoomed map drawn (the
 * frame after its marks changed), then the same at the deepest zoom → its list of places. Then,
 * each in a fresh page, the same story and the seed switched to the map alone: open → drawn and
 * the longest task, the map's own first draw.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launchBenchBrowser, openBenchPage } from './launch-bench-page';
import { withManyPlaces } from '../src/bundle/fixtures/many-places-bundle';
import { tinyBundle } from '../src/bundle/fixtures/tiny-bundle';

const SEED = 'six-party-talks-2018-10-08';
const QUIET_MS = 2000;

/** One run's figures. */
export interface MapLargeRow {
  places: number;
  'open → map drawn (ms)': number;
  'open → timeline drawn (ms)': number;
  'longest task (ms)': number;
  'marks drawn': number;
  'click count → zoomed (ms)': number;
  'marks when zoomed': number;
  'click deepest count → list (ms)': number;
  'longest task after clicks (ms)': number;
  'map alone: drawn (ms)': number;
  'map alone: longest task (ms)': number;
  'seed map: drawn (ms)': number;
  'seed map: longest task (ms)': number;
}

const INIT = `(() => {
  const b = (window.__mapBench = { tasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})()`;

type Tasks = [number, number][];
const tasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mapBench: { tasks: Tasks } }).__mapBench.tasks);

/** Waits until no long task has ended for QUIET_MS; returns the longest since `t0`. */
async function quiet(page: Page, t0: number): Promise<number> {
  for (;;) {
    await page.waitForTimeout(400);
    const list = await tasks(page);
    const now = await page.evaluate(() => performance.now());
    const lastEnd = Math.max(t0, ...list.map(([s, d]) => s + d));
    if (now - lastEnd >= QUIET_MS)
      return Math.round(Math.max(0, ...list.filter(([s]) => s >= t0 - 1).map(([, d]) => d)));
  }
}

// Functions run in the page are given as source: tsx names inner functions with a helper the
// page does not have.
const UNTIL = `(sels, start) => new Promise((resolve) => {
  const seen = sels.map(() => undefined);
  const tick = () => {
    sels.forEach((s, i) => {
      if (seen[i] === undefined && document.querySelector(s)) seen[i] = performance.now() - start;
    });
    if (seen.every((v) => v !== undefined)) resolve(seen.map((v) => Math.round(v)));
    else requestAnimationFrame(tick);
  };
  tick();
})`;

/** Page time until each selector first matches, polled every frame. */
function until(page: Page, selectors: string[], t0: number): Promise<number[]> {
  return page.evaluate(`(${UNTIL})(${JSON.stringify(selectors)}, ${t0})`);
}

const MAP = '#view-map';
const marks = (page: Page): Promise<number> =>
  page.evaluate(
    `document.querySelectorAll('${MAP} [data-cluster], ${MAP} .map-places [data-entity]').length`,
  );

const CLICK_BIGGEST = `(map) => new Promise((resolve) => {
  const all = () => [...document.querySelectorAll(map + ' [data-cluster]')];
  const signature = () =>
    all().map((c) => c.getAttribute('data-cluster') + ':' + c.getAttribute('data-count')).join();
  const big = all().sort(
    (a, b) => Number(b.getAttribute('data-count')) - Number(a.getAttribute('data-count')),
  )[0];
  const splits = big.getAttribute('data-splits') !== 'false';
  const before = signature();
  const t = performance.now();
  big.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  const tick = () => {
    const done = splits
      ? signature() !== before
      : document.querySelector(map + ' [role="dialog"] [data-entity]') !== null;
    if (done) requestAnimationFrame(() => resolve({ ms: performance.now() - t, splits }));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/**
 * Clicks the biggest count (a DOM click, timed in the page) and waits for the frame after the
 * map's marks change (zoomed) or, at the deepest zoom, after its list of places shows.
 */
function clickBiggest(page: Page): Promise<{ ms: number; splits: boolean }> {
  return page.evaluate(`(${CLICK_BIGGEST})(${JSON.stringify(MAP)})`);
}

/**
 * In a fresh page: the seed, or the story opened from `file`, shown with its default views until
 * quiet, then switched to the map alone. Open → the map's marks drawn (a count or a place) and
 * the longest main-thread task from the switch until quiet: the map's own first draw, with no
 * other view drawing beside it.
 */
async function mapAlone(
  browser: Browser,
  url: string,
  story: { file: string; id: string } | null,
): Promise<{ drawn: number; longest: number }> {
  const page = await openBenchPage(browser, INIT);
  try {
    await page.goto(`${url}#/b/${SEED}`);
    await page.getByRole('region', { name: 'Article' }).waitFor();
    if (story) {
      await page.setInputFiles('input[type="file"]', story.file);
      await page.getByRole('heading', { name: 'Ann met Bob' }).waitFor();
    }
    await quiet(page, await page.evaluate(() => performance.now()));
    const t0 = await page.evaluate(() => performance.now());
    const shown = until(page, [`${MAP} [data-cluster], ${MAP} .map-places [data-entity]`], t0);
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      `#/b/${story ? `local:${story.id}` : SEED}?views=map`,
    );
    const [drawn] = await shown;
    return { drawn: drawn ?? 0, longest: await quiet(page, t0) };
  } finally {
    await page.close();
  }
}

/** One run: open the story, show map and timeline, open counts down to the deepest zoom. */
export async function mapLargeBench(
  url: string,
  chrome: string,
  places = 3000,
): Promise<MapLargeRow> {
  const bundle = withManyPlaces(tinyBundle(), places);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-map-'));
  const file = join(dir, 'many-places.json');
  writeFileSync(file, JSON.stringify(bundle));
  const browser = await launchBenchBrowser(chrome);
  try {
    const page = await openBenchPage(browser, INIT);
    await page.goto(`${url}#/b/${SEED}`);
    await page.getByRole('region', { name: 'Article' }).waitFor();
    await page.setInputFiles('input[type="file"]', file);
    await page.getByRole('heading', { name: 'Ann met Bob' }).waitFor();
    // The story opened with its default views: wait for quiet, then switch to map + timeline.
    await quiet(page, await page.evaluate(() => performance.now()));
    const t0 = await page.evaluate(() => performance.now());
    const shown = until(
      page,
      [`${MAP} [data-cluster]`, '#view-timeline [data-event], #view-timeline [data-cluster]'],
      t0,
    );
    await page.evaluate((id) => {
      location.hash = `#/b/local:${id}?views=map,timeline`;
    }, bundle.id);
    const [map, timeline] = await shown;
    const longest = await quiet(page, t0);
    const drawn = await marks(page);
    const t1 = await page.evaluate(() => performance.now());
    const zoom = await clickBiggest(page);
    const zoomed = await marks(page);
    // Down to the deepest zoom (a few clicks at most), then the list of the biggest count there.
    let list = zoom;
    for (let i = 0; i < 6 && list.splits; i++) list = await clickBiggest(page);
    const after = await quiet(page, t1);
    await page.close();
    const alone = await mapAlone(browser, url, { file, id: bundle.id });
    const seed = await mapAlone(browser, url, null);
    return {
      places,
      'open → map drawn (ms)': map ?? 0,
      'open → timeline drawn (ms)': timeline ?? 0,
      'longest task (ms)': longest,
      'marks drawn': drawn,
      'click count → zoomed (ms)': Math.round(zoom.ms),
      'marks when zoomed': zoomed,
      'click deepest count → list (ms)': list.splits ? -1 : Math.round(list.ms),
      'longest task after clicks (ms)': after,
      'map alone: drawn (ms)': alone.drawn,
      'map alone: longest task (ms)': alone.longest,
      'seed map: drawn (ms)': seed.drawn,
      'seed map: longest task (ms)': seed.longest,
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
