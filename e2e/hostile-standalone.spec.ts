import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import { tinyBundle } from '../src/bundle/fixtures/tiny-bundle';

/**
 * The bare single-file app opened from disk (issue 14): it ships no story and file:// cannot
 * fetch, so it offers "Open a story file…" (and drop) instead of "Failed to fetch", and the
 * story opens through the inlined worker under the file's own strict CSP. Playwright's plain
 * test: a file:// page has no origin for the suite's foreign-request guard to compare; this
 * test checks itself that nothing but the file (and data:/blob:) is requested.
 */
const standalone = () =>
  pathToFileURL(join(process.cwd(), process.env.E2E_OUT_DIR ?? 'dist', 'standalone.html')).href;

test('opened bare from disk, it offers to open a story file, then shows it', async ({ page }) => {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(standalone());
  await expect(page.getByRole('heading', { name: 'Open a story' })).toBeVisible();
  await expect(page.getByText('Failed to fetch')).toHaveCount(0);

  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open a story file…').click();
  const story = tinyBundle();
  await (
    await chooser
  ).setFiles({
    name: 'tiny.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(story)),
  });
  await expect(page.getByRole('banner')).toContainText('Ann met Bob');
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Ann met Bob in Paris');
  expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a file dropped on the bare standalone page opens; a bad one is refused in words', async ({
  page,
}) => {
  await page.goto(standalone());
  await expect(page.getByRole('heading', { name: 'Open a story' })).toBeVisible();
  const drop = async (name: string, text: string) => {
    const dataTransfer = await page.evaluateHandle(
      ([n, t]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t], n, { type: 'application/json' }));
        return dt;
      },
      [name, text] as const,
    );
    await page.dispatchEvent('body', 'drop', { dataTransfer });
  };
  await drop('notes.json', '{ not json');
  const refused = page.getByRole('dialog', { name: '“notes.json” was not opened' });
  await expect(refused).toContainText('is not valid JSON');
  await refused.getByRole('button', { name: 'OK' }).click();
  await drop('tiny.json', JSON.stringify(tinyBundle()));
  await expect(page.getByRole('banner')).toContainText('Ann met Bob');
});
