import { test, expect, openSeed, openBundleFile, expectNoAxeViolations } from './fixtures';
import { tinyBundle } from '../src/bundle/fixtures/tiny-bundle';
import { withManyPlaces } from '../src/bundle/fixtures/many-places-bundle';

/**
 * A story with 3,000 places and 1,500 legs opens its map without freezing: places that would
 * pile up are counts (a button named with its number and first places), opening one zooms in
 * and shows its places, the count holding the selected place is marked, and the seed's map has
 * no counts at all.
 */
const many = withManyPlaces(tinyBundle(), 3000);
type Page = import('@playwright/test').Page;
const map = (page: Page) => page.getByRole('region', { name: 'Map' });

async function openMany(page: Page, query = '') {
  await openSeed(page);
  await openBundleFile(page, 'many-places.json', many);
  await expect(page.getByRole('banner')).toContainText('Ann met Bob');
  await page.goto(`./#/b/local:${many.id}?views=map${query ? `&${query}` : ''}`);
  await expect(map(page).locator('[data-cluster]').first()).toBeVisible();
}

/** Places drawn: counted (data-count of each count) and alone (a place's button). */
async function drawn(page: Page) {
  return map(page).evaluate((el) => {
    const counts = [...el.querySelectorAll('[data-cluster]')].map((c) => ({
      id: c.getAttribute('data-cluster') ?? '',
      count: Number(c.getAttribute('data-count')),
      name: c.getAttribute('aria-label') ?? '',
    }));
    return {
      counts,
      counted: counts.reduce((a, c) => a + c.count, 0),
      alone: el.querySelectorAll('.map-places [data-entity]').length,
    };
  });
}

test.describe('the map on a story of thousands of places', () => {
  test('counts places that pile up, and opening a count zooms in to its places', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openMany(page);
    const before = await drawn(page);
    expect(before.counted).toBeGreaterThan(2500);
    expect(before.counts.length + before.alone).toBeLessThan(400);
    for (const c of before.counts) expect(c.name).toMatch(new RegExp(`^${c.count} places: `));
    // Legs with an end in a count are drawn as bundles, not one by one.
    expect(await map(page).locator('[data-leg-bundle]').count()).toBeGreaterThan(0);
    expect(await map(page).locator('.map-legs [data-leg]').count()).toBeLessThan(200);

    const biggest = [...before.counts].sort((a, b) => b.count - a.count)[0];
    expect(biggest).toBeDefined();
    const mark = map(page).locator(`[data-cluster="${biggest?.id ?? ''}"]`);
    await expect(mark).toHaveAttribute('role', 'button');
    await mark.click();
    // Zoomed in: the count is gone, its places come apart into smaller counts or places.
    await expect(mark).toHaveCount(0);
    await expect
      .poll(async () => {
        const after = await drawn(page);
        return after.alone + after.counts.filter((c) => c.count < (biggest?.count ?? 0)).length;
      })
      .toBeGreaterThan(1);
    const after = await drawn(page);
    expect(Math.max(0, ...after.counts.map((c) => c.count))).toBeLessThan(biggest?.count ?? 0);
  });

  test('a count opens by keyboard and focus lands among its places', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openMany(page);
    const first = map(page).locator('[data-cluster]').first();
    const id = (await first.getAttribute('data-cluster')) ?? '';
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(map(page).locator(`[data-cluster="${id}"]`)).toHaveCount(0);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.closest('[data-entity], [data-cluster]') !== null,
        ),
      )
      .toBe(true);
    await expectNoAxeViolations(page);
  });

  test('the count holding the selected place is marked', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openMany(page);
    const { counts } = await drawn(page);
    const holder = [...counts].sort((a, b) => b.count - a.count)[0];
    // Its name lists its first places: select the first of them by its id.
    const firstName = /^\d+ places: ([^,;]+)/.exec(holder?.name ?? '')?.[1] ?? '';
    const place = many.entities.find((e) => e.name === firstName);
    expect(place).toBeDefined();
    await page.goto(`./#/b/local:${many.id}?views=map&sel=entity:${place?.id ?? ''}`);
    const marked = map(page).locator('[data-cluster][data-selected="true"]');
    await expect(marked.first()).toBeVisible();
    const names = await marked.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    // The place's own count is among them (its events' places may be in others).
    expect(names.some((n) => (n ?? '').includes(firstName))).toBe(true);
    // Counts the selection has nothing to do with recede.
    expect(await map(page).locator('[data-cluster].is-dimmed').count()).toBeGreaterThan(0);
  });

  test('the seed map has no counts', async ({ page }) => {
    await openSeed(page);
    await page.goto('./#/b/six-party-talks-2018-10-08?views=map');
    await expect(map(page).locator('[data-entity="pyongyang"]').first()).toBeVisible();
    await expect(map(page).locator('[data-cluster]')).toHaveCount(0);
    await expect(map(page).locator('[data-leg-bundle]')).toHaveCount(0);
  });
});

test.describe('the events table of a story of thousands of events', () => {
  test('draws a window of rows, moves by keyboard and keeps the selection marked', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openSeed(page);
    await openBundleFile(page, 'many-places.json', many);
    await expect(page.getByRole('banner')).toContainText('Ann met Bob');
    const last = many.events[many.events.length - 1];
    await page.goto(`./#/b/local:${many.id}?views=timeline&sel=event:${last?.id ?? ''}`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('button', { name: 'Show as table' }).click();
    const table = timeline.getByRole('table');
    await expect(table).toHaveAttribute('aria-rowcount', String(many.events.length + 1));
    // The selected event's row is drawn and marked, though thousands of rows are not.
    const selected = table.locator(`[data-event="${last?.id ?? ''}"]`);
    await expect(selected).toHaveAttribute('data-selected', 'true');
    const rows = await table.locator('tbody tr[aria-rowindex]').count();
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThan(200);
    // Home, then End: the keyboard reaches both ends, drawing the rows it lands on.
    await selected.focus();
    await page.keyboard.press('Home');
    await expect(table.locator('tbody tr[aria-rowindex="2"] button')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(table.locator('tbody tr[aria-rowindex="3"] button')).toBeFocused();
    await page.keyboard.press('End');
    await expect(
      table.locator(`tbody tr[aria-rowindex="${many.events.length + 1}"] button`),
    ).toBeFocused();
    await expectNoAxeViolations(page);
  });
});
