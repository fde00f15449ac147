import { test, expect, openSeed, expectNoAxeViolations, hashParams, SEED } from './fixtures';
import {
  COUNT,
  deckEditor,
  editorItems,
  expectSelectedIn,
  shippedDeck,
  slideRegion,
} from './briefing-helpers';

test.describe('briefing deck editor', () => {
  test('authors a slide from the workspace, edits it, and finds it after a reload', async ({
    page,
  }) => {
    await openSeed(page, 'views=map&sel=leg:j-choe-1&asof=2018-10-05');
    await page.getByRole('button', { name: 'Add to briefing' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added as slide' })).toContainText(
      `Added as slide ${COUNT + 1}`,
    );
    await page.getByRole('link', { name: 'Edit the briefing' }).click();
    const items = editorItems(page);
    await expect(items).toHaveCount(COUNT + 1);
    const added = items.last();
    await expect(added).toContainText('Map · Selected: Leg 1 of 2: Pyongyang to Beijing');
    await expect(added.getByRole('checkbox').first()).toBeChecked();
    await added.getByLabel('Title').fill('From Pyongyang to Beijing, 5 Oct');
    await added.getByLabel('Caption').fill('The first leg of the trip.');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(items).toHaveCount(COUNT + 1);
    await expect(items.last().getByLabel('Title')).toHaveValue('From Pyongyang to Beijing, 5 Oct');
    await expect(items.last().getByLabel('Caption')).toHaveValue('The first leg of the trip.');

    await items.last().getByRole('link', { name: 'Present from here' }).click();
    await expect(slideRegion(page).getByRole('heading', { level: 1 })).toHaveText(
      'From Pyongyang to Beijing, 5 Oct',
    );
    expect(hashParams(page).get('sel')).toBe('leg:j-choe-1');
    expect(hashParams(page).get('asof')).toBe('2018-10-05');
    await expectSelectedIn(page, 'Map', 'data-leg', 'j-choe-1');
  });

  test('reorders by keyboard, duplicates, deletes and undoes; the order survives a reload', async ({
    page,
  }) => {
    const titles = shippedDeck().slides.map((s) => s.title);
    const last = titles.at(-1)!;
    await page.goto(`./#/b/${SEED}/briefing-edit`);
    const editor = deckEditor(page);
    const items = editorItems(page);
    await expect(items).toHaveCount(COUNT);

    // Reorder by keyboard: focus stays on the moved slide's button.
    await items
      .last()
      .getByRole('button', { name: /^Move up:/ })
      .focus();
    await page.keyboard.press('Enter');
    await expect(items.nth(COUNT - 2).getByRole('heading')).toContainText(last);
    await expect(page.locator(':focus')).toHaveAccessibleName(
      new RegExp(`^Move up: slide ${COUNT - 1}, `),
    );
    await page.keyboard.press('Enter');
    await expect(items.nth(COUNT - 3).getByRole('heading')).toContainText(last);

    // Duplicate, then delete the copy and undo the delete.
    await items
      .nth(COUNT - 3)
      .getByRole('button', { name: /^Duplicate:/ })
      .click();
    await expect(items).toHaveCount(COUNT + 1);
    await expect(items.nth(COUNT - 2).getByRole('heading')).toContainText('(copy)');
    await items
      .nth(COUNT - 2)
      .getByRole('button', { name: /^Delete:/ })
      .click();
    await expect(items).toHaveCount(COUNT);
    await editor.getByRole('button', { name: 'Undo delete' }).click();
    await expect(items).toHaveCount(COUNT + 1);
    await items
      .nth(COUNT - 2)
      .getByRole('button', { name: /^Delete:/ })
      .click();
    await expect(items).toHaveCount(COUNT);

    await page.reload();
    await expect(items).toHaveCount(COUNT);
    await expect(items.nth(COUNT - 3).getByLabel('Title')).toHaveValue(last);
    await expect(items.last().getByLabel('Title')).toHaveValue(titles.at(-2)!);
  });
});
