import { test, expect, openSeed, openBundleFile, expectNoAxeViolations } from './fixtures';
import { tinyBundle } from '../src/bundle/fixtures/tiny-bundle';
import { withManyEvents } from '../src/bundle/fixtures/many-events-bundle';

/**
 * A story with a thousand events keeps the timeline usable: events are counted where they would
 * pile up, each count is a button named with its number and days, opening one zooms to its days
 * where the events come apart, and a selected event is drawn on its own.
 */
const many = withManyEvents(tinyBundle(), 1000);
const TOTAL = many.events.length; // 1,001
const timeline = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Timeline' });

async function openMany(page: import('@playwright/test').Page, query = '') {
  await openSeed(page);
  await openBundleFile(page, 'many-events.json', many);
  await expect(page.getByRole('banner')).toContainText('Ann met Bob');
  await page.goto(`./#/b/local:${many.id}?views=timeline${query ? `&${query}` : ''}`);
  await expect(timeline(page).locator('[data-cluster]').first()).toBeVisible();
}

/** Every event is drawn once: alone (data-event) or in a count (data-count). */
async function drawnEvents(page: import('@playwright/test').Page) {
  return timeline(page).evaluate((el) => {
    const counts = [...el.querySelectorAll('[data-cluster]')].map((c) =>
      Number(c.getAttribute('data-count')),
    );
    return {
      marks: counts.length + el.querySelectorAll('.tl-marks [data-event]').length,
      events:
        counts.reduce((a, b) => a + b, 0) + el.querySelectorAll('.tl-marks [data-event]').length,
      clusters: counts.length,
    };
  });
}

test.describe('the timeline on a long story', () => {
  test('counts where events pile up, and opens a count into its days', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openMany(page);
    const before = await drawnEvents(page);
    expect(before.events).toBe(TOTAL);
    expect(before.marks).toBeLessThan(80);
    const counts = timeline(page).getByRole('button', { name: /^\d+ events, / });
    expect(await counts.count()).toBe(before.clusters);

    // The biggest count opens by keyboard: Enter zooms, focus lands inside the zoom.
    const biggest = await timeline(page).evaluate((el) => {
      const all = [...el.querySelectorAll('[data-cluster]')];
      all.sort(
        (a, b) => Number(b.getAttribute('data-count')) - Number(a.getAttribute('data-count')),
      );
      return all[0]?.getAttribute('data-cluster') ?? '';
    });
    const mark = timeline(page).locator(`[data-cluster="${biggest}"]`);
    const name = (await mark.getAttribute('aria-label')) ?? '';
    const size = Number(await mark.getAttribute('data-count'));
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect(timeline(page).getByRole('button', { name: 'Show all dates' })).toBeVisible();
    await expect(timeline(page).getByRole('status')).toContainText('across the width');
    // Its events are now counted more finely or drawn alone; nothing is lost.
    const after = await drawnEvents(page);
    expect(after.events).toBe(TOTAL);
    await expect(timeline(page).locator(`[data-cluster="${biggest}"]`)).toHaveCount(0);
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('[data-event], [data-cluster]') !== null,
      ),
    ).toBe(true);
    expect(name).toMatch(new RegExp(`^${size} events, `));
    await expectNoAxeViolations(page);

    await timeline(page).getByRole('button', { name: 'Show all dates' }).click();
    await expect(timeline(page).getByRole('button', { name: 'Show all dates' })).toHaveCount(0);
    expect((await drawnEvents(page)).clusters).toBe(before.clusters);
  });

  test('a click opens a day down to its events; a selected event is drawn alone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openMany(page);
    // Open counts until a day lists its events (at most year → month → week → day).
    for (let i = 0; i < 4; i++) {
      const day = timeline(page).locator('[data-cluster^="cluster:day:"]').first();
      if ((await day.count()) > 0) {
        await day.click();
        break;
      }
      await timeline(page).locator('[data-cluster]').first().click();
    }
    await expect(timeline(page).locator('.tl-marks [data-event]').first()).toBeVisible();
    expect((await drawnEvents(page)).events).toBe(TOTAL);

    // A selection from the link: the event is on its own, selected, out of every count.
    await page.goto(`./#/b/local:${many.id}?views=timeline&sel=event:e-many-3`);
    await expect(
      timeline(page).locator('[data-event="e-many-3"][data-selected="true"]'),
    ).toBeVisible();
    expect((await drawnEvents(page)).events).toBe(TOTAL);
  });
});
