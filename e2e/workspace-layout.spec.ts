import { test, expect, openSeed, expectNoAxeViolations, hashParams } from './fixtures';
import type { Page } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };

async function regionBox(page: Page, name: string): Promise<Box> {
  const box = await page.getByRole('region', { name, exact: true }).boundingBox();
  expect(box, `${name} is drawn`).not.toBeNull();
  return box!;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1 &&
  b.x < a.x + a.width - 1 &&
  a.y < b.y + b.height - 1 &&
  b.y < a.y + a.height - 1;

test.describe('the workspace', () => {
  test('shows network, map and timeline together beside the article on a wide screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openSeed(page, 'views=network,map,timeline');
    const article = await regionBox(page, 'Article');
    const network = await regionBox(page, 'Network');
    const map = await regionBox(page, 'Map');
    const timeline = await regionBox(page, 'Timeline');
    // Network and map side by side, the timeline a strip under both.
    expect(Math.abs(network.y - map.y)).toBeLessThan(2);
    expect(map.x).toBeGreaterThanOrEqual(network.x + network.width - 1);
    expect(timeline.y).toBeGreaterThanOrEqual(network.y + network.height - 1);
    expect(timeline.width).toBeGreaterThan(network.width + map.width - 4);
    for (const [a, b] of [
      [article, network],
      [article, map],
      [network, map],
      [network, timeline],
      [map, timeline],
    ] as const)
      expect(overlaps(a, b)).toBe(false);
    // Each at least its readable minimum (arrange-views.ts).
    expect(network.width).toBeGreaterThanOrEqual(320);
    expect(network.height).toBeGreaterThanOrEqual(280);
    expect(timeline.height).toBeGreaterThanOrEqual(220);
    await expect(page.getByRole('tablist', { name: 'Views' })).toHaveCount(0);
  });

  test('says when there is no room for every view and shows them one at a time', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openSeed(page, 'views=network,map,timeline');
    const tabs = page.getByRole('tablist', { name: 'Views' });
    await expect(tabs).toBeVisible();
    await expect(page.getByRole('note')).toContainText('No room for 3 views together');
    await expect(tabs.getByRole('tab')).toHaveText(['Network', 'Map', 'Timeline']);
    await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Map' })).toHaveCount(0);
    await tabs.getByRole('tab', { name: 'Map' }).click();
    await expect(page.getByRole('region', { name: 'Map' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Network' })).toHaveCount(0);
    expect(hashParams(page).get('views')).toBe('network,map,timeline');
    expect(hashParams(page).get('pane')).toBe('map');
    // Arrow keys move between the tabs.
    await tabs.getByRole('tab', { name: 'Map' }).press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: 'Timeline' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the view chooser keeps all three views instead of dropping one', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openSeed(page, 'views=network');
    const chooser = page.getByRole('group', { name: 'Views beside the article' });
    await chooser.getByRole('button', { name: 'Map' }).click();
    await chooser.getByRole('button', { name: 'Timeline' }).click();
    for (const name of ['Network', 'Map', 'Timeline'])
      await expect(chooser.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
    expect(hashParams(page).get('views')).toBe('network,map,timeline');
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  });

  test('skip links reach every region, and F6 cycles through them', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openSeed(page, 'views=network,map');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the article' })).toBeFocused();
    const names = await page
      .getByRole('navigation', { name: 'Skip links' })
      .getByRole('link')
      .allTextContents();
    expect(names).toEqual([
      'Skip to the article',
      'Skip to the network',
      'Skip to the map',
      'Skip to the inspector',
    ]);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the network' })).toBeFocused();
    await page.keyboard.press('Enter');
    const inRegion = (name: string) =>
      page.evaluate(
        (label) =>
          document.querySelector(`[aria-label="${label}"]`)?.contains(document.activeElement) ??
          false,
        name,
      );
    await expect.poll(() => inRegion('Network')).toBe(true);

    // F6 from the network goes to the map, then the inspector, then wraps to the header.
    await page.keyboard.press('F6');
    await expect.poll(() => inRegion('Map')).toBe(true);
    await page.keyboard.press('F6');
    await expect.poll(() => inRegion('Inspector')).toBe(true);
    await page.keyboard.press('F6');
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('.app-header')))
      .toBe(true);
    await page.keyboard.press('F6');
    await expect.poll(() => inRegion('Article')).toBe(true);
    await page.keyboard.press('Shift+F6');
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('.app-header')))
      .toBe(true);
  });

  test('on a phone the header and tabs take at most 15 % of the screen; the menu folds away', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openSeed(page, 'views=network,map');
    const tabs = page.getByRole('navigation', { name: 'Panes' });
    const bottom = await tabs.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(bottom / 844).toBeLessThanOrEqual(0.15);
    // Find stays in sight; the rest is behind Menu.
    await expect(page.getByRole('button', { name: /^Find/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stories' })).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Stories' })).toBeVisible();
    // A tap elsewhere closes it.
    await page.getByRole('region', { name: 'Article' }).click({ position: { x: 200, y: 400 } });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Stories' })).toBeHidden();
    // Escape closes it too.
    await menu.click();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expectNoAxeViolations(page);
  });
});
