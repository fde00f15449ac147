import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect, SEED } from './fixtures';
import { DECK_KEY, presenter, shippedDeck } from './briefing-helpers';

/** A deck of 100 slides: the shipped ones over and over, each with its own id and number. */
function longDeck(count = 100) {
  const deck = shippedDeck();
  const base = deck.slides;
  deck.slides = Array.from({ length: count }, (_, i) => {
    const s = base[i % base.length]!;
    return { ...s, id: `s-long-${i + 1}`, title: `${i + 1}. ${s.title}`.slice(0, 160) };
  });
  return deck;
}

async function useDeck(page: Page, deck: ReturnType<typeof longDeck>) {
  await page.addInitScript(
    ([key, text]) => window.localStorage.setItem(key!, text!),
    [DECK_KEY, JSON.stringify(deck)],
  );
}

test.describe('a 100-slide briefing', () => {
  // 100 scene drawings and their PNG fallbacks on a busy 2-core machine: this waits on the
  // status line, not on time; the limit only catches a hang.
  test.setTimeout(600_000);

  test('exports to PowerPoint with one slide a slide, saying its progress', async ({ page }) => {
    const deck = longDeck();
    await useDeck(page, deck);
    await page.goto(`./#/b/${SEED}/briefing/100`);
    await expect(presenter(page).getByText('100 / 100', { exact: true })).toBeVisible();
    const download = page.waitForEvent('download', { timeout: 540_000 });
    await presenter(page).getByRole('button', { name: 'PowerPoint (.pptx)' }).click();
    // The page says how far it is while it works.
    await expect(presenter(page).getByRole('status')).toContainText(/slide \d+ of 100/);
    const file = await download;
    const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(100);
    const notes = Object.keys(zip.files).filter((f) =>
      /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f),
    );
    expect(notes).toHaveLength(100);
    for (const n of [1, 50, 100]) {
      const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
      expect(xml, `slide ${n} title`).toContain(`${n}. `);
    }
    await expect(presenter(page).getByRole('status')).toContainText(
      `Saved ${SEED}-briefing.pptx (100 slides`,
    );
  });

  test('prints and downloads as a PDF of 100 pages', async ({ page }) => {
    await useDeck(page, longDeck());
    await page.goto(`./#/b/${SEED}/briefing-print`);
    const main = page.getByRole('main', { name: 'Briefing handout' });
    await expect(page.locator('.deck-print-page')).toHaveCount(100);
    await expect(main).toHaveAttribute('data-ready', 'true', { timeout: 300_000 });
    const download = page.waitForEvent('download', { timeout: 540_000 });
    await page.getByRole('button', { name: 'Download as PDF' }).click();
    const file = await download;
    const pdf = readFileSync((await file.path())!).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(100);
    expect(pdf).toContain('100. ');
  });
});
