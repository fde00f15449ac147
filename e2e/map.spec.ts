import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  openSeed,
  expectNoAxeViolations,
  hashParam,
  hashParams,
  pauseClock,
  runClockUntilChange,
} from './fixtures';

const map = (page: Page) => page.getByRole('region', { name: 'Map' });
const article = (page: Page) => page.getByRole('region', { name: 'Article' });

// Wide enough for three columns: the inspector sits beside the map instead of over it.
test.use({ viewport: { width: 1600, height: 1000 } });

test.describe('map of the travel', () => {
  test('draws the places and every journey leg, named for a screen reader', async ({ page }) => {
    await openSeed(page, 'views=map');
    await expect(map(page).locator('[data-leg]')).toHaveCount(7);
    await expect(map(page).locator('[data-leg="j-choe-2"]')).toHaveAttribute(
      'aria-label',
      'Leg 2 of 2: Beijing to Moscow, on the afternoon of Oct. 6, Choe Son-hui',
    );
    for (const id of [
      'pyongyang',
      'beijing',
      'moscow',
      'sheremetyevo-airport',
      'north-korea',
      'japan',
    ])
      await expect(map(page).locator(`[data-entity="${id}"]`)).toHaveCount(1);
    await expect(map(page).getByRole('button', { name: /^Beijing, place/ })).toBeVisible();
    // The legend names travellers, line styles and the two groupings in words. It is folded into
    // the Key overlay, open by default only where the map has room to keep clear of it.
    const keyToggle = map(page).getByRole('button', { name: 'Key', exact: true });
    if ((await keyToggle.getAttribute('aria-expanded')) !== 'true') await keyToggle.click();
    await expect(keyToggle).toHaveAttribute('aria-expanded', 'true');
    const legend = map(page).getByRole('group', { name: 'Map legend' });
    await expect(legend).toContainText('Choe Son-hui');
    await expect(legend).toContainText('Planned or expected');
    await expect(legend).toContainText('North Korea, China, Russia');
    await expect(legend).toContainText('Off the map: United States');
    await expectNoAxeViolations(page);
  });

  test('clicking a leg selects it and the article marks its evidence', async ({ page }) => {
    await openSeed(page, 'views=map');
    const leg = map(page).locator('[data-leg="j-choe-2"]');
    await leg.locator('.map-leg-mid').click();
    await expect(leg).toHaveAttribute('data-selected', 'true');
    expect(hashParams(page).get('sel')).toBe('leg:j-choe-2');
    const evidence = article(page).locator('[data-evidence="true"]');
    await expect(evidence.first()).toBeVisible();
    await expect(article(page)).toContainText('Sheremetyevo');
    const marked = (await evidence.allTextContents()).join(' ');
    expect(marked).toContain('on the afternoon of Oct. 6');
    // Its places stay clear; an unrelated leg dims.
    await expect(map(page).locator('[data-leg="j-putin-1"]')).toHaveClass(/is-dimmed/);
    await expect(map(page).locator('[data-entity="moscow"]').locator('xpath=..')).not.toHaveClass(
      /is-dimmed/,
    );
    await expectNoAxeViolations(page);
  });

  test('keyboard: Enter selects a focused leg or place; + and arrows zoom and pan', async ({
    page,
  }) => {
    await openSeed(page, 'views=map');
    const leg = map(page).locator('[data-leg="j-choe-1"]');
    await leg.focus();
    await page.keyboard.press('Enter');
    expect(hashParams(page).get('sel')).toBe('leg:j-choe-1');
    await map(page).locator('[data-entity="moscow"]').focus();
    await page.keyboard.press(' ');
    await expect.poll(() => hashParams(page).get('sel')).toBe('entity:moscow');

    const svg = map(page).getByRole('group', { name: /^Map of places and journeys/ });
    const base = map(page).locator('.map-base');
    const before = await base.getAttribute('transform');
    // The scale bar follows the zoom (its length or its round number changes).
    const scale = map(page).locator('.map-scale path');
    const bar = await scale.getAttribute('d');
    await svg.focus();
    await page.keyboard.press('+');
    await expect(base).not.toHaveAttribute('transform', before ?? '');
    await expect(scale).not.toHaveAttribute('d', bar ?? '');
    const zoomed = await base.getAttribute('transform');
    await page.keyboard.press('ArrowLeft');
    await expect(base).not.toHaveAttribute('transform', zoomed ?? '');
    await map(page).getByRole('button', { name: 'Reset view' }).click();
    await expect(base).toHaveAttribute('transform', before ?? '');
    await map(page).getByRole('button', { name: 'Zoom in' }).click();
    await expect(base).not.toHaveAttribute('transform', before ?? '');
    const inAgain = await base.getAttribute('transform');
    await map(page).getByRole('button', { name: 'Zoom out' }).click();
    await expect(base).not.toHaveAttribute('transform', inAgain ?? '');
  });

  test('an entity selected in the text highlights its place on the map', async ({ page }) => {
    await openSeed(page, 'views=map');
    await article(page).locator('[data-entity=beijing]').first().click();
    expect(hashParams(page).get('sel')).toBe('entity:beijing');
    const place = map(page).locator('[data-entity="beijing"]');
    await expect(place).toHaveAttribute('data-selected', 'true');
    // Beijing's legs stay clear, the others dim to the background.
    await expect(map(page).locator('[data-leg="j-choe-1"]')).not.toHaveClass(/is-dimmed/);
    await expect(map(page).locator('[data-leg="j-choe-2"]')).not.toHaveClass(/is-dimmed/);
    await expect(map(page).locator('[data-leg="j-biegun-2"]')).toHaveClass(/is-dimmed/);
    // Clicking the place on the map selects it too, and the text follows.
    await map(page).locator('[data-entity="moscow"] text').click();
    expect(hashParams(page).get('sel')).toBe('entity:moscow');
    await expect(map(page).locator('[data-entity="moscow"]')).toHaveAttribute(
      'data-selected',
      'true',
    );
    // Beijing stays marked as concerned (Moscow's leg starts there) but is no longer the subject.
    await expect(place).toHaveAttribute('data-selected', 'true');
    await expect(place).not.toHaveAttribute('data-subject', 'true');
    await expect(map(page).locator('[data-entity="moscow"]')).toHaveAttribute(
      'data-subject',
      'true',
    );
    await expect(map(page).locator('[data-entity="pyongyang"]')).not.toHaveAttribute(
      'data-selected',
      'true',
    );
  });

  test('hovering a passage lights the legs drawn from it', async ({ page }) => {
    await openSeed(page, 'views=map');
    const sentence = article(page).locator('.passage', { hasText: 'upon her arrival at' }).first();
    await sentence.hover();
    await expect(map(page).locator('[data-leg="j-choe-2"]')).toHaveClass(/is-lit/);
    await expect(map(page).locator('[data-leg="j-putin-1"]')).not.toHaveClass(/is-lit/);
  });

  // Playback runs on the page's clock, paused and stepped by the test (page.clock): one leg
  // every 1400 ms of page time, however busy the machine is.
  test('Play journey steps through Choe Son-hui’s legs in order', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    await openSeed(page, 'views=map');
    await expect(map(page).locator('[data-leg]')).toHaveCount(7);
    await pauseClock(page);
    const before = page.url();
    const toolbar = map(page);
    await expect(toolbar.getByLabel('Traveller')).toHaveValue('choe-son-hui');
    await toolbar.getByRole('button', { name: 'Play journey' }).click();
    await expect(toolbar.getByRole('status')).toContainText('Leg 1 of 2: Pyongyang to Beijing');
    expect(await hashParam(page, 'sel')).toBe('leg:j-choe-1');
    await expect(map(page).locator('[data-leg="j-choe-1"]')).toHaveAttribute(
      'data-selected',
      'true',
    );
    // Legs not reached yet are not drawn, and the first leg holds for its whole 1400 ms.
    await expect(map(page).locator('[data-leg="j-choe-2"]')).toHaveCount(0);
    await page.clock.runFor(1300);
    expect(await hashParam(page, 'sel')).toBe('leg:j-choe-1');
    await expect(map(page).locator('[data-leg="j-choe-2"]')).toHaveCount(0);

    expect(await runClockUntilChange(page, 'sel', 'leg:j-choe-1')).toBe('leg:j-choe-2');
    await expect(toolbar.getByRole('status')).toContainText('Leg 2 of 2: Beijing to Moscow');
    await expect(map(page).locator('[data-leg="j-choe-2"]')).toHaveAttribute(
      'data-selected',
      'true',
    );
    await expect(article(page).locator('[data-evidence="true"]').first()).toBeVisible();
    // After the last leg's time the tour ends on it: Play is offered again, nothing else selected.
    await page.clock.runFor(1400);
    await expect(toolbar.getByRole('button', { name: 'Play journey' })).toBeVisible();
    await page.clock.runFor(5000);
    expect(await hashParam(page, 'sel')).toBe('leg:j-choe-2');
    // One Back leaves the tour: the first step pushed history, the second replaced it.
    await page.goBack();
    await expect.poll(() => page.url()).toBe(before);
  });

  test('Play journey for another traveller, and stopping it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    await openSeed(page, 'views=map');
    await expect(map(page).locator('[data-leg]')).toHaveCount(7);
    await pauseClock(page);
    await map(page).getByLabel('Traveller').selectOption({ label: 'Steve Biegun' });
    await map(page).getByRole('button', { name: 'Play journey' }).click();
    await expect.poll(() => hashParam(page, 'sel')).toBe('leg:j-biegun-1');
    await map(page).getByRole('button', { name: 'Stop' }).click();
    await expect(map(page).getByRole('button', { name: 'Play journey' })).toBeVisible();
    // Well past the step time: a stopped tour does not move on.
    await page.clock.runFor(5000);
    expect(await hashParam(page, 'sel')).toBe('leg:j-biegun-1');
  });

  test('a reload restores the selection and the views', async ({ page }) => {
    await openSeed(page, 'views=network,map&sel=leg:j-choe-2');
    const leg = map(page).locator('[data-leg="j-choe-2"]');
    await expect(leg).toHaveAttribute('data-selected', 'true');
    await page.reload();
    await expect(map(page).locator('[data-leg="j-choe-2"]')).toHaveAttribute(
      'data-selected',
      'true',
    );
    await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
    await expect(article(page).locator('[data-evidence="true"]').first()).toBeVisible();
  });

  test('the itinerary table lists every leg and selects like the map', async ({ page }) => {
    await openSeed(page, 'views=map');
    const toggle = map(page).getByRole('button', { name: 'Show itinerary table' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = map(page).getByRole('table', { name: /Itinerary/ });
    await expect(table.locator('tbody tr')).toHaveCount(7);
    const first = table.locator('tbody tr').first();
    await expect(first).toContainText('Choe Son-hui');
    await expect(first).toContainText('Pyongyang → Beijing');
    await expect(first).toContainText('On Oct. 5');
    await expect(first).toContainText('Inferred');
    await expect(table.locator('tbody tr').nth(6)).toContainText('Planned (inferred)');
    await table.getByRole('button', { name: /^Leg 2 of 2: Beijing to Moscow/ }).click();
    expect(hashParams(page).get('sel')).toBe('leg:j-choe-2');
    await expect(map(page).locator('svg [data-leg="j-choe-2"]')).toHaveAttribute(
      'data-selected',
      'true',
    );
    // The table's row says so too, for the leg and nothing else.
    await expect(table.locator('[data-leg="j-choe-2"]')).toHaveAttribute('data-selected', 'true');
    await expect(table.locator('[data-selected="true"]')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('exports SVG, PNG and GeoJSON that parse', async ({ page }) => {
    await openSeed(page, 'views=map');
    const exportAs = async (name: RegExp) => {
      const download = page.waitForEvent('download');
      // The exports are in the toolbar's Download menu.
      await map(page).getByText('Download', { exact: true }).click();
      await map(page).getByRole('button', { name }).click();
      const file = await download;
      const path = await file.path();
      return { name: file.suggestedFilename(), bytes: await readFile(path) };
    };

    const svg = await exportAs(/map as SVG/);
    expect(svg.name).toBe('six-party-talks-2018-10-08-map.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        legs: doc.querySelectorAll('[data-leg]').length,
        text: doc.documentElement.textContent ?? '',
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.legs).toBe(7);
    expect(parsed.text).toContain(
      'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018. Geography: Natural Earth.',
    );
    expect(parsed.text).toContain('North Korea, China, Russia');

    const png = await exportAs(/map as PNG/);
    expect(png.name).toBe('six-party-talks-2018-10-08-map.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 2× the picture: the width is stored big-endian at byte 16 of the IHDR chunk.
    const width = png.bytes.readUInt32BE(16);
    const box = await map(page).locator('.map-svg').boundingBox();
    expect(width).toBe(Math.round((box?.width ?? 0) * 2));

    const geo = await exportAs(/GeoJSON/);
    const json = JSON.parse(geo.bytes.toString('utf8')) as {
      type: string;
      features: {
        id: string;
        geometry: { type: string };
        properties: { evidence: { text: string }[] };
      }[];
    };
    expect(json.type).toBe('FeatureCollection');
    const lines = json.features.filter((f) => f.geometry.type === 'LineString');
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(json.features.filter((f) => f.geometry.type === 'Point')).toHaveLength(11);
    const choe2 = json.features.find((f) => f.id === 'j-choe-2');
    expect(choe2?.properties.evidence.map((e) => e.text).join(' ')).toContain('Sheremetyevo');
  });

  test('the map view alone in dark mode passes axe with a selection', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openSeed(page, 'views=map&sel=entity:choe-son-hui');
    await expect(map(page).locator('[data-leg="j-choe-1"]')).not.toHaveClass(/is-dimmed/);
    await expect(map(page).locator('[data-leg="j-putin-1"]')).toHaveClass(/is-dimmed/);
    await expectNoAxeViolations(page);
  });
});
