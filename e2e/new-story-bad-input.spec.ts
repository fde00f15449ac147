import { readFile } from 'node:fs/promises';
import { test, expect, SEED } from './fixtures';
import type { Page } from '@playwright/test';

/** Written for this test. */
const SHORT =
  'Envoy Visits Nairobi\n\nSpecial Envoy Maria Lindqvist of Sweden met officials in Nairobi.';

const region = (page: Page) => page.getByRole('region', { name: 'New story' });
const kept = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Draft kept in this browser' });

test.describe('New story, bad input', () => {
  test('a 5 MB paste is refused with its length, and the draft keeps its text', async ({
    page,
  }) => {
    await page.goto('./#/new');
    const text = region(page).getByLabel('Article text');
    await text.fill(SHORT);
    await expect(kept(page)).toBeVisible();
    await text.fill('The committee met again. '.repeat(209_716).slice(0, 5 * 1024 * 1024));
    const alert = region(page).getByRole('alert');
    await expect(alert).toContainText('5,242,880 characters');
    await expect(alert).toContainText('Nothing was changed');
    await expect(text).toHaveValue(SHORT);
    // Still the short draft after a reload: the refused text never reached the store.
    await page.reload();
    await expect(region(page).getByLabel('Article text')).toHaveValue(SHORT);
  });

  test('a binary file is refused with the reason, and the draft is untouched', async ({ page }) => {
    await page.goto('./#/new');
    const text = region(page).getByLabel('Article text');
    await text.fill(SHORT);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72]);
    await region(page)
      .locator('input[type="file"]')
      .setInputFiles({ name: 'article.txt', mimeType: 'text/plain', buffer: png });
    await expect(region(page).getByRole('alert')).toContainText('not a text file');
    await expect(text).toHaveValue(SHORT);
  });

  test('a damaged draft in IndexedDB is set aside, explained and can be downloaded', async ({
    page,
  }) => {
    // Write the damaged record while the editor is not open (its own writes would replace it).
    await page.goto(`./#/b/${SEED}`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('article-atlas-drafts');
          open.onupgradeneeded = () => open.result.createObjectStore('drafts');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            tx.objectStore('drafts').put(
              { version: 1, text: 'Half a draft, cut short by a cr' },
              'new',
            );
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.goto('./#/new');
    const alert = region(page).getByRole('alert');
    await expect(alert).toContainText('could not be read');
    await expect(alert).toContainText('set aside in this browser');
    await expect(kept(page)).toBeVisible();
    // The backup is in the store beside the fresh draft.
    const keys = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('article-atlas-drafts');
          open.onsuccess = () => {
            const req = open.result.transaction('drafts').objectStore('drafts').getAllKeys();
            req.onsuccess = () => resolve(req.result.map(String));
          };
        }),
    );
    expect(keys.filter((k) => k.startsWith('damaged:new:'))).toHaveLength(1);
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download the damaged draft' }).click();
    const file = await download;
    const saved = await readFile((await file.path()) ?? '', 'utf8');
    expect(saved).toContain('Half a draft, cut short by a cr');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(region(page).getByRole('alert')).toHaveCount(0);
  });
});
