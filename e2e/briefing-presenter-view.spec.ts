import { test, expect, SEED } from './fixtures';
import { DECK_KEY, expectSlide, presenter, shippedDeck } from './briefing-helpers';

test.describe('briefing presenter view', () => {
  test('a second window with notes, next slide and timer, in step both ways', async ({ page }) => {
    const deck = shippedDeck();
    deck.slides[1]!.notes = 'Point at the two hulls.\nNorth Korea leans on China.';
    await page.addInitScript(
      ([key, text]) => window.localStorage.setItem(key!, text!),
      [DECK_KEY, JSON.stringify(deck)],
    );
    await page.goto(`./#/b/${SEED}/briefing/1`);
    await expectSlide(page, 1);
    const popup = page.waitForEvent('popup');
    await presenter(page).getByRole('button', { name: 'Presenter view' }).click();
    const view = await popup;
    const main = view.getByRole('main', { name: 'Presenter view' });
    await expect(main.getByText('In step with the audience window.')).toBeVisible();
    await expect(main.getByText('Slide 1 of 9')).toBeVisible();
    await expect(
      main.getByRole('region', { name: 'Next slide' }).getByRole('heading', { level: 2 }),
    ).toHaveText(deck.slides[1]!.title);
    await expect(main.getByRole('timer')).toHaveText(/^\d+:\d\d$/);

    // A key in the presenter view moves the audience window.
    await view.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    await expect(main.getByText('Slide 2 of 9')).toBeVisible();
    await expect(main.getByRole('region', { name: 'Speaker notes' })).toContainText(
      'Point at the two hulls.',
    );
    // A key in the audience window moves the presenter view.
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
    await expect(main.getByText('Slide 3 of 9')).toBeVisible();
    await expect(main.getByText('No notes for this slide.')).toBeVisible();
    // B in the presenter view blanks the room's screen.
    await view.keyboard.press('b');
    await expect(page.getByRole('button', { name: /Screen blanked/ })).toBeVisible();
    await expect(main.getByText('The audience screen is blank.')).toBeVisible();
    await view.keyboard.press('b');
    await expect(page.getByRole('button', { name: /Screen blanked/ })).toHaveCount(0);
  });

  test('the timer counts on the page clock, pauses and resets', async ({ page }) => {
    const start = new Date('2026-03-02T09:00:00Z');
    await page.clock.install({ time: start });
    await page.goto(`./#/b/${SEED}/briefing-presenter/1`);
    const timer = page.getByRole('timer', { name: 'Time elapsed' });
    await expect(timer).toBeVisible();
    // Stop the clock once the page is up, and start the timer from there.
    await page.clock.pauseAt(new Date(start.getTime() + 120_000));
    await page.getByRole('button', { name: 'Reset timer' }).click();
    await expect(timer).toHaveText('0:00');
    await page.clock.runFor(65_000);
    await expect(timer).toHaveText('1:05');
    await page.getByRole('button', { name: 'Pause timer' }).click();
    await page.clock.runFor(30_000);
    await expect(timer).toHaveText('1:05');
    await page.getByRole('button', { name: 'Resume timer' }).click();
    await page.clock.runFor(5_000);
    await expect(timer).toHaveText('1:10');
    await page.getByRole('button', { name: 'Reset timer' }).click();
    await expect(timer).toHaveText('0:00');
    await expect(page.getByText('No audience window yet')).toBeVisible();
  });
});
