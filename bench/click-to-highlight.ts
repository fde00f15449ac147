/**
 * Click-to-highlight on the seed, two figures per click, both from the click to a painted frame:
 * - **network marked**: the frame after the network marks the clicked person as the subject
 *   (`data-subject`), the same end as `npm run bench:scale`'s click column;
 * - **every view agrees**: the frame after the last view (text, network, map, timeline) has
 *   marked the new selection: a MutationObserver over the workspace asks for an animation frame
 *   after every change the click causes, and the last such frame, once the page has been quiet
 *   for QUIET_MS, is when the user sees every view agree.
 * The first click (cold: it opens the inspector) is reported apart from the median of the warm
 * ones, as bench:scale does. See docs/network.md, "Click to highlight: what is measured".
 */
import { chromium } from '@playwright/test';

const QUIET_MS = 300;
const CLICKS = 24;
const SEED = 'six-party-talks-2018-10-08';
/** Two people who show in every view, so each click changes every view. */
const PEOPLE = ['choe-son-hui', 'kong-xuanyou'];

const IN_PAGE = `async function ({ people, clicks, quiet, regions }) {
  const root = document.querySelector('main') || document.body;
  const settle = () => new Promise((r) => setTimeout(r, quiet));
  const out = [];
  for (let i = 0; i < clicks; i += 1) {
    const id = people[i % people.length];
    const mention = document.querySelector('[data-reader-root] button[data-entity="' + id + '"]');
    if (!mention) throw new Error('no mention of ' + id);
    await settle();
    let lastFrame = 0;
    let networkFrame = 0;
    let networkSeen = false;
    let lastChange = performance.now();
    const network = document.querySelector('section[aria-label="Network"]');
    const observer = new MutationObserver(() => {
      lastChange = performance.now();
      requestAnimationFrame(() => { lastFrame = performance.now(); });
      if (!networkSeen && network && network.querySelector('[data-entity="' + id + '"][data-subject="true"]')) {
        networkSeen = true;
        requestAnimationFrame(() => { networkFrame = performance.now(); });
      }
    });
    observer.observe(root, { subtree: true, attributes: true, childList: true });
    const t0 = performance.now();
    mention.click();
    while (performance.now() - lastChange < quiet) await settle();
    observer.disconnect();
    // Every view must show the new selection, or the figure would mean nothing.
    for (const region of regions) {
      const el = document.querySelector('section[aria-label="' + region + '"]');
      if (!el || !el.querySelector('[data-selected="true"]'))
        throw new Error(region + ' shows no selection after clicking ' + id);
    }
    if (mention.getAttribute('data-selected') !== 'true') throw new Error('the text did not mark ' + id);
    out.push([lastFrame - t0, network ? networkFrame - t0 : NaN]);
  }
  return out;
}`;

export interface ClickStats {
  clicks: number;
  /** The first click of the run (cold), network marked and every view agreeing. */
  firstNetwork: number;
  firstAll: number;
  /** Warm clicks: the frame after the network marked the subject. */
  networkMedian: number;
  /** Warm clicks: the frame after every view agreed. */
  median: number;
  p90: number;
  max: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Views drawn beside the article while clicking; the default is every view. */
const ALL_VIEWS = ['network', 'map', 'timeline'];

export async function clickToHighlight(
  baseUrl: string,
  chrome: string,
  views: string[] = ALL_VIEWS,
): Promise<ClickStats> {
  const regions = views.map((v) => v[0]?.toUpperCase() + v.slice(1));
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    // 1920×1080: the size at which network, map and timeline all fit beside the article (at 1440
    // the workspace shows them one at a time, and the bench would wait for views not drawn).
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${baseUrl}#/b/${SEED}?views=${views.join(',')}`);
    // The article too: with no view beside it, nothing else says the page is drawn.
    await page
      .getByRole('region', { name: 'Article', exact: true })
      .locator('button[data-entity]')
      .first()
      .waitFor();
    for (const name of regions)
      await page
        .getByRole('region', { name, exact: true })
        .locator('[data-entity], [data-event], [data-leg]')
        .first()
        .waitFor();
    // A string, not a function: the bench runs under tsx, whose name-keeping helpers do not
    // exist in the page.
    const pairs = (await page.evaluate(
      `(${IN_PAGE})(${JSON.stringify({ people: PEOPLE, clicks: CLICKS, quiet: QUIET_MS, regions })})`,
    )) as [number, number][];
    // The first click of each person warms caches; the figure is for a reader already reading.
    const sorted = pairs
      .slice(PEOPLE.length)
      .map((p) => p[0])
      .sort((a, b) => a - b);
    const network = pairs
      .slice(PEOPLE.length)
      .map((p) => p[1])
      .sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      clicks: sorted.length,
      firstAll: round(pairs[0]?.[0] ?? NaN),
      firstNetwork: round(pairs[0]?.[1] ?? NaN),
      networkMedian: round(quantile(network, 0.5)),
      median: round(quantile(sorted, 0.5)),
      p90: round(quantile(sorted, 0.9)),
      max: round(sorted[sorted.length - 1] ?? NaN),
    };
  } finally {
    await browser.close();
  }
}
