import { test, expect, openSeed, expectNoAxeViolations, hashParams, SEED } from './fixtures';
import type { Page } from '@playwright/test';
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

test.describe('briefing deck editor thumbnails', () => {
  // The test reads a thumbnail's SVG back from its blob: URL, which the app's CSP (connect-src
  // 'self') rightly refuses to the page itself.
  test.use({ bypassCSP: true });
  /** The SVG text behind a slide's thumbnail, read from its image as the page has it. */
  const thumbnailSvg = (page: Page, n: number) =>
    editorItems(page)
      .nth(n)
      .getByRole('img', { name: /^Slide \d+: / })
      .evaluate(async (img) => (await fetch((img as HTMLImageElement).src)).text());

  test('each slide shows its picture drawn from its scenes, and redraws after an edit', async ({
    page,
  }) => {
    const slides = shippedDeck().slides;
    await page.goto(`./#/b/${SEED}/briefing-edit`);
    const items = editorItems(page);
    await expect(items).toHaveCount(COUNT);
    // The network slide: its title, and the network drawn with its marks.
    const img = items.nth(1).getByRole('img', { name: `Slide 2: ${slides[1]!.title}` });
    await expect(img).toBeVisible();
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1920);
    const svg = await thumbnailSvg(page, 1);
    expect(svg).toContain('Two groupings among the six parties');
    expect(svg).toMatch(/data-entity="[^"]+"/);
    // The map slide further down is drawn when it is scrolled to.
    await items.nth(3).scrollIntoViewIfNeeded();
    await expect(
      items.nth(3).getByRole('img', { name: /^Slide 4: Arrival in Moscow/ }),
    ).toBeVisible();
    expect(await thumbnailSvg(page, 3)).toMatch(/data-leg="[^"]+"/);

    await items.nth(1).getByLabel('Title').fill('Two camps at the table');
    await expect(
      items.nth(1).getByRole('img', { name: 'Slide 2: Two camps at the table' }),
    ).toBeVisible();
    await expect.poll(() => thumbnailSvg(page, 1)).toContain('Two camps at the table');
    await expectNoAxeViolations(page);
  });

  test('reorders by dragging a thumbnail and by Alt+arrows; the order survives a reload', async ({
    page,
  }) => {
    const titles = shippedDeck().slides.map((s) => s.title);
    // Tall enough that the slide dragged and the one dropped on are both on screen.
    await page.setViewportSize({ width: 1280, height: 1800 });
    await page.goto(`./#/b/${SEED}/briefing-edit`);
    const items = editorItems(page);
    await expect(items).toHaveCount(COUNT);
    const headings = () => items.getByRole('heading').allTextContents();

    // Drag slide 1 by its picture onto the lower half of slide 2: it lands second.
    await expect(items.nth(0).locator('[data-thumb="ready"]')).toBeVisible();
    const target = items.nth(1);
    const box = (await target.boundingBox())!;
    await items
      .nth(0)
      .locator('.deck-edit-thumb')
      .dragTo(target, { targetPosition: { x: box.width / 2, y: box.height * 0.8 } });
    await expect(items.nth(1).getByRole('heading')).toContainText(titles[0]!);
    await expect(items.nth(0).getByRole('heading')).toContainText(titles[1]!);
    await expect(items.nth(2).getByRole('heading')).toContainText(titles[2]!);
    await expect(page.getByRole('status').filter({ hasText: 'Moved' })).toContainText(
      `Moved “${titles[0]}” to place 2.`,
    );

    // Alt+↓ on any of its buttons moves it down one place; focus stays with it.
    await items
      .nth(1)
      .getByRole('button', { name: /^Duplicate:/ })
      .focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(items.nth(2).getByRole('heading')).toContainText(titles[0]!);
    await expect(page.locator(':focus')).toHaveAccessibleName(`Move down: slide 3, ${titles[0]!}`);
    await page.keyboard.press('Alt+ArrowDown');
    await expect(items.nth(3).getByRole('heading')).toContainText(titles[0]!);
    await page.keyboard.press('Alt+ArrowUp');
    await expect(items.nth(2).getByRole('heading')).toContainText(titles[0]!);
    await expect(page.locator(':focus')).toHaveAccessibleName(`Move up: slide 3, ${titles[0]!}`);

    const order = await headings();
    await page.reload();
    await expect(items).toHaveCount(COUNT);
    expect(await headings()).toEqual(order);
  });
});
