import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openSeed, openBundleFile, expectNoAxeViolations, SEED } from './fixtures';

/**
 * Reading the text as it was written, whatever the story and the screen: relation words instead
 * of codes, no line that starts with the comma after a name, the text's own line breaks, a
 * refused file with every one of its errors, and a name's card that never covers the text for
 * keyboard users and goes away on a phone when the tap lands elsewhere.
 */
const article = (page: Page) => page.getByRole('region', { name: 'Article' });
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

type Json = Record<string, unknown>;
const seedJson = () =>
  JSON.parse(readFileSync(new URL(`../public/bundles/${SEED}.json`, import.meta.url), 'utf8')) as {
    entities: Json[];
    mentions: Json[];
    relations: Json[];
    [key: string]: unknown;
  };

/** Names whose next character (a comma, a full stop, "’s") was set on another line than them. */
function namesCutFromTheirPunctuation(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const name of document.querySelectorAll<HTMLElement>('[data-reader-root] .mention')) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      walker.currentNode = name.lastChild ?? name;
      let next = walker.nextNode();
      while (next && name.contains(next)) next = walker.nextNode();
      const text = next?.textContent ?? '';
      if (!next || !/^[,.;:!?’')”]/u.test(text)) continue;
      const range = document.createRange();
      range.setStart(next, 0);
      range.setEnd(next, 1);
      const mark = range.getBoundingClientRect();
      const box = name.getBoundingClientRect();
      // Same line: the punctuation's middle lies within the name's box, top to bottom.
      const middle = (mark.top + mark.bottom) / 2;
      if (middle < box.top || middle > box.bottom) out.push(`${name.textContent}${text[0]}`);
    }
    return out;
  });
}

