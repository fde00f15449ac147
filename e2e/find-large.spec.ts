import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openSeed, hashParams, withoutWorkers } from './fixtures';
import { syntheticBundle } from '../src/bundle/fixtures/synthetic-bundle';

/**
 * Find on a long story: its index is built and searched in a Web Worker (search-off-thread.ts).
 * While the worker indexes, Find says so and the page keeps answering the reader (typing shows,
 * Enter waits for the hits); once indexed it finds a name however it is typed and Enter selects
 * it. Where Workers are missing, or the worker's script cannot load, the same index is built on
 * the page and Find still answers.
 */
const SIZE = 5000;
const bundle = syntheticBundle(SIZE);
const counts = new Map<string, number>();
for (const m of bundle.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
// The most named person: a name the reader is likely to look for.
const person = bundle.entities
  .filter((e) => e.kind === 'person')
  .reduce((a, b) => ((counts.get(b.id) ?? 0) > (counts.get(a.id) ?? 0) ? b : a));
// Lower case, hyphens as spaces: the forgiving match, answered by the worker.
const typed = person.name.toLowerCase().replace(/-/g, ' ');

type Page = import('@playwright/test').Page;
let dir = '';
let file = '';

test.beforeAll(() => {
  // Handed to the page from disk: a buffer would be rebuilt in the page by Playwright's script.
  dir = mkdtempSync(join(tmpdir(), 'atlas-find-large-'));
  file = join(dir, 'long.json');
  writeFileSync(file, JSON.stringify(bundle));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openLarge(page: Page) {
  await openSeed(page);
  await page.getByRole('button', { name: 'Stories' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open a JSON file…').click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('banner')).toContainText(bundle.article.title);
  await expect(
    page.getByRole('region', { name: 'Article' }).locator('[data-entity]').first(),
  ).toBeVisible();
}

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Find in the story' });

async function expectChosen(page: Page, id: string) {
  await expect(dialogOf(page)).toBeHidden();
  await expect.poll(() => hashParams(page).get('sel')).toBe(`entity:${id}`);
  await expect(
    page
      .getByRole('region', { name: 'Article' })
      .locator(`[data-entity="${id}"][data-selected="true"]`)
      .first(),
  ).toBeVisible();
}

test(`Find on a ${SIZE.toLocaleString('en')}-entity story indexes in a worker, says so, and Enter selects the name`, async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  // The worker's script is held until the test lets it go: the index cannot be built before
  // then, so "while indexing" is a state the test is in, not a moment it tries to catch.
  let held = false;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/search-worker-*.js', async (route) => {
    held = true;
    await released;
    await route.continue();
  });
  await openLarge(page);

  await page.keyboard.press('Control+k');
  const dialog = dialogOf(page);
  const box = dialog.getByRole('combobox');
  await expect(box).toBeFocused();
  await expect.poll(() => held, { message: 'the search worker was asked for' }).toBe(true);
  await expect(dialog.getByRole('status')).toHaveText('Indexing…');
  // The page answers while the index is being built: what is typed shows, no results yet, and
  // Enter waits for the hits instead of choosing nothing.
  await box.pressSequentially(typed.slice(0, 3));
  await box.fill(typed);
  await expect(box).toHaveValue(typed);
  await expect(dialog.getByRole('status')).toHaveText('Indexing…');
  await expect(dialog.getByRole('option')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  expect(hashParams(page).get('sel')).toBeNull();

  release();
  await expectChosen(page, person.id);
  expect(workers.some((url) => /search-worker/.test(url))).toBe(true);

  // Open again: the index is kept, results show with their count, and a newer query's hits
  // replace the older one's.
  await page.keyboard.press('Control+k');
  await expect(dialog.getByRole('status')).toHaveText('Type to search.');
  await box.fill(typed);
  await expect(dialog.getByRole('option').first()).toHaveAccessibleName(`${person.name}, person`);
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results?$/);
  const other = bundle.entities.find((e) => e.kind === 'place' && e.name !== person.name);
  expect(other).toBeDefined();
  await box.fill(other?.name ?? '');
  await expect(dialog.getByRole('option').first()).toHaveAccessibleName(`${other?.name}, place`);
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results?$/);
  await page.keyboard.press('Enter');
  await expectChosen(page, other?.id ?? '');
});

async function findKong(page: Page) {
  await page.keyboard.press('Control+k');
  const dialog = dialogOf(page);
  await dialog.getByRole('combobox').fill('kong xuan you');
  await expect(dialog.getByRole('option').first()).toHaveAccessibleName('Kong Xuanyou, person');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results?$/);
  await page.keyboard.press('Enter');
  await expectChosen(page, 'kong-xuanyou');
}

test('where the browser has no Workers, Find indexes on the page and still finds the name', async ({
  page,
}) => {
  const workers = await withoutWorkers(page);
  await openSeed(page);
  expect(await page.evaluate(() => typeof Worker)).toBe('undefined');
  await findKong(page);
  expect(workers).toEqual([]);
});

test('where the Find worker cannot load, the index is built on the page and still finds the name', async ({
  page,
}) => {
  let refused = false;
  await page.route('**/search-worker-*.js', async (route) => {
    refused = true;
    await route.abort();
  });
  await openSeed(page);
  await findKong(page);
  expect(refused).toBe(true);
});
