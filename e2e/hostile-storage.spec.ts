import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openSeed, openBundleFile, SEED, expectNoAxeViolations } from './fixtures';
import { tinyBundle } from '../src/bundle/fixtures/tiny-bundle';

/**
 * Nothing the user opened is lost without a word (issue 14): stories are kept in IndexedDB,
 * what the browser refuses is said with what to do, and damaged saved text is backed up, never
 * dropped. Each case failed before: a full storage lost the story silently, a 6 MB file was
 * never kept, a corrupted list was overwritten, a damaged entry vanished.
 */
const LEGACY_KEY = 'article-atlas:local-bundles@1';

const story = (id: string, title = `Story ${id}`) => {
  const b = tinyBundle();
  b.id = id;
  b.article.title = title;
  return b;
};

/** Writes a record into the app's IndexedDB store, as an older version or an edit would. */
async function putRecord(page: Page, key: [string, string], value: unknown): Promise<void> {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('article-atlas-stories');
        open.onupgradeneeded = () => open.result.createObjectStore('stories');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('stories', 'readwrite');
          tx.objectStore('stories').put(v, k);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [key, value] as const,
  );
}

/** The ids of the stories kept in IndexedDB. */
async function keptIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('article-atlas-stories');
        open.onupgradeneeded = () => open.result.createObjectStore('stories');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('stories').objectStore('stories').getAllKeys();
          req.onsuccess = () => {
            open.result.close();
            resolve(
              (req.result as unknown[])
                .filter((k): k is [string, string] => Array.isArray(k) && k[0] === 'story-text')
                .map((k) => k[1])
                .sort(),
            );
          };
        };
      }),
  );
}

async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download');
  await click();
  return readFileSync(await (await download).path(), 'utf8');
}

test('a full browser storage is said in words, with the story file to download', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openSeed(page);
  const bundle = story('full', 'A story with no room');
  await openBundleFile(page, 'full.json', bundle);
  await expect(page.getByRole('banner')).toContainText('A story with no room');
  const notice = page.getByRole('alert').filter({ hasText: 'no room left to keep it' });
  await expect(notice).toContainText('Download the story file to keep it, or free space');
  const text = await downloadedText(page, () =>
    notice.getByRole('button', { name: 'Download the story file' }).click(),
  );
  expect(JSON.parse(text)).toEqual(bundle);
  await expectNoAxeViolations(page);
});

