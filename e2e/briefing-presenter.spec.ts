import { test, expect, openSeed, expectNoAxeViolations, hashParams, SEED } from './fixtures';
import { COUNT, expectSelectedIn, expectSlide, presenter, slideRegion } from './briefing-helpers';

test.describe('briefing presenter', () => {
  test('steps through the shipped deck by keyboard; URL and views follow each slide', async ({
    page,
  }) => {
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

    await page.keyboard.press('PageDown');
    await expectSlide(page, 3);
    expect(hashParams(page).get('asof')).toBe('2018-10-05');
    await expectSelectedIn(page, 'Timeline', 'data-event', 'e-beijing-talks');

    await page.keyboard.press('Space');
    await expectSlide(page, 4);
    await expectSelectedIn(page, 'Map', 'data-leg', 'j-choe-2');

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
  });

  test('sets type for the back of the room at 1920×1080, and passes axe', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`./#/b/${SEED}/briefing/2`);
    await expectSlide(page, 2);
    await expectSelectedIn(page, 'Network', 'data-relation', 'r-north-korea-aligned-with-china');
    await expectNoAxeViolations(page);
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
    await page.goto(`./#/b/${SEED}/briefing/4`);
    await expectSelectedIn(page, 'Map', 'data-leg', 'j-choe-2');
    await page.screenshot({ path: testInfo.outputPath('slide-4-1920.png') });
  });

  test('B blanks the screen; Escape first undoes the blank, then leaves', async ({ page }) => {
    await page.goto(`./#/b/${SEED}/briefing/1`);
    await expectSlide(page, 1);
    const blank = page.getByRole('button', { name: /Screen blanked/ });
    await page.keyboard.press('b');
    await expect(blank).toBeVisible();
    expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('b');
    await expect(blank).toHaveCount(0);
    await page.keyboard.press('b');
    await expect(blank).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(blank).toHaveCount(0);
    await expect(page).toHaveURL(/\/briefing\/1/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`#/b/${SEED}$`));
  });

  test('Escape returns to the workspace as it was, however many slides were shown', async ({
    page,
  }) => {
    await openSeed(page, 'views=map&sel=entity:kong-xuanyou&asof=2018-10-06');
    const before = page.url();
    await page.getByRole('link', { name: 'Present' }).click();
    await expectSlide(page, 1);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(before);
    await expect(page.getByRole('region', { name: 'Article' })).toBeVisible();
  });

  test('Back and Forward walk through the slides shown', async ({ page }) => {
    await page.goto(`./#/b/${SEED}/briefing/1`);
    await expectSlide(page, 1);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
    await page.goBack();
    await expectSlide(page, 2);
    await page.goBack();
    await expectSlide(page, 1);
    await page.goForward();
    await expectSlide(page, 2);
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
    await expect(presenter(page).getByRole('alert')).toHaveText(
      `There is no slide 99: this briefing has ${COUNT} slides. Showing the last one.`,
    );
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, COUNT - 1);
    await expect(presenter(page).getByRole('alert')).toHaveCount(0);
  });
});
