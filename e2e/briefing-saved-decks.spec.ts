import { test, expect, expectNoAxeViolations, SEED } from './fixtures';
import {
  COUNT,
  DECK_KEY,
  deckEditor,
  editorItems,
  presenter,
  shippedDeck,
} from './briefing-helpers';

test.describe('saved briefings', () => {
  test('damaged storage is reported, good slides kept, the raw text backed up', async ({
    page,
  }) => {
    await page.goto(`./#/b/${SEED}/briefing-edit`);
    const damaged = shippedDeck();
    damaged.slides[1]!.view.selection = 'event:e-gone';
    damaged.slides[4] = { oops: true } as never;
    const raw = JSON.stringify(damaged);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DECK_KEY, raw]);
    await page.reload();

    const editor = deckEditor(page);
    const notice = editor.getByRole('alert');
    await expect(notice).toContainText('The saved briefing could not all be read');
    await expect(notice).toContainText(
      'Slide 2 “Two groupings among the six parties” was set aside: view.selection refers to event “e-gone”',
    );
    await expect(notice).toContainText('Slide 5 was set aside');
    await expect(notice).toContainText('article-atlas:deck-backup:');
    const items = editorItems(page);
    await expect(items).toHaveCount(COUNT - 2);
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('article-atlas:deck-backup:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(backups).toEqual([raw]);
    await expectNoAxeViolations(page);

    // Not even JSON: the shipped deck is used, and the text is still kept.
    await page.evaluate((key) => localStorage.setItem(key, '{{ not json'), DECK_KEY);
    await page.reload();
    await expect(notice).toContainText('not valid JSON');
    await expect(items).toHaveCount(COUNT);

    // The presenter says so too, without covering the slide for long.
    await page.goto(`./#/b/${SEED}/briefing/1`);
    await expect(presenter(page).getByRole('alert')).toContainText(
      'The saved briefing was damaged',
    );
  });
});
