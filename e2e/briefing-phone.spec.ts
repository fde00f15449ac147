import { test, expect, SEED } from './fixtures';
import { COUNT, expectSlide, presenter } from './briefing-helpers';

/** What a slide shows, in reading order; every one of them must be readable on its own. */
const PARTS = [
  '.deck-slide-title',
  '.deck-slide-caption',
  '.deck-view',
  '.deck-quote',
  '.deck-citation',
  '.deck-slide-source',
];

test.describe('presenting on a phone', () => {
  test('every slide at 390×844: title, picture, quotes, source and controls never overlap', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`./#/b/${SEED}/briefing/1`);
    for (let n = 1; n <= COUNT; n += 1) {
      await expectSlide(page, n);
      const slide = presenter(page).locator('[aria-roledescription="slide"]');
      const views = slide.locator('.deck-view');
      for (let v = 0; v < (await views.count()); v += 1)
        await expect(views.nth(v)).toHaveAttribute('data-drawn', 'scene');
      // Each part scrolled into view in turn: it must then lie wholly on screen, clear of the
      // control bar, and clear of every other part.
      const problems = await page.evaluate((parts) => {
        const found: string[] = [];
        const controls = document.querySelector('.deck-controls')!.getBoundingClientRect();
        const els = parts.flatMap((s) => [...document.querySelectorAll<HTMLElement>(s)]);
        const name = (el: Element) =>
          `${el.className} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
        const hit = (a: DOMRect, b: DOMRect) =>
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5;
        for (const el of els) {
          el.scrollIntoView({ block: 'nearest' });
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          if (r.left < -0.5 || r.right > window.innerWidth + 0.5)
            found.push(`${name(el)} is cut at the side`);
          if (r.height <= controls.top && (r.top < -0.5 || r.bottom > controls.top + 0.5))
            found.push(`${name(el)} is under the controls or off screen`);
          for (const other of els) {
            if (other === el || other.contains(el) || el.contains(other)) continue;
            if (hit(r, other.getBoundingClientRect()))
              found.push(`${name(el)} overlaps ${name(other)}`);
          }
        }
        return found;
      }, PARTS);
      expect(problems, `slide ${n}`).toEqual([]);
      if (n < COUNT) await page.keyboard.press('ArrowRight');
    }
  });
});
