import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { syntheticBundle } from '../src/bundle/fixtures/synthetic-bundle';

/**
 * Every test runs with a guard that fails it if the page asks anything of another origin:
 * the app must work offline, from its own files alone.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const SEED = 'six-party-talks-2018-10-08';

/** Opens the seed story's workspace with the given query (no leading "?"). */
export async function openSeed(page: Page, query = ''): Promise<void> {
  await page.goto(`./#/b/${SEED}${query ? `?${query}` : ''}`);
  await expect(page.getByRole('region', { name: 'Article' })).toBeVisible();
}

/** Runs axe on the page as it stands; asserts the scan ran and found nothing. */
/**
 * Takes `Worker` away before the page's scripts run, as a browser or policy without workers
 * would; returns the workers the page still starts (it should start none).
 */
export async function withoutWorkers(page: Page): Promise<string[]> {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'Worker');
  });
  return workers;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(0);
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

/** The search part of the current hash URL, parsed. */
export function hashParams(page: Page): URLSearchParams {
  const hash = new URL(page.url()).hash;
  const q = hash.indexOf('?');
  return new URLSearchParams(q === -1 ? '' : hash.slice(q + 1));
}

/** Opens a story file the way a person does: Stories → Open a JSON file… → choose it. */
export async function openBundleFile(page: Page, name: string, data: unknown): Promise<void> {
  await page.getByRole('button', { name: 'Stories' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open a JSON file…').click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
}

/** Opens a generated story of `size` entities as a file, then shows it with these views. */
export async function openSyntheticStory(page: Page, size: number, views: string): Promise<void> {
  await openSeed(page);
  await openBundleFile(page, 'large.json', syntheticBundle(size));
  // Opened (read and checked over many tasks) before the address asks for it by name.
  await expect(page).toHaveURL(new RegExp(`local(:|%3A)synthetic-${size}`), { timeout: 60_000 });
  await page.goto(`./#/b/local:synthetic-${size}?views=${views}`);
}

/**
 * Stops the page's clock where it stands: timers, animation frames and Date then move only when
 * the test calls `page.clock.runFor(ms)`, so playback is stepped by the test instead of raced
 * against real time on a busy machine. Call `page.clock.install()` before the page loads and this
 * once the page is drawn.
 */
export async function pauseClock(page: Page): Promise<void> {
  // The clock keeps running while we ask it the time, so aim a little ahead; on a machine slow
  // enough to overshoot that, ask again.
  for (let attempt = 0; ; attempt += 1) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 500);
      return;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('past')) throw error;
    }
  }
}

/** A field of the hash URL's query, read in the page itself (no wait for navigation events). */
export async function hashParam(page: Page, name: string): Promise<string | null> {
  return page.evaluate((n) => {
    const hash = window.location.hash;
    const q = hash.indexOf('?');
    return new URLSearchParams(q === -1 ? '' : hash.slice(q + 1)).get(n);
  }, name);
}

/**
 * Advances the paused clock in small steps until the hash field `name` differs from `from`, and
 * returns its new value. Small steps leave room for React to re-arm a timer after a render, so
 * the test never depends on how fast the machine is; only the page's own clock decides.
 */
export async function runClockUntilChange(
  page: Page,
  name: string,
  from: string | null,
  { step = 100, limit = 60_000 } = {},
): Promise<string | null> {
  let waited = 0;
  let value = await hashParam(page, name);
  while (value === from) {
    if (waited >= limit) throw new Error(`${name} stayed ${from} for ${limit} ms of page time`);
    await page.clock.runFor(step);
    waited += step;
    value = await hashParam(page, name);
  }
  return value;
}
