import { test, expect, expectNoAxeViolations, SEED } from './fixtures';
import { COUNT } from './briefing-helpers';

test.describe('briefing handout', () => {
  test('prints the deck as a handout, one page per slide, every view drawn', async ({ page }) => {
    await page.goto(`./#/b/${SEED}/briefing-print`);
    const pages = page.locator('.deck-print-page');
    await expect(pages).toHaveCount(COUNT);
    await expect(pages.first()).toContainText('— Kim Oi-hyun, The Hankyoreh, 8 Oct 2018');
    await expect(pages.nth(3)).toContainText('Geography: Natural Earth.');
    // Every view drawn before printing.
    await expect(page.locator('.deck-print .view-loading')).toHaveCount(0);
    await expect(
      page.locator('.deck-print-page [data-view-region="network"] [data-entity]').first(),
    ).toBeAttached();
    await expect(
      page.locator('.deck-print-page [data-view-region="map"] path').first(),
    ).toBeAttached();
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      'latin1',
    );
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(COUNT);
  });

  test('the handout passes axe', async ({ page }) => {
    await page.goto(`./#/b/${SEED}/briefing-print`);
    await expect(page.locator('.deck-print-page')).toHaveCount(COUNT);
    await expect(page.locator('.deck-print .view-loading')).toHaveCount(0);
    await expect(
      page.locator('.deck-print-page [data-view-region="map"] path').first(),
    ).toBeAttached();
    await expectNoAxeViolations(page);
  });
});
