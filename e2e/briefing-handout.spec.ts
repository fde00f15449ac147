import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, SEED } from './fixtures';
import { COUNT, shippedDeck } from './briefing-helpers';

const handout = `./#/b/${SEED}/briefing-print`;

test.describe('briefing handout', () => {
  test('one page a slide, each the slide’s picture with numbered quotes; prints as many pages', async ({
    page,
  }) => {
    await page.goto(handout);
    const pages = page.locator('.deck-print-page');
    await expect(pages).toHaveCount(COUNT);
    await expect(page.getByRole('main', { name: 'Briefing handout' })).toHaveAttribute(
      'data-ready',
      'true',
    );
    // Page 2 is the network drawn from its scene: marks with their ids, the subject selected.
    const second = pages.nth(1);
    await expect(
      second.locator('[data-relation="r-north-korea-aligned-with-china"][data-selected="true"]'),
    ).toBeAttached();
    await expect(second).toContainText('Sources: [1] paragraph');
    await expect(second).toContainText('slide 2 of 9');
    await expect(pages.first()).toContainText('— Kim Oi-hyun, The Hankyoreh, 8 Oct 2018');
    await expect(pages.nth(3)).toContainText('Geography: Natural Earth.');
    // No leftover interface: no buttons, selects or inputs inside any page.
    await expect(page.locator('.deck-print-page :is(button, select, input, a)')).toHaveCount(0);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      'latin1',
    );
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(COUNT);
  });

  test('Letter paper changes the pages’ shape; Download as PDF makes the same pages', async ({
    page,
  }) => {
    await page.goto(handout);
    const main = page.getByRole('main', { name: 'Briefing handout' });
    await expect(main).toHaveAttribute('data-ready', 'true');
    await page.getByRole('radio', { name: 'Letter' }).check();
    await expect(page.locator('.deck-print-page[data-paper="letter"]')).toHaveCount(COUNT);
    await expect(main).toHaveAttribute('data-ready', 'true');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${SEED}-briefing-handout-letter.pdf`);
    const pdf = readFileSync((await file.path())!).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(COUNT);
    // Letter landscape: 792 × 612 pt.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
    expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([792, 612]);
    await expect(page.getByRole('status')).toContainText(
      `Saved ${SEED}-briefing-handout-letter.pdf`,
    );
    // The titles are text in the PDF, not pictures of text.
    expect(pdf).toContain(shippedDeck().slides[1]!.title.split(' ')[0]);
  });

  test('the handout passes axe', async ({ page }) => {
    await page.goto(handout);
    await expect(page.getByRole('main', { name: 'Briefing handout' })).toHaveAttribute(
      'data-ready',
      'true',
    );
    await expectNoAxeViolations(page);
  });
});
