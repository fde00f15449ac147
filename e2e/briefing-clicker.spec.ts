import { test, expect, SEED } from './fixtures';
import { COUNT, expectSlide, presenter, shippedDeck, slideRegion } from './briefing-helpers';

/** A clicker sends these; each must move the deck wherever the last click went. */
const FORWARD = ['ArrowRight', 'PageDown', 'Space'] as const;
const BACK = ['ArrowLeft', 'PageUp'] as const;

test.describe('briefing clicker safety', () => {
  test('after a click anywhere on a slide, every clicker key still moves the deck', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`./#/b/${SEED}/briefing/2`);
    await expectSlide(page, 2);
    const network = slideRegion(page).getByRole('region', { name: 'Network' });
    await expect(network).toHaveAttribute('data-drawn', 'scene');
    const sel = shippedDeck().slides[1]!.view.selection;

    // Clicks on the picture's empty space, on the title, on the quote and on the source line.
    for (const [target, position] of [
      [network, { x: 20, y: 20 }],
      [slideRegion(page).getByRole('heading', { level: 1 }), undefined],
      [slideRegion(page).locator('.deck-quote').first(), undefined],
      [slideRegion(page).locator('.deck-slide-source'), undefined],
    ] as const) {
      await target.click(position ? { position } : {});
      await expectSlide(page, 2); // a click never changes the slide
      expect(new URL(page.url()).hash).toContain(sel!);
    }

    let n = 2;
    for (const key of FORWARD) {
      // In the middle of the picture area, whatever view the slide shows.
      await slideRegion(page).click({ position: { x: 500, y: 560 } });
      await page.keyboard.press(key);
      n += 1;
      await expectSlide(page, n);
    }
    for (const key of BACK) {
      await slideRegion(page).getByRole('heading', { level: 1 }).click();
      await page.keyboard.press(key);
      n -= 1;
      await expectSlide(page, n);
    }
    await slideRegion(page).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('End');
    await expectSlide(page, COUNT);
    await slideRegion(page).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Home');
    await expectSlide(page, 1);
  });

  test('a click on a control leaves Space, B and the arrows to the presenter', async ({ page }) => {
    await page.goto(`./#/b/${SEED}/briefing/3`);
    await expectSlide(page, 3);
    // The last click went to "Previous": Space must still go forward, not press it again.
    await presenter(page).getByRole('button', { name: '‹ Previous' }).click();
    await expectSlide(page, 2);
    await page.keyboard.press('Space');
    await expectSlide(page, 3);
    await presenter(page).getByRole('button', { name: 'Next ›' }).click();
    await expectSlide(page, 4);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 3);
    await page.keyboard.press('b');
    await expect(page.getByRole('button', { name: /Screen blanked/ })).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.getByRole('button', { name: /Screen blanked/ })).toHaveCount(0);
  });

  test('a click on a mark opens its evidence over the slide; Escape closes it and stays', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`./#/b/${SEED}/briefing/2`);
    await expectSlide(page, 2);
    const mark = slideRegion(page).locator('[data-entity="china"] path').first();
    await mark.click({ force: true });
    const overlay = page.getByRole('dialog', { name: /^Evidence: China/ });
    await expect(overlay).toBeVisible();
    await expect(overlay.locator('[data-evidence="true"]').first()).toBeVisible();
    await expectSlide(page, 2);
    await page.keyboard.press('Escape');
    await expect(overlay).toHaveCount(0);
    await expectSlide(page, 2);
    // Open again: the next slide closes it and moves on.
    await mark.click({ force: true });
    await expect(overlay).toBeVisible();
    await page.keyboard.press('PageDown');
    await expectSlide(page, 3);
    await expect(overlay).toHaveCount(0);
  });
});
