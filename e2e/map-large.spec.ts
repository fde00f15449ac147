import { test, expect, openSeed, openBundleFile, expectNoAxeViolations } from './fixtures';
import { tinyBundle } from '../src/bundle/fixtures/tiny-bundle';
import { withManyPlaces } from '../src/bundle/fixtures/many-places-bundle';
import { createLcg } from '../src/model/lcg';

/**
 * A story with 3,000 places and 1,500 legs opens its map without freezing: places that would
 * pile up are counts (a button named with its number and first places), opening one zooms in
 * and shows its places, the count holding the selected place is marked, and the seed's map has
 * no counts at all.
 */
const many = withManyPlaces(tinyBundle(), 3000);
type Page = import('@playwright/test').Page;

/**
 * 2,400 of a story's places at one spot (a port's berths, a few metres apart: seeded jitter of
 * about a metre round Nampo), so at the deepest zoom they are one count of thousands.
 */
const ONE_SPOT = 2400;
const oneSpot = (() => {
  const b = withManyPlaces(tinyBundle(), ONE_SPOT, 3);
  const random = createLcg(2400);
  return {
    ...b,
    id: `${b.id}-one-spot`,
    entities: b.entities.map((e) =>
      e.id.startsWith('pl-many-')
        ? {
            ...e,
            location: {
              lat: 38.73 + Math.round((random() - 0.5) * 20) / 1e6,
              lon: 125.4 + Math.round((random() - 0.5) * 20) / 1e6,
            },
          }
        : e,
    ),
  };
})();
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
    // The base map follows the marks, whole: land, borders and water in one go.
    await expect(map(page).locator('svg[data-base-map]')).toHaveAttribute('data-base-map', 'drawn');
    for (const layer of ['.map-water', '.map-land', '.map-borders'])
      expect(((await map(page).locator(layer).getAttribute('d')) ?? '').length).toBeGreaterThan(
        100,
      );
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
    // Zoomed in: the count is gone (or a smaller one keeps the name of its first place), its
    // places come apart into smaller counts or places.
    await expect
      .poll(async () => Number((await mark.count()) ? await mark.getAttribute('data-count') : 0))
      .toBeLessThan(biggest?.count ?? 0);
    await expect
      .poll(async () => {
        const after = await drawn(page);
        return after.alone + after.counts.filter((c) => c.count < (biggest?.count ?? 0)).length;
      })
      .toBeGreaterThan(1);
    const after = await drawn(page);
    expect(Math.max(0, ...after.counts.map((c) => c.count))).toBeLessThan(biggest?.count ?? 0);
  });

  test('opening the biggest count again and again reaches the deepest zoom, where a count lists its places', async ({
    page,
  }) => {
    // Twenty-odd selections on a story of 3,000 places: a budget for the whole test on a busy
    // machine, not a race.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await openMany(page);
    const signature = (d: Awaited<ReturnType<typeof drawn>>) =>
      `${d.alone}|${d.counts.map((c) => `${c.id}:${c.count}`).join(',')}`;
    let now = await drawn(page);
    let last: { id: string; count: number; name: string } | undefined;
    for (let step = 0; step < 8; step++) {
      // Never the thousands of places one by one, at any zoom.
      expect(now.counts.length + now.alone).toBeLessThan(400);
      last = [...now.counts].sort((a, b) => b.count - a.count)[0];
      expect(last).toBeDefined();
      const mark = map(page).locator(`[data-cluster="${last?.id ?? ''}"]`);
      if ((await mark.getAttribute('data-splits')) === 'false') break;
      await expect(mark).toHaveAccessibleName(/; zoom in$/);
      const before = signature(now);
      await mark.click();
      await expect.poll(async () => signature(await drawn(page))).not.toBe(before);
      now = await drawn(page);
    }
    // The deepest zoom: the biggest count cannot split and says so.
    const mark = map(page).locator(`[data-cluster="${last?.id ?? ''}"]`);
    await expect(mark).toHaveAttribute('data-splits', 'false');
    await expect(mark).toHaveAccessibleName(/; list them$/);
    await mark.click();
    const list = map(page).getByRole('dialog', { name: `${last?.count ?? 0} places at this spot` });
    await expect(list).toBeVisible();
    await expect(mark).toHaveAttribute('aria-expanded', 'true');
    const places = list.locator('button[data-entity]');
    // Past 200 places the list is virtual: each drawn row says its place in the whole list.
    expect(last?.count ?? 0).toBeGreaterThan(200);
    await expect(list.locator('li[aria-posinset="1"]')).toHaveAttribute(
      'aria-setsize',
      String(last?.count ?? 0),
    );
    expect(await places.count()).toBeLessThan(100);
    // The list takes the focus; the keyboard walks it and Enter selects.
    const row = (n: number) => list.locator(`li[aria-posinset="${n}"] button`);
    await expect(row(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(row(2)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(row(2)).toHaveAttribute('data-selected', 'true');
    await expect(row(2)).toHaveAttribute('aria-current', 'true');
    await expectNoAxeViolations(page);
    await expect(list.locator('[aria-current="true"]')).toHaveCount(1);
    await expect(mark).toHaveAttribute('data-selected', 'true');
    // Escape folds the list away and gives the focus back to the count.
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(mark).toBeFocused();
  });

  test('a count opens by keyboard and focus lands among its places', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openMany(page);
    const first = map(page).locator('[data-cluster]').first();
    const id = (await first.getAttribute('data-cluster')) ?? '';
    const count = Number(await first.getAttribute('data-count'));
    await first.focus();
    await page.keyboard.press('Enter');
    const mark = map(page).locator(`[data-cluster="${id}"]`);
    await expect
      .poll(async () => Number((await mark.count()) ? await mark.getAttribute('data-count') : 0))
      .toBeLessThan(count);
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

  test('thousands of places at one spot: their count lists them in a virtual list, every one reachable and selectable', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openSeed(page);
    await openBundleFile(page, 'one-spot.json', oneSpot);
    await expect(page.getByRole('banner')).toContainText('Ann met Bob');
    await page.goto(`./#/b/local:${oneSpot.id}?views=map`);
    const counts = map(page).locator('[data-cluster]');
    await expect(counts.first()).toBeVisible();
    // The count of the spot's places, opened until it cannot split (a click or two).
    const spot = () =>
      map(page)
        .locator('[data-cluster]')
        .evaluateAll(
          (els) =>
            els
              .map((e) => ({
                id: e.getAttribute('data-cluster') ?? '',
                count: Number(e.getAttribute('data-count')),
                splits: e.getAttribute('data-splits') !== 'false',
              }))
              .sort((a, b) => b.count - a.count)[0],
        );
    let big = await spot();
    for (let i = 0; i < 6 && big?.splits; i++) {
      const was = big;
      await map(page).locator(`[data-cluster="${was.id}"]`).click();
      await expect.poll(async () => JSON.stringify(await spot())).not.toBe(JSON.stringify(was));
      big = await spot();
    }
    expect(big).toMatchObject({ count: ONE_SPOT, splits: false });
    const mark = map(page).locator(`[data-cluster="${big?.id ?? ''}"]`);
    await mark.click();
    const list = map(page).getByRole('dialog', { name: '2,400 places at this spot' });
    await expect(list).toBeVisible();
    const row = (n: number) => list.locator(`li[aria-posinset="${n}"] button`);
    await expect(row(1)).toBeFocused();
    // A window of rows, not thousands of buttons.
    const drawnRows = await list.locator('button[data-entity]').count();
    expect(drawnRows).toBeGreaterThan(5);
    expect(drawnRows).toBeLessThan(100);
    await expect(list.locator('li').first()).toHaveAttribute('aria-setsize', String(ONE_SPOT));

    // Every place is in the list once, in name order: scrolled through from top to bottom,
    // the rows drawn name them all.
    const seen = await list.evaluate(async (panel) => {
      const ids: string[] = [];
      const at = new Map<number, string>();
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (let top = 0; ; top += panel.clientHeight / 2) {
        panel.scrollTop = top;
        await frame();
        for (const li of panel.querySelectorAll('li[aria-posinset]'))
          at.set(Number(li.getAttribute('aria-posinset')), li.textContent ?? '');
        for (const b of panel.querySelectorAll('button[data-entity]'))
          ids.push(b.getAttribute('data-entity') ?? '');
        if (panel.scrollTop + panel.clientHeight >= panel.scrollHeight - 1) break;
      }
      return {
        ids: [...new Set(ids)],
        names: [...at].sort((a, b) => a[0] - b[0]).map((e) => e[1]),
      };
    });
    const expected = oneSpot.entities.filter((e) => e.id.startsWith('pl-many-'));
    expect(seen.ids.sort()).toEqual(expected.map((e) => e.id).sort());
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    expect(seen.names).toEqual(expected.map((e) => e.name).sort(collator.compare));

    // The keyboard reaches both ends and pages through, drawing the rows it lands on.
    await row(1).focus();
    await page.keyboard.press('End');
    await expect(row(ONE_SPOT)).toBeFocused();
    await expect(row(ONE_SPOT)).toHaveText(seen.names[ONE_SPOT - 1] ?? '');
    await page.keyboard.press('Home');
    await expect(row(1)).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(row(11)).toBeFocused();
    // Far down the list, a place is chosen by keyboard: it is marked, and so is its count.
    for (let i = 0; i < 3; i++) await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await expect(row(ONE_SPOT - 1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(row(ONE_SPOT - 1)).toHaveAttribute('aria-current', 'true');
    await expect(row(ONE_SPOT - 1)).toHaveAttribute('data-selected', 'true');
    await expect(mark).toHaveAttribute('data-selected', 'true');
    await expect(page).toHaveURL(/sel=entity(:|%3A)pl-many-/);
    // Only one row is a Tab stop.
    await expect(list.locator('button[data-entity][tabindex="0"]')).toHaveCount(1);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(mark).toBeFocused();
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

test.describe('the itinerary of a story of thousands of legs', () => {
  test('draws a window of rows, moves by keyboard and keeps the selection marked', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const legs = many.journeys.flatMap((j) => j.legs);
    const leg = many.journeys[5]?.legs[100];
    expect(leg).toBeDefined();
    await openMany(page, `sel=leg:${leg?.id ?? ''}`);
    await map(page).getByRole('button', { name: 'Show itinerary table' }).click();
    const table = map(page).getByRole('table', { name: /Itinerary/ });
    await expect(table).toHaveAttribute('aria-rowcount', String(legs.length + 1));
    // The selected leg's row is drawn and marked, though a thousand-odd rows are not.
    const selected = table.locator(`[data-leg="${leg?.id ?? ''}"]`);
    await expect(selected).toHaveAttribute('data-selected', 'true');
    await expect(selected).toHaveAttribute('aria-current', 'true');
    const rows = await table.locator('tbody tr[aria-rowindex]').count();
    expect(rows).toBeGreaterThan(3);
    expect(rows).toBeLessThan(200);
    // Home, then End: the keyboard reaches both ends, drawing the rows it lands on.
    await selected.focus();
    await page.keyboard.press('Home');
    await expect(table.locator('tbody tr[aria-rowindex="2"] button')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(table.locator('tbody tr[aria-rowindex="3"] button')).toBeFocused();
    await page.keyboard.press('End');
    const last = table.locator(`tbody tr[aria-rowindex="${legs.length + 1}"] button`);
    await expect(last).toBeFocused();
    // Enter on a row selects its leg, as a click on the map does.
    await page.keyboard.press('Enter');
    const id = (await last.getAttribute('data-leg')) ?? '';
    await expect(page).toHaveURL(new RegExp(`sel=leg(:|%3A)${id}(&|$)`));
    await expect(last).toHaveAttribute('data-selected', 'true');
    await expectNoAxeViolations(page);
  });
});