test.describe('reading the text', () => {
  test('relations read as words in the inspector, unknown kinds as their words', async ({
    page,
  }) => {
    await openSeed(page, 'sel=entity:choe-son-hui');
    const relations = inspector(page).getByRole('region', { name: 'Relations' });
    const tags = relations.locator('.kind-tag');
    await expect(tags.first()).toBeVisible();
    const words = await tags.allTextContents();
    expect(words).toContain('met');
    expect(words.join('|')).not.toMatch(/meets|official-of|plans-visit|member-of/);
    await expect(tags.filter({ hasText: /^met$/ }).first()).toHaveCSS('text-transform', 'none');
    await relations
      .getByRole('button', { name: /Choe Son-hui met Kong Xuanyou/ })
      .first()
      .click();
    await expect(inspector(page).locator('.facts')).toContainText('Relationmet');

    // A file whose relation kinds the app does not know, two of them named like JS built-ins.
    const bundle = seedJson();
    bundle.id = 'odd-kinds';
    const odd = ['toString', 'constructor', 'shares-a-border-with'];
    let n = 0;
    bundle.relations = bundle.relations.map((r) =>
      (r.source === 'choe-son-hui' || r.target === 'choe-son-hui') && n < odd.length
        ? { ...r, kind: odd[n++] }
        : r,
    );
    await openBundleFile(page, 'odd-kinds.json', bundle);
    await article(page).locator('[data-entity="choe-son-hui"]').first().click();
    const shown = await inspector(page)
      .getByRole('region', { name: 'Relations' })
      .locator('.kind-tag')
      .allTextContents();
    expect(shown).toEqual(
      expect.arrayContaining(['to string', 'constructor', 'shares a border with']),
    );
    expect(shown.join('|')).not.toMatch(/function|native code|\[object/);
  });

  test('no line starts with the punctuation that follows a name, at any width', async ({
    page,
  }) => {
    let checked = 0;
    for (const width of [1280, 1180, 1090, 1000, 930, 860, 800, 390, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await openSeed(page);
      await expect(article(page).locator('.mention').first()).toBeVisible();
      expect(await namesCutFromTheirPunctuation(page), `at ${width} px`).toEqual([]);
      checked += 1;
    }
    expect(checked).toBe(9);
  });

  test('line breaks inside a block are kept: a press statement’s header', async ({ page }) => {
    await page.goto('./#/b/fixture-andes-trip');
    const header = article(page).locator('[data-block]', { hasText: 'Media Note' });
    await expect(header).toBeVisible();
    // innerText follows the rendered lines: a collapsed break would read as a space.
    const lines = (await header.innerText()).split('\n').map((l) => l.replace('¶', '').trim());
    expect(lines.filter((l) => l !== '')).toEqual([
      'Media Note',
      'Office of the Spokesperson',
      'Washington, DC',
      'August 9, 2019',
    ]);
  });

  test('a refused file lists every error: shape and rules, all of them', async ({ page }) => {
    await openSeed(page);
    const bundle = seedJson();
    bundle.entities[1] = { ...bundle.entities[1], kind: 'alien' };
    bundle.mentions[2] = { ...bundle.mentions[2], end: 999_999 };
    bundle.relations[0] = { ...bundle.relations[0], target: 'ghost' };
    await openBundleFile(page, 'three.json', bundle);
    const refused = page.getByRole('dialog', { name: '“three.json” was not opened' });
    await expect(refused).toContainText('3 problems');
    const items = refused.getByRole('list', { name: '3 problems' }).getByRole('listitem');
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toContainText('kind');
    await expect(items.nth(1)).toContainText('past the end of the article text');
    await expect(items.nth(2)).toContainText('refers to "ghost"');
    await expectNoAxeViolations(page);
    await refused.getByRole('button', { name: 'OK' }).click();

    // Many errors: the first hundred at once, every other one on request.
    const many = seedJson();
    many.mentions = many.mentions.map((m) => ({ ...m, entity: 'nobody' }));
    await openBundleFile(page, 'many.json', many);
    const dialog = page.getByRole('dialog', { name: '“many.json” was not opened' });
    const list = dialog.locator('.issue-list > li');
    await expect(list).toHaveCount(100);
    const more = many.mentions.length - 100;
    await dialog.getByRole('button', { name: `Show the other ${more} problems` }).click();
    await expect(list).toHaveCount(many.mentions.length);
  });

  test('a story that cannot be shown lists every error too', async ({ page }) => {
    await page.route(`**/bundles/${SEED}.json`, async (route) => {
      const response = await route.fetch();
      const bundle = (await response.json()) as ReturnType<typeof seedJson>;
      bundle.entities[0] = { ...bundle.entities[0], kind: 'alien' };
      bundle.mentions[5] = { ...bundle.mentions[5], end: 999_999 };
      bundle.relations[1] = { ...bundle.relations[1], source: 'nobody' };
      await route.fulfill({ response, json: bundle });
    });
    await page.goto(`./#/b/${SEED}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('is not a valid story bundle (3 problems)');
    await expect(alert.getByRole('listitem')).toHaveCount(3);
    await expect(alert).toContainText('past the end of the article text');
    await expect(alert).toContainText('refers to "nobody"');
    await expectNoAxeViolations(page);
  });

  test('a name’s card shows for the mouse, never for keyboard focus', async ({ page }) => {
    await openSeed(page);
    const name = article(page).locator('[data-entity="kong-xuanyou"]').first();
    await name.focus();
    await expect(name).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(name).toBeFocused();
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await name.hover();
    await expect(page.getByRole('tooltip')).toContainText('Kong Xuanyou');
    await page.mouse.move(2, 2);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tapped name shows its card until the next tap lands elsewhere', async ({ page }) => {
    await openSeed(page);
    const name = article(page).locator('[data-entity="kong-xuanyou"]').first();
    await name.scrollIntoViewIfNeeded();
    await name.tap();
    const card = page.getByRole('tooltip');
    await expect(card).toContainText('Kong Xuanyou');
    await expect(name).toHaveAttribute('data-selected', 'true');
    // A finger drawn across the text to scroll it: no click and no mouse event follow, and the
    // card still goes (it would have stayed over the text).
    const plain = article(page).locator('.block-paragraph').nth(1);
    const box = await plain.boundingBox();
    if (!box) throw new Error('no paragraph box');
    const cdp = await page.context().newCDPSession(page);
    const at = (y: number) => [{ x: box.x + 20, y }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(box.y + 30) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(box.y + 10) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(card).toHaveCount(0);

    // A tap on plain text of another block: the card goes too.
    await name.tap();
    await expect(card).toContainText('Kong Xuanyou');
    await page.touchscreen.tap(box.x + 4, box.y + 4);
    await expect(card).toHaveCount(0);
  });
});
