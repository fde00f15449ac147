import { test, expect, openSeed, openBundleFile, expectNoAxeViolations } from './fixtures';
import { tinyBundle } from '../src/bundle/fixtures/tiny-bundle';

/**
 * The app is general: a bundle other than the seed, with other people, places and dates, opens in
 * every view without errors, and its selection links the views as the seed's does.
 */
test('another bundle works in every view', async ({ page }) => {
  await openSeed(page);
  await openBundleFile(page, 'tiny.json', tinyBundle());
  await expect(page.getByRole('banner')).toContainText('Ann met Bob');
  for (const views of ['network,map', 'timeline']) {
    await page.goto(`./#/b/local:tiny?views=${views}&sel=entity:ann`);
    for (const name of views.split(',')) {
      const region = page.getByRole('region', { name: name[0]!.toUpperCase() + name.slice(1) });
      await expect(region).toBeVisible();
      await expect(region.getByRole('alert')).toHaveCount(0);
    }
    await expect(
      page
        .getByRole('region', { name: 'Article' })
        .locator('[data-entity="ann"][data-selected="true"]'),
    ).toHaveCount(2);
  }
  await page.goto('./#/b/local:tiny?views=network,map&sel=entity:ann');
  await expect(
    page
      .getByRole('region', { name: 'Network' })
      .locator('[data-entity="ann"][data-selected="true"]'),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Map' }).locator('[data-entity="paris"]').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
