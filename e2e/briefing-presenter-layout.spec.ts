import type { Page } from '@playwright/test';
import { test, expect, SEED } from './fixtures';
import { COUNT, DECK_KEY, shippedDeck } from './briefing-helpers';

/**
 * The presenter view's geometry, read from the page's boxes (not from pixels): the current slide
 * as large as its pane allows at 16:9, both previews drawing the whole slide (no text outside
 * its picture or its slide, the quotes clear of the source line), notes and timer readable.
 */

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every geometry problem on the presenter view as it is now, in words; [] when none. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const tol = 1.5;
    const rect = (e: Element): Box => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    // The extent of an element's text (it may run past the element's own box).
    const textRect = (e: Element): Box | null => {
      const range = document.createRange();
      range.selectNodeContents(e);
      const r = range.getBoundingClientRect();
      return r.width === 0 && r.height === 0
        ? null
        : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const inside = (a: Box, b: Box) =>
      a.left >= b.left - tol &&
      a.right <= b.right + tol &&
      a.top >= b.top - tol &&
      a.bottom <= b.bottom + tol;
    const show = (b: Box) =>
      `[${Math.round(b.left)},${Math.round(b.top)} → ${Math.round(b.right)},${Math.round(b.bottom)}]`;

    const pane = document.querySelector('[aria-label="Current slide"]');
    const frame = pane?.querySelector('.deck-pv-slide');
    if (!pane || !frame) return ['no current slide'];
    const p = rect(pane);
    const f = rect(frame);
    const fw = f.right - f.left;
    const fh = f.bottom - f.top;
    const pw = p.right - p.left;
    const ph = p.bottom - p.top;
    if (Math.abs(fw / fh - 16 / 9) > 0.02) problems.push(`current slide is ${fw}×${fh}, not 16:9`);
    if (!inside(f, p)) problems.push(`current slide ${show(f)} outside its pane ${show(p)}`);
    if (Math.abs(fw - pw) > 2 && Math.abs(fh - ph) > 2)
      problems.push(`current slide ${fw}×${fh} does not fill its pane ${pw}×${ph}`);
    const dx = Math.abs(f.left - p.left - (p.right - f.right));
    const dy = Math.abs(f.top - p.top - (p.bottom - f.bottom));
    if (dx > 2 || dy > 2) problems.push(`current slide is not centred in its pane`);

    for (const name of ['Current slide', 'Next slide']) {
      const region = document.querySelector(`[aria-label="${name}"]`);
      const slide = region?.querySelector('.deck-slide');
      if (!region || !slide) continue;
      const s = rect(slide);
      for (const svg of slide.querySelectorAll('.deck-picture-shown > svg')) {
        const box = rect(svg);
        for (const text of svg.querySelectorAll('text')) {
          const r = rect(text);
          if (r.right - r.left === 0 || getComputedStyle(text).visibility === 'hidden') continue;
          if (!inside(r, box))
            problems.push(`${name}: label “${text.textContent}” ${show(r)} outside ${show(box)}`);
        }
      }
      const words = slide.querySelectorAll(
        '.deck-slide-title, .deck-slide-caption, .deck-quote p, .deck-citation, .deck-slide-source',
      );
      for (const e of words) {
        const r = textRect(e);
        if (r && !inside(r, s))
          problems.push(`${name}: “${e.textContent?.slice(0, 30)}” ${show(r)} outside the slide`);
      }
      const quotes = slide.querySelector('.deck-quotes');
      const source = slide.querySelector('.deck-slide-source');
      const q = quotes && textRect(quotes);
      if (q && source && q.bottom > rect(source).top + tol)
        problems.push(
          `${name}: the quotes run to ${q.bottom}, past the source line at ${rect(source).top}`,
        );
    }

    const notes = document.querySelector('.deck-pv-notes-text');
    if (!notes || parseFloat(getComputedStyle(notes).fontSize) < 18)
      problems.push('notes under 18 px');
    const notesRegion = document.querySelector('[aria-label="Speaker notes"]');
    if (notesRegion && notesRegion.getBoundingClientRect().height < 120)
      problems.push('notes pane under 120 px high');
    const timer = document.querySelector('[role="timer"]');
    if (!timer || parseFloat(getComputedStyle(timer).fontSize) < 28)
      problems.push('timer under 28 px');
    return problems;
  });
}

for (const [width, height] of [
  [1280, 800],
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`presenter view at ${width}×${height}: the slides fit their panes, nothing spills`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    // Notes on every slide, one of them long enough to scroll.
    const deck = shippedDeck();
    deck.slides.forEach((slide, i) => {
      slide.notes =
        i === 6 ? 'Lavrov and Wang Yi against Pompeo. '.repeat(60) : `Say slide ${i + 1}.`;
    });
    await page.addInitScript(
      ([key, text]) => window.localStorage.setItem(key!, text!),
      [DECK_KEY, JSON.stringify(deck)],
    );
    await page.goto(`./#/b/${SEED}/briefing-presenter/1`);
    const main = page.getByRole('main', { name: 'Presenter view' });
    for (let n = 1; n <= COUNT; n += 1) {
      await expect(main.getByText(`Slide ${n} of ${COUNT}`)).toBeVisible();
      // Every picture of both previews drawn for this slide before reading their boxes.
      await expect(main.locator('.deck-view:not([data-drawn="scene"])')).toHaveCount(0);
      await expect.poll(() => layoutProblems(page), { message: `slide ${n}` }).toEqual([]);
      if (n < COUNT) await page.keyboard.press('ArrowRight');
    }
  });
}
