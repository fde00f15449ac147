import { readFileSync } from 'node:fs';
import {
  test,
  expect,
  openSeed,
  openBundleFile,
  expectNoAxeViolations,
  hashParams,
  pauseClock,
  SEED,
} from './fixtures';
import type { Page } from '@playwright/test';

const article = (page: Page) => page.getByRole('region', { name: 'Article' });
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const seedJson = () =>
  JSON.parse(readFileSync(new URL(`../public/bundles/${SEED}.json`, import.meta.url), 'utf8')) as {
    id: string;
    article: { title: string };
    mentions: { entity: string }[];
  };

test.describe('the article reader', () => {
  test('renders the article with its headline, captions, byline and marked names', async ({
    page,
  }) => {
    await openSeed(page);
    const a = article(page);
    await expect(a.getByRole('heading', { level: 2 }).first()).toHaveText(
      /North Korea working to build firmer foundation/,
    );
    await expect(a.locator('.block-caption')).toHaveCount(2);
    await expect(a.locator('.block-byline')).toHaveText(/By Kim Oi-hyun, Beijing correspondent/);
    const bundle = seedJson();
    await expect(a.locator('button.mention')).toHaveCount(bundle.mentions.length);
    await expect(a.getByRole('button', { name: 'Choe Son-hui, person' })).toHaveCount(
      bundle.mentions.filter((m) => m.entity === 'choe-son-hui').length,
    );
    await expectNoAxeViolations(page);
  });

  test('hovering a name previews its entity; clicking selects it everywhere in the text', async ({
    page,
  }) => {
    await openSeed(page);
    const first = article(page).locator('[data-entity="kong-xuanyou"]').first();
    await first.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText('Kong Xuanyou');
    await expect(tip).toContainText('person');
    await expect(tip).toContainText(/\d+ mentions · \d+ relations/);
    await first.click();
    expect(hashParams(page).get('sel')).toBe('entity:kong-xuanyou');
    const all = article(page).locator('[data-entity="kong-xuanyou"]');
    const selected = article(page).locator('[data-entity="kong-xuanyou"][data-selected="true"]');
    await expect(selected).toHaveCount(await all.count());
    await expect(
      article(page).locator('[data-selected="true"]:not([data-entity="kong-xuanyou"])'),
    ).toHaveCount(0);
    await expect(inspector(page).getByRole('heading', { name: 'Kong Xuanyou' })).toBeVisible();
    await expect(
      inspector(page).getByRole('region', { name: 'Mentions' }).getByRole('listitem'),
    ).toHaveCount(await all.count());
    await expectNoAxeViolations(page);
  });

  // The mark lasts a second of the page's clock, which the test holds and steps (page.clock):
  // on a busy machine a real second can pass before the first check.
  test('a KWIC line jumps to its mention and marks it briefly', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 700 });
    await page.clock.install();
    await openSeed(page, 'sel=entity:choe-son-hui');
    const lines = inspector(page).getByRole('region', { name: 'Mentions' }).getByRole('button');
    const last = lines.last();
    const offset = await last.getAttribute('data-kwic');
    await pauseClock(page);
    await last.click();
    const target = article(page).locator(`[data-entity="choe-son-hui"][data-start="${offset}"]`);
    await expect(target).toBeInViewport();
    await expect(target).toHaveAttribute('data-flash', 'true');
    await expect(target).toBeFocused();
    await page.clock.runFor(900);
    await expect(target).toHaveAttribute('data-flash', 'true');
    await page.clock.runFor(100);
    await expect(target).not.toHaveAttribute('data-flash');
  });

  test('selecting a relation marks its evidence and scrolls it into view', async ({ page }) => {
    await openSeed(page, 'sel=entity:sergey-lavrov');
    await inspector(page)
      .getByRole('region', { name: 'Relations' })
      .getByRole('button', { name: /disputed/i })
      .first()
      .click();
    expect(hashParams(page).get('sel')).toMatch(/^relation:/);
    const marks = article(page).locator('[data-evidence="true"]');
    await expect(marks.first()).toBeInViewport();
    const marked = (await marks.allTextContents()).join('');
    expect(marked).toContain('Sergey Lavrov');
    expect(marked).toContain('disputed');
    await expect(inspector(page).getByRole('region', { name: 'Evidence' })).toContainText(
      'disputed',
    );
    await expectNoAxeViolations(page);
  });

  test('selecting a passage shows what the bundle draws from it', async ({ page }) => {
    await openSeed(page);
    const sentence = article(page).locator('.passage', {
      hasText: 'On Oct. 5, Choe held vice minister-level talks',
    });
    await sentence.click({ position: { x: 5, y: 5 } });
    expect(hashParams(page).get('sel')).toMatch(/^passage:\d+-\d+$/);
    const panel = inspector(page);
    await expect(panel.getByRole('region', { name: 'Named here' })).toContainText('Kong Xuanyou');
    await expect(panel.getByRole('region', { name: 'Relations' })).toContainText(
      'Choe Son-hui met Kong Xuanyou',
    );
    await expect(panel.getByRole('region', { name: 'Events' })).toBeVisible();
    await expect(sentence.locator('[data-evidence="true"]').first()).toBeVisible();
    // From the passage to one of its items, and the item's evidence includes the passage.
    await panel.getByRole('region', { name: 'Relations' }).getByRole('button').first().click();
    expect(hashParams(page).get('sel')).toMatch(/^relation:/);
  });

  test('a block anchor selects the whole paragraph by keyboard', async ({ page }) => {
    await openSeed(page);
    const anchor = article(page).getByRole('button', { name: 'Select paragraph 4' });
    await anchor.focus();
    await page.keyboard.press('Enter');
    expect(hashParams(page).get('sel')).toMatch(/^block:/);
    await expect(article(page).locator('[data-block][data-selected="true"]')).toHaveCount(1);
  });

  test('reload and a pasted link restore the selection exactly', async ({ page, context }) => {
    await openSeed(page);
    await article(page).locator('[data-entity="igor-morgulov"]').first().click();
    const url = page.url();
    await page.reload();
    await expect(
      article(page).locator('[data-entity="igor-morgulov"][data-selected="true"]').first(),
    ).toBeVisible();
    const other = await context.newPage();
    await other.goto(url);
    await expect(
      other
        .getByRole('region', { name: 'Article' })
        .locator('[data-entity="igor-morgulov"][data-selected="true"]')
        .first(),
    ).toBeVisible();
    await expect(
      other
        .getByRole('complementary', { name: 'Inspector' })
        .getByRole('heading', { name: 'Igor Morgulov' }),
    ).toBeVisible();
    await other.close();
  });

  test('back and forward walk through selections; Escape clears', async ({ page }) => {
    await openSeed(page);
    await article(page).locator('[data-entity="choe-son-hui"]').first().click();
    await article(page).locator('[data-entity="kong-xuanyou"]').first().click();
    await article(page).locator('[data-entity="tass"]').first().click();
    await page.goBack();
    expect(hashParams(page).get('sel')).toBe('entity:kong-xuanyou');
    await page.goBack();
    expect(hashParams(page).get('sel')).toBe('entity:choe-son-hui');
    await page.goForward();
    await expect(
      article(page).locator('[data-entity="kong-xuanyou"][data-selected="true"]').first(),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect.poll(() => hashParams(page).get('sel')).toBeNull();
    await expect(article(page).locator('[data-selected="true"]')).toHaveCount(0);
    await expect(inspector(page)).toBeHidden(); // at 1280 px the inspector only slides in for a selection
  });

  test('an unknown or malformed id in the URL gets a clear, dismissible message', async ({
    page,
  }) => {
    await openSeed(page, 'sel=entity:kim-il-sung');
    const banner = article(page).getByRole('alert');
    await expect(banner).toContainText('This story has no entity “kim-il-sung”');
    await expect(article(page).locator('button.mention').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await banner.getByRole('button', { name: 'Clear the selection' }).click();
    await expect(article(page).getByRole('alert')).toHaveCount(0);
    expect(hashParams(page).get('sel')).toBeNull();

    await openSeed(page, 'sel=%3Cscript%3E&asof=tomorrow');
    const banner2 = article(page).getByRole('alert');
    await expect(banner2).toContainText('is malformed');
    await expect(banner2).toContainText('“tomorrow” is not a date');
    await banner2.getByRole('button', { name: 'Dismiss' }).click();
    await expect(article(page).getByRole('alert')).toHaveCount(0);
  });

  test('Find locates names however typed and passages by their words', async ({ page }) => {
    await openSeed(page);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Find in the story' });
    const box = dialog.getByRole('combobox');
    await expect(box).toBeFocused();
    for (const [query, name] of [
      ['choe son hui', 'Choe Son-hui, person'],
      ['kong', 'Kong Xuanyou, person'],
      ['tass', /^TASS/],
    ] as const) {
      await box.fill(query);
      await expect(dialog.getByRole('option').first()).toHaveAccessibleName(name);
    }
    await expectNoAxeViolations(page);
    await box.fill('sanctions kept');
    await expect(
      dialog.getByRole('option', { name: /Passage: .*sanctions must be kept in place/ }),
    ).toBeVisible();
    await box.fill('kong');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    expect(hashParams(page).get('sel')).toBe('entity:kong-xuanyou');
    await page.getByRole('button', { name: /^Find/ }).click();
    await dialog.getByRole('combobox').fill('not really sure');
    await dialog.getByRole('option').first().click();
    expect(hashParams(page).get('sel')).toMatch(/^passage:/);
    await expect(article(page).locator('[data-evidence="true"]').first()).toContainText(
      'not really sure',
    );
  });

  test('keyboard only: arrows reach names in reading order, Enter selects, the focus ring shows', async ({
    page,
  }) => {
    await openSeed(page);
    const firstAnchor = article(page).getByRole('button', { name: 'Select photo caption 1' });
    await firstAnchor.focus();
    await page.keyboard.press('ArrowRight');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-entity', 'north-korea');
    await page.keyboard.press('ArrowRight');
    await expect(focused).toHaveAttribute('data-entity', 'choe-son-hui');
    // The block is one Tab stop: it is now this name, the rest of the block's items are not.
    const block = article(page)
      .locator('[data-block]')
      .filter({ has: page.getByRole('button', { name: 'Select photo caption 1' }) });
    await expect(block.locator('[tabindex="0"]')).toHaveCount(1);
    await expect(focused).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('Home');
    await expect(focused).toHaveAttribute('data-entity', 'north-korea');
    await page.keyboard.press('End');
    const last = block.locator('button.mention').last();
    await expect(last).toBeFocused();
    // Down goes to the next block's first name; Tab and Shift+Tab come back to where it was.
    await page.keyboard.press('ArrowDown');
    const index = await block.evaluate((el) =>
      [...document.querySelectorAll('[data-block]')].indexOf(el),
    );
    const second = article(page)
      .locator('[data-block]')
      .nth(index + 1);
    await expect(second.locator('button.mention').first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(focused).toHaveAttribute('data-entity', 'north-korea');
    await page.keyboard.press('Tab');
    await expect(second.locator('button.mention').first()).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(focused).toHaveAttribute('data-entity', 'north-korea');
    await page.keyboard.press('ArrowRight');
    await expect(focused).toHaveAttribute('data-entity', 'choe-son-hui');
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(hashParams(page).get('sel')).toBe('entity:choe-son-hui');
    // Into the inspector and back out to a relation, keys only.
    const relation = inspector(page)
      .getByRole('region', { name: 'Relations' })
      .getByRole('button')
      .first();
    await relation.focus();
    await page.keyboard.press('Enter');
    expect(hashParams(page).get('sel')).toMatch(/^relation:/);
  });

  test('opens a local bundle file, keeps it across a reload, and lists it', async ({ page }) => {
    await openSeed(page);
    const bundle = seedJson();
    bundle.id = 'my-copy';
    bundle.article.title = 'My annotated copy';
    await openBundleFile(page, 'copy.json', bundle);
    await expect(page).toHaveURL(/#\/b\/local%3Amy-copy|#\/b\/local:my-copy/);
    await expect(page.getByRole('banner')).toContainText('My annotated copy');
    await page.reload();
    await expect(page.getByRole('banner')).toContainText('My annotated copy');
    await page.getByRole('button', { name: 'Stories' }).click();
    await expect(
      page
        .getByRole('dialog', { name: 'Open a story' })
        .getByRole('link', { name: 'My annotated copy' }),
    ).toBeVisible();
  });

  test('a bad bundle file is refused with its errors and the open story stays', async ({
    page,
  }) => {
    await openSeed(page, 'sel=entity:choe-son-hui');
    const before = page.url();
    const bundle = seedJson() as unknown as {
      mentions: { start: number; end: number; entity: string }[];
    };
    bundle.mentions[2]!.entity = 'nobody';
    await openBundleFile(page, 'broken.json', bundle);
    const refused = page.getByRole('dialog', { name: '“broken.json” was not opened' });
    await expect(refused).toBeVisible();
    await expect(refused).toContainText('mention 3 (of nobody)');
    await expect(refused).toContainText('The story you had open is unchanged.');
    await expect(refused).toContainText(
      'refers to "nobody", which is not an entity of this bundle',
    );
    await expectNoAxeViolations(page);
    await refused.getByRole('button', { name: 'OK' }).click();
    expect(page.url()).toBe(before);
    await expect(
      article(page).locator('[data-entity="choe-son-hui"][data-selected="true"]').first(),
    ).toBeVisible();

    // Not JSON at all, dropped on the window.
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{ this is not json'], 'notes.json', { type: 'application/json' }));
      return dt;
    });
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect(page.getByRole('dialog', { name: '“notes.json” was not opened' })).toContainText(
      'is not valid JSON',
    );
    expect(page.url()).toBe(before);
  });

  test('corrupted saved stories are reported and the rest recovered', async ({ page }) => {
    const good = seedJson();
    good.id = 'kept';
    const bad = { ...seedJson(), id: 'damaged', entities: 'oops' };
    await page.addInitScript(
      ([g, b]) => localStorage.setItem('article-atlas:local-bundles@1', JSON.stringify([b, g])),
      [good, bad] as const,
    );
    await page.goto('./#/b/local:kept');
    await expect(page.getByRole('banner')).toContainText('North Korea working');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Saved story “damaged” is damaged' }),
    ).toBeVisible();
  });

  test('dark theme reads well and passes axe with a selection', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openSeed(page, 'sel=relation:r-choe-meets-kong-beijing');
    await expect(article(page).locator('[data-evidence="true"]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
