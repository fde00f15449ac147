import { test, expect, openSeed, hashParams } from './fixtures';

/**
 * The network's, map's and timeline's Download menus are one component: each opens from its
 * toolbar, closes on Escape with focus back on "Download" (without the view's own Escape
 * clearing the selection), and closes on a press outside it.
 */
test('each view’s Download menu closes on Escape and on a press outside', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openSeed(page, 'views=network,map,timeline&sel=entity:choe-son-hui');
  for (const [region, group] of [
    ['Network', 'Download'],
    ['Map', 'Export'],
    ['Timeline', 'Download'],
  ] as const) {
    // At 1440 px the three views share the pane as tabs.
    await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: region }).click();
    const view = page.getByRole('region', { name: region, exact: true });
    const summary = view.getByText('Download', { exact: true });
    const list = view.getByRole('group', { name: group, exact: true });
    await expect(list).toBeHidden();

    await summary.click();
    await expect(list).toBeVisible();
    await list.getByRole('button').first().focus();
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(summary).toBeFocused();
    expect(hashParams(page).get('sel'), `${region}: Escape closed only the menu`).toBe(
      'entity:choe-son-hui',
    );

    await page.keyboard.press('Enter');
    await expect(list).toBeVisible();
    await page.getByRole('banner').click({ position: { x: 5, y: 5 } });
    await expect(list).toBeHidden();
  }
});
