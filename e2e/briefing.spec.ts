import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, openSeed, expectNoAxeViolations, hashParams, SEED } from './fixtures';

const DECK_KEY = `article-atlas:deck:${SEED}@1`;
const deckText = readFileSync(new URL(`../public/decks/${SEED}.json`, import.meta.url), 'utf8');
const shippedDeck = () =>
  JSON.parse(deckText) as {
    slides: { id: string; title: string; view: Record<string, unknown>; quotes: unknown[] }[];
  } & Record<string, unknown>;
const COUNT = shippedDeck().slides.length;

const presenter = (page: Page) => page.getByRole('main', { name: 'Briefing' });
const slideRegion = (page: Page) => presenter(page).locator('[aria-roledescription="slide"]');

/** Waits for slide n of the deck: URL, progress, title, and its view state in the query. */
async function expectSlide(page: Page, n: number) {
  await expect(page).toHaveURL(new RegExp(`/briefing/${n}(\\?|$)`));
  await expect(presenter(page).getByText(`${n} / ${COUNT}`, { exact: true })).toBeVisible();
  const slide = shippedDeck().slides[n - 1]!;
  await expect(slideRegion(page).getByRole('heading', { level: 1 })).toHaveText(slide.title);
  expect(hashParams(page).get('sel')).toBe(slide.view.selection as string | null);
}