test('a story of over 5 million characters is kept across a reload', async ({ page }) => {
  await openSeed(page);
  const big = story('big', 'A very long story');
  big.relations[0]!.note = 'n'.repeat(6_000_000);
  await openBundleFile(page, 'big.json', big);
  await expect(page.getByRole('banner')).toContainText('A very long story');
  await expect.poll(() => keptIds(page)).toEqual(['big']);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('A very long story');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('stories move from the old storage with nothing lost: damaged ones and older copies become backups', async ({
  page,
}) => {
  const kept = story('kept', 'Kept story');
  const older = story('twice', 'Older copy');
  const newer = story('twice', 'Newer copy');
  const damaged = { ...story('damaged'), entities: 'oops' };
  await page.goto('./#/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    LEGACY_KEY,
    JSON.stringify([kept, older, damaged, newer]),
  ] as const);
  await page.goto(`./#/b/local:kept`);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Kept story');
  const notice = page.getByRole('alert').filter({ hasText: 'set aside' });
  await expect(notice).toContainText('Saved story “damaged” is damaged and was set aside');
  await expect(notice).toContainText('An older copy of the saved story “twice”');
  await expect(notice.getByRole('button', { name: 'Download', exact: true })).toHaveCount(2);
  const texts: string[] = [];
  for (const i of [0, 1])
    texts.push(
      await downloadedText(page, () =>
        notice.getByRole('button', { name: 'Download', exact: true }).nth(i).click(),
      ),
    );
  expect(texts.map((t) => JSON.parse(t) as unknown)).toEqual(
    expect.arrayContaining([damaged, older]),
  );
  expect(await page.evaluate((k) => localStorage.getItem(k), LEGACY_KEY)).toBeNull();
  expect(await keptIds(page)).toEqual(['kept', 'twice']);

  await page.getByRole('button', { name: 'Stories' }).click();
  const picker = page.getByRole('dialog', { name: 'Open a story' });
  await expect(picker.getByRole('link', { name: 'Newer copy' })).toBeVisible();
  await expect(picker.getByRole('link', { name: 'Kept story' })).toBeVisible();
});

test('a corrupted list of opened stories is backed up and reported even when the link names one of them', async ({
  page,
}) => {
  const raw = '[{"format": "article-atlas/bundle@1", "id": "kept", "artic';
  await page.goto('./#/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    LEGACY_KEY,
    raw,
  ] as const);
  await page.goto('./#/b/local:kept');
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'saved list of stories' });
  await expect(notice).toContainText('not valid JSON');
  await expect(page.getByRole('heading', { name: 'This story could not be opened' })).toBeVisible();
  const text = await downloadedText(page, () =>
    notice.getByRole('button', { name: 'Download', exact: true }).click(),
  );
  expect(text).toBe(raw);
  await expectNoAxeViolations(page);

  // Opening a file now does not overwrite the backup.
  await page.goto(`./#/b/${SEED}`);
  await openBundleFile(page, 'new.json', story('new', 'A new story'));
  await expect(page.getByRole('banner')).toContainText('A new story');
  await page.reload();
  await expect(
    page.getByRole('alert').getByRole('button', { name: 'Download', exact: true }),
  ).toHaveCount(1);
});

test('a damaged kept story named by the link is set aside with a backup and explained', async ({
  page,
}) => {
  await openSeed(page);
  const text = JSON.stringify({
    ...story('broken'),
    mentions: [{ entity: 'x', start: 0, end: 1 }],
  });
  await putRecord(page, ['story-meta', 'broken'], { title: 'Broken story' });
  await putRecord(page, ['story-text', 'broken'], text);
  await page.goto('./#/b/local:broken');
  await page.reload();
  const notice = page.getByRole('alert', { name: 'Saved stories' });
  await expect(notice).toContainText('The saved story “broken”');
  await expect(page.getByRole('heading', { name: 'This story could not be opened' })).toBeVisible();
  const backup = await downloadedText(page, () =>
    notice.getByRole('button', { name: 'Download', exact: true }).click(),
  );
  expect(backup).toBe(text);
  expect(await keptIds(page)).toEqual([]);
  // The backup itself carries the reason, so it is still explained after another reload.
  await page.reload();
  await expect(page.getByRole('alert', { name: 'Saved stories' })).toContainText(
    'The saved story “broken” is damaged',
  );
});

test('opening a file replaces the story with its progress at once, and Cancel brings it back', async ({
  page,
}) => {
  await openSeed(page);
  const before = page.url();
  // Hold the worker's script, so the open is still under way when Cancel is pressed.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/bundle-worker-*.js', async (route) => {
    await held;
    // The cancelled worker is gone, so its request may be too.
    await route.continue().catch(() => {});
  });
  await openBundleFile(page, 'slow.json', story('slow', 'A slow story'));
  const opening = page.getByRole('main').filter({ hasText: 'Opening “slow.json”' });
  await expect(opening).toBeVisible();
  await expect(page.getByRole('region', { name: 'Article' })).toHaveCount(0);
  await expect(opening.getByRole('progressbar', { name: 'Opening slow.json' })).toBeVisible();
  await expectNoAxeViolations(page);
  await opening.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('region', { name: 'Article' })).toBeVisible();
  expect(page.url()).toBe(before);
  release();
  await page.unroute('**/bundle-worker-*.js');

  await openBundleFile(page, 'slow.json', story('slow', 'A slow story'));
  await expect(page.getByRole('banner')).toContainText('A slow story');
});
