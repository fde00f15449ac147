import { test, expect, openSeed, openBundleFile, SEED, withoutWorkers } from './fixtures';
import { tinyBundle } from '../src/bundle/fixtures/tiny-bundle';

/**
 * The bundle checks (zod) are not in the page's loading at all for a sound story: the story
 * list is read by a small check, the full check (zod) imported only for a list that fails it;
 * the file check runs in the worker, and on the page only where Workers are missing. Bad input
 * is still explained item by item on each of those paths, and a checker that cannot load is
 * reported instead of leaving the page waiting.
 */
const damagedList = {
  bundles: [{ id: SEED, file: '../secrets.json', title: 'x', publisher: 'y', published: '' }],
};

test('a sound story opens without the page loading the full checker', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openSeed(page);
  expect(scripts.some((path) => path.includes('/assets/index-'))).toBe(true);
  expect(scripts.filter((path) => /check-index-text|zod/.test(path))).toEqual([]);
});

test('a damaged story list is reported item by item', async ({ page }) => {
  await page.route('**/bundles/index.json', (route) => route.fulfill({ json: damagedList }));
  await page.goto(`./#/b/${SEED}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('bundles/index.json');
  await expect(alert).toContainText('must be a .json file name in bundles/');
});

test('a damaged story list whose checker cannot load says so', async ({ page }) => {
  await page.route('**/bundles/index.json', (route) => route.fulfill({ json: damagedList }));
  await page.route('**/assets/check-index-text-*.js', (route) => route.abort());
  await page.goto(`./#/b/${SEED}`);
  await expect(page.getByRole('alert')).toContainText(
    "bundles/index.json could not be loaded: the app's story checker did not load",
  );
});

test('without Workers a bad file is refused with its errors on the page, and a good one opens', async ({
  page,
}) => {
  const workers = await withoutWorkers(page);
  await openSeed(page);
  const bad = tinyBundle();
  bad.mentions[0]!.entity = 'nobody';
  await openBundleFile(page, 'broken.json', bad);
  const refused = page.getByRole('dialog', { name: '“broken.json” was not opened' });
  await expect(refused).toContainText('which is not an entity of this bundle');
  await refused.getByRole('button', { name: 'OK' }).click();
  await openBundleFile(page, 'tiny.json', tinyBundle());
  await expect(page.getByRole('banner')).toContainText('Ann met Bob');
  expect(workers).toEqual([]);
});
