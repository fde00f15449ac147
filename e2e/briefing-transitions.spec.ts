import type { Page } from '@playwright/test';
import { test, expect, pauseClock, SEED } from './fixtures';
import { DECK_KEY, presenter, shippedDeck } from './briefing-helpers';

/** Two map slides in a row: the arrival in Moscow, then Putin's planned visit (a new frame). */
async function twoMapSlides(page: Page) {
  const deck = shippedDeck();
  const [moscow, putin] = [deck.slides[3]!, deck.slides[8]!];
  // The same words around both pictures, so the picture's box stays put and only the map moves.
  deck.slides = [moscow, { ...putin, caption: moscow.caption, quotes: moscow.quotes }];
  await page.addInitScript(
    ([key, text]) => window.localStorage.setItem(key!, text!),
    [DECK_KEY, JSON.stringify(deck)],
  );
  return deck.slides.map((s) => s.title);
}

const map = (page: Page) => presenter(page).locator('[data-view-region="map"]');
/** The leg to Moscow in the picture shown (not the copy a transition fades out). */
const leg = (page: Page) => map(page).locator('.deck-picture-shown [data-leg="j-choe-2"]');

/**
 * The centre of the leg's geometry on screen (its path's box through its screen CTM, as the
 * transition measures it; the screen box would also count the arrowhead, which sits at one end).
 */
async function centre(page: Page) {
  return leg(page).evaluate((el) => {
    const g = el as SVGGraphicsElement;
    const b = g.getBBox();
    const m = g.getScreenCTM()!;
    const x = b.x + b.width / 2;
    const y = b.y + b.height / 2;
    return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
  });
}

async function drawnFor(page: Page, title: string) {
  await expect(map(page).getByRole('img', { name: `Map: ${title}` })).toBeVisible();
  await expect(map(page)).toHaveAttribute('data-drawn', 'scene');
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

test.describe('briefing transitions', () => {
  test('two slides of one view: the marks glide on the clock and land where the slide draws them', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const titles = await twoMapSlides(page);
    await page.clock.install();
    await page.goto(`./#/b/${SEED}/briefing/1`);
    await drawnFor(page, titles[0]!);
    const start = await centre(page);
    // From here on, frames and timers move only when the test says so.
    await pauseClock(page);

    await page.keyboard.press('ArrowRight');
    await drawnFor(page, titles[1]!);
    await expect(map(page)).toHaveAttribute('data-transition', 'running');
    // First frame: the shared mark still stands where it stood on the slide before.
    expect(distance(await centre(page), start)).toBeLessThan(1);
    const leaving = map(page).locator('.deck-picture-leaving');
    await expect(leaving).toHaveCount(1);
    await expect(leaving).toHaveAttribute('aria-hidden', 'true');
    // The copy being left carries no ids: tests, links and readers see one picture.
    await expect(leaving.locator('[data-leg]')).toHaveCount(0);

    // Half way: between the two places, both pictures showing.
    await page.clock.runFor(225);
    const middle = await centre(page);
    const opacity = Number(await leaving.evaluate((el) => getComputedStyle(el).opacity));
    expect(opacity).toBeGreaterThan(0.05);
    expect(opacity).toBeLessThan(0.95);

    // Done well under 600 ms: the copy is gone and the mark is where the slide puts it.
    await page.clock.runFor(400);
    await expect(map(page)).not.toHaveAttribute('data-transition', 'running');
    await expect(leaving).toHaveCount(0);
    const end = await centre(page);
    expect(distance(start, end), 'the leg moves between the two frames').toBeGreaterThan(20);
    expect(distance(middle, start)).toBeGreaterThan(5);
    expect(distance(middle, end)).toBeGreaterThan(5);

    // The target: slide 2 drawn afresh puts the mark at the same place.
    await page.clock.resume();
    await page.reload();
    await drawnFor(page, titles[1]!);
    expect(distance(await centre(page), end)).toBeLessThan(1.5);
  });

  test('two map slides with different frames: the camera zooms, ground and marks together', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const titles = await twoMapSlides(page);
    await page.clock.install();
    await page.goto(`./#/b/${SEED}/briefing/1`);
    await drawnFor(page, titles[0]!);
    // Each picture says how it was projected (pixels per radian at its centre).
    const scaleOf = async () =>
      Number(
        (await map(page).locator('.deck-picture-shown > svg').getAttribute('data-camera'))!.split(
          ' ',
        )[4],
      );
    const first = await scaleOf();
    await pauseClock(page);

    await page.keyboard.press('ArrowRight');
    await drawnFor(page, titles[1]!);
    const second = await scaleOf();
    expect(
      Math.abs(first - second) / first,
      'the two slides frame the map differently',
    ).toBeGreaterThan(0.2);
    const layers = map(page).locator('.deck-picture-layers');
    const ground = map(page).locator('.deck-picture-shown .deck-camera');
    await page.clock.runFor(200);
    // An intermediate frame: the map's scale lies between the two slides', and the ground (the
    // group holding base map, routes and places) is scaled by the camera, not just faded.
    const middle = Number(await layers.getAttribute('data-map-scale'));
    expect(middle).toBeGreaterThan(Math.min(first, second) * 1.02);
    expect(middle).toBeLessThan(Math.max(first, second) * 0.98);
    const k = await ground.evaluate((g) => new DOMMatrix(getComputedStyle(g).transform).a);
    expect(Math.abs(k - 1)).toBeGreaterThan(0.02);
    // The routes and marks ride in that group, so they move with the ground.
    await expect(ground.locator('[data-leg="j-choe-2"]').first()).toBeVisible();

    // Landed within 600 ms: the arriving picture stands untransformed.
    await page.clock.runFor(400);
    await expect(layers).not.toHaveAttribute('data-transition', 'running');
    await expect(layers).not.toHaveAttribute('data-map-scale');
    expect(await ground.evaluate((g) => getComputedStyle(g).transform)).toBe('none');
  });

  test('with reduced motion the slide changes in one cut', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const titles = await twoMapSlides(page);
    await page.goto(`./#/b/${SEED}/briefing/2`);
    await drawnFor(page, titles[1]!);
    const target = await centre(page);
    await page.goto(`./#/b/${SEED}/briefing/1`);
    await drawnFor(page, titles[0]!);
    // Anything a transition would add, noticed the moment it is added.
    await page.evaluate(() => {
      const flag = document.documentElement;
      new MutationObserver(() => {
        if (document.querySelector('[data-transition], .deck-picture-leaving'))
          flag.dataset.transitionSeen = 'true';
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.keyboard.press('ArrowRight');
    await drawnFor(page, titles[1]!);
    expect(distance(await centre(page), target)).toBeLessThan(1.5);
    await expect(page.locator('html')).not.toHaveAttribute('data-transition-seen', 'true');
  });
});
