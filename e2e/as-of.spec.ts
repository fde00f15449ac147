import { test, expect, openSeed, expectNoAxeViolations } from './fixtures';

/** The "as of" day in the URL drives every view: what came later is hidden or dimmed. */
test('as of 5 Oct 2018, the views show only what was known by then', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openSeed(page, 'views=network,map&asof=2018-10-05');
  const network = page.getByRole('region', { name: 'Network' });
  const map = page.getByRole('region', { name: 'Map' });
  const article = page.getByRole('region', { name: 'Article' });

  await expect(
    network.locator('[data-relation="r-choe-meets-kong-beijing"]').first(),
  ).toBeAttached();
  await expect(network.locator('[data-relation="r-choe-meets-morgulov-moscow"]')).toHaveCount(0);
  await expect(network.locator('[data-relation="r-putin-plans-visit-south-korea"]')).toHaveCount(0);
  await expect(network).toContainText('known by 5 Oct 2018');

  await expect(map.locator('[data-leg="j-choe-1"]').first()).toBeAttached();
  await expect(map.locator('[data-leg="j-choe-2"]')).toHaveCount(0);
  await expect(map.locator('[data-leg="j-putin-1"]')).toHaveCount(0);

  const later = article.locator('.passage[data-later="true"]', {
    hasText: 'Choe was photographed by the foreign press',
  });
  await expect(later).toHaveCount(1);
  await expect(
    article.locator('.passage[data-later="true"]', { hasText: 'On Oct. 5, Choe held' }),
  ).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Without the day, everything is back.
  await openSeed(page, 'views=network,map');
  await expect(
    network.locator('[data-relation="r-choe-meets-morgulov-moscow"]').first(),
  ).toBeAttached();
  await expect(map.locator('[data-leg="j-choe-2"]').first()).toBeAttached();
  await expect(article.locator('.passage[data-later="true"]')).toHaveCount(0);
});