/** The selected item is drawn as selected inside the named view of the slide. */
async function expectSelectedIn(page: Page, view: string, attribute: string, id: string) {
  const region = slideRegion(page).getByRole('region', { name: view });
  await expect(
    region
      .locator(`[${attribute}="${id}"][data-selected="true"]`)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
}

test.describe('briefing', () => {
  // Views draw with d3 and the handout draws every slide's views: generous on a busy machine.
  test.describe.configure({ timeout: 60_000 });

  test('presents the shipped deck by keyboard; URL and views follow each slide', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openSeed(page);
    await page.getByRole('link', { name: 'Present' }).click();
    await expectSlide(page, 1);
    await expect(slideRegion(page)).toHaveAttribute('aria-label', /^Slide 1 of \d+: /);
    await expect(slideRegion(page)).toContainText('— Kim Oi-hyun, The Hankyoreh, 8 Oct 2018');

    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    expect(hashParams(page).get('views')).toBeNull(); // the default: network
    await expectSelectedIn(page, 'Network', 'data-relation', 'r-north-korea-aligned-with-china');
    await expectNoAxeViolations(page);

    // Type sizes for the back of the room, at 1920×1080.
    const sizes = await slideRegion(page).evaluate((el) => {
      const px = (s: string) => {
        const node = el.querySelector(s);
        return node ? parseFloat(getComputedStyle(node).fontSize) : 0;
      };
      const quote = el.querySelector('.deck-quote');
      return {
        title: px('h1'),
        caption: px('.deck-slide-caption'),
        quote: px('.deck-quote'),
        serif: quote ? getComputedStyle(quote).fontFamily : '',
      };
    });
    expect(sizes.title).toBeGreaterThanOrEqual(48);
    expect(sizes.caption).toBeGreaterThanOrEqual(28);
    expect(sizes.quote).toBeGreaterThanOrEqual(24);
    expect(sizes.serif).toMatch(/serif/);
    await page.screenshot({ path: testInfo.outputPath('slide-2-1920.png') });

    await page.keyboard.press('PageDown');
    await expectSlide(page, 3);
    expect(hashParams(page).get('asof')).toBe('2018-10-05');
    await expectSelectedIn(page, 'Timeline', 'data-event', 'e-beijing-talks');

    await page.keyboard.press('Space');
    await expectSlide(page, 4);
    await expectSelectedIn(page, 'Map', 'data-leg', 'j-choe-2');
    await page.screenshot({ path: testInfo.outputPath('slide-4-1920.png') });

    await page.keyboard.press('ArrowDown');
    await expectSlide(page, 5);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 4);
    await page.keyboard.press('ArrowUp');
    await expectSlide(page, 3);
    await page.keyboard.press('PageUp');
    await expectSlide(page, 2);
    await page.keyboard.press('End');
    await expectSlide(page, COUNT);
    await page.keyboard.press('ArrowRight'); // past the end: stays
    await expectSlide(page, COUNT);
    await page.keyboard.press('Home');
    await expectSlide(page, 1);

    // B blanks to black and back; Escape first undoes the blank, then leaves.
    const blank = page.getByRole('button', { name: /Screen blanked/ });
    await page.keyboard.press('b');
    await expect(blank).toBeVisible();
    expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('b');
    await expect(blank).toHaveCount(0);
    await page.keyboard.press('b');
    await page.keyboard.press('Escape');
    await expect(blank).toHaveCount(0);
    await expect(page).toHaveURL(/\/briefing\/1/);

    // Back and Forward walk through the slides shown.
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    await page.goBack();
    await expectSlide(page, 1);

    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`#/b/${SEED}$`));
  });

  test('a reload keeps the slide, its view state, and survives a slide past the end', async ({
    page,
  }) => {
    await page.goto(`./#/b/${SEED}/briefing/4`);
    await expectSlide(page, 4);
    expect(hashParams(page).get('views')).toBe('map');
    await page.reload();
    await expectSlide(page, 4);
    await page.goto(`./#/b/${SEED}/briefing/99`);
    await expectSlide(page, COUNT);
  });

  test('authors a slide from the workspace, edits it, and finds it after a reload', async ({
    page,
  }) => {
    await openSeed(page, 'views=map&sel=leg:j-choe-1&asof=2018-10-05');
    await page.getByRole('button', { name: 'Add to briefing' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added as slide' })).toContainText(
      `Added as slide ${COUNT + 1}`,
    );
    await page.getByRole('link', { name: 'Edit the briefing' }).click();
    const editor = page.getByRole('main', { name: 'Briefing editor' });
    const items = editor.getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect(items).toHaveCount(COUNT + 1);
    const added = items.last();
    await expect(added).toContainText('Map · Selected: Leg 1 of 2: Pyongyang to Beijing');
    await expect(added.getByRole('checkbox').first()).toBeChecked();
    await added.getByLabel('Title').fill('From Pyongyang to Beijing, 5 Oct');
    await added.getByLabel('Caption').fill('The first leg of the trip.');
    await expectNoAxeViolations(page);

    // Reorder by keyboard: focus stays on the moved slide's button.
    await added.getByRole('button', { name: /^Move up:/ }).focus();
    await page.keyboard.press('Enter');
    await expect(items.nth(COUNT - 1).getByRole('heading')).toContainText('From Pyongyang');
    await expect(page.locator(':focus')).toHaveAccessibleName(
      /^Move up: slide \d+, From Pyongyang/,
    );
    await page.keyboard.press('Enter');
    await expect(items.nth(COUNT - 2).getByRole('heading')).toContainText('From Pyongyang');

    // Duplicate, then delete the copy and undo the delete.
    await items
      .nth(COUNT - 2)
      .getByRole('button', { name: /^Duplicate:/ })
      .click();
    await expect(items).toHaveCount(COUNT + 2);
    await expect(items.nth(COUNT - 1).getByRole('heading')).toContainText('(copy)');
    await items
      .nth(COUNT - 1)
      .getByRole('button', { name: /^Delete:/ })
      .click();
    await expect(items).toHaveCount(COUNT + 1);
    await editor.getByRole('button', { name: 'Undo delete' }).click();
    await expect(items).toHaveCount(COUNT + 2);
    await items
      .nth(COUNT - 1)
      .getByRole('button', { name: /^Delete:/ })
      .click();
    await expect(items).toHaveCount(COUNT + 1);

    await page.reload();
    await expect(items).toHaveCount(COUNT + 1);
    const moved = items.nth(COUNT - 2);
    await expect(moved.getByLabel('Title')).toHaveValue('From Pyongyang to Beijing, 5 Oct');
    await expect(moved.getByLabel('Caption')).toHaveValue('The first leg of the trip.');

    await moved.getByRole('link', { name: 'Present from here' }).click();
    await expect(slideRegion(page).getByRole('heading', { level: 1 })).toHaveText(
      'From Pyongyang to Beijing, 5 Oct',
    );
    expect(hashParams(page).get('sel')).toBe('leg:j-choe-1');
    await expectSelectedIn(page, 'Map', 'data-leg', 'j-choe-1');
  });

  test('an import that fails validation is refused item by item; the deck is unchanged', async ({
    page,
  }) => {
    await page.goto(`./#/b/${SEED}/briefing-edit`);
    const editor = page.getByRole('main', { name: 'Briefing editor' });
    const items = editor.getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect(items).toHaveCount(COUNT);
    const importFile = async (name: string, text: string) => {
      const chooser = page.waitForEvent('filechooser');
      await editor.getByRole('button', { name: 'Import deck…' }).click();
      await (
        await chooser
      ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    };

    const bad = shippedDeck();
    bad.slides[1]!.view.selection = 'relation:r-nope';
    (bad.slides[2]!.quotes[0] as { end: number }).end = 999_999;
    await importFile('bad-deck.json', JSON.stringify(bad));
    const alert = editor.getByRole('alert');
    await expect(alert).toContainText(
      '“bad-deck.json” was not imported; the deck is unchanged (2 problems)',
    );
    await expect(alert).toContainText(
      'slide 2 “Two groupings among the six parties” › view.selection: refers to relation “r-nope”, which is not in this story',
    );
    await expect(alert).toContainText(
      'slide 3 “First stop: talks in Beijing, 5 Oct” › quotes[0].end',
    );
    await expect(items).toHaveCount(COUNT);
    await expectNoAxeViolations(page);

    await importFile('broken.json', '{"format": "article-atlas/deck@1", "slides": [');
    await expect(alert).toContainText('file › (JSON): is not valid JSON');
    await expect(items).toHaveCount(COUNT);

    const good = shippedDeck();
    good.slides = good.slides.slice(0, 3);
    await importFile('short.json', JSON.stringify(good));
    await expect(items).toHaveCount(3);
    await expect(editor.getByRole('alert')).toHaveCount(0);
    await editor.getByRole('button', { name: 'Undo import' }).click();
    await expect(items).toHaveCount(COUNT);
  });

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

    const editor = page.getByRole('main', { name: 'Briefing editor' });
    const notice = editor.getByRole('alert');
    await expect(notice).toContainText('The saved briefing could not all be read');
    await expect(notice).toContainText(
      'Slide 2 “Two groupings among the six parties” was set aside: view.selection refers to event “e-gone”',
    );
    await expect(notice).toContainText('Slide 5 was set aside');
    await expect(notice).toContainText('article-atlas:deck-backup:');
    const items = editor.getByRole('listitem').filter({ has: page.getByRole('heading') });
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

  test('prints the deck as a handout, one page per slide', async ({ page }) => {
    await page.goto(`./#/b/${SEED}/briefing-print`);
    const pages = page.locator('.deck-print-page');
    await expect(pages).toHaveCount(COUNT);
    await expect(pages.first()).toContainText('— Kim Oi-hyun, The Hankyoreh, 8 Oct 2018');
    await expect(pages.nth(3)).toContainText('Geography: Natural Earth.');
    // Every view drawn before printing.
    await expect(page.locator('.deck-print .view-loading')).toHaveCount(0);
    await expect(
      page.locator('.deck-print-page [data-view-region="network"] [data-entity]').first(),
    ).toBeAttached();
    await expect(
      page.locator('.deck-print-page [data-view-region="map"] path').first(),
    ).toBeAttached();
    await expectNoAxeViolations(page);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      'latin1',
    );
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(COUNT);
  });

  test('saves a slide as SVG and PNG at 1920×1080 with its view and source', async ({ page }) => {
    await page.goto(`./#/b/${SEED}/briefing/4`);
    await expectSelectedIn(page, 'Map', 'data-leg', 'j-choe-2');
    const save = async (name: string) => {
      const download = page.waitForEvent('download');
      await presenter(page).getByRole('button', { name }).click();
      return download;
    };
    const svgDownload = await save('Slide as SVG');
    expect(svgDownload.suggestedFilename()).toBe(`${SEED}-briefing-slide-4.svg`);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
    expect(svg).toContain('Arrival in Moscow, 6 Oct');
    expect(svg).toContain(
      'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018. Geography: Natural Earth.',
    );
    expect(svg).toContain('data-leg="j-choe-2"');
    const pngDownload = await save('Slide as PNG');
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    await expect(
      presenter(page).getByRole('status').filter({ hasText: 'Saved slide 4 as PNG' }),
    ).toBeVisible();
  });

  test('exports one HTML file that presents the deck from file:// with no network', async ({
    page,
    browser,
  }, testInfo) => {
    await page.goto(`./#/b/${SEED}/briefing-edit`);
    const editor = page.getByRole('main', { name: 'Briefing editor' });
    await editor.getByLabel('Title').first().fill('Offline briefing');
    const download = page.waitForEvent('download');
    await editor.getByRole('button', { name: 'Export briefing as HTML' }).click();
    const file = testInfo.outputPath('briefing.html');
    await (await download).saveAs(file);
    await expect(editor.getByRole('status')).toContainText('It opens by double-click');

    const html = readFileSync(file, 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'sha256-[^']+'/);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload)"/);
    expect(html).toContain('id="atlas-embedded"');

    // A fresh context: no server, no origin; only the file itself (and data:/blob:) may load.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const offline = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    offline.on('request', (r) => requests.push(r.url()));
    offline.on('pageerror', (e) => errors.push(e.message));
    offline.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await offline.goto(pathToFileURL(file).href);
    await expect(offline).toHaveURL(new RegExp(`#/b/${SEED}/briefing/1`));
    const main = offline.getByRole('main', { name: 'Briefing' });
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Offline briefing');
    await offline.keyboard.press('ArrowRight');
    await expect(offline).toHaveURL(/\/briefing\/2\?sel=relation:r-north-korea-aligned-with-china/);
    await expect(
      main
        .locator('[data-relation="r-north-korea-aligned-with-china"][data-selected="true"]')
        .first(),
    ).toBeAttached();
    await offline.keyboard.press('PageDown');
    await offline.keyboard.press('Space');
    await expect(offline).toHaveURL(/\/briefing\/4\?/);
    await expect(main.getByRole('region', { name: 'Map' }).locator('path').first()).toBeAttached();
    await expect(
      main.locator('[data-leg="j-choe-2"][data-selected="true"]').first(),
    ).toBeAttached();
    await offline.keyboard.press('End');
    await expect(main.getByText(`${COUNT} / ${COUNT}`, { exact: true })).toBeVisible();
    await offline.screenshot({ path: testInfo.outputPath('standalone-last-slide.png') });
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
