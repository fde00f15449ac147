import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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
