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

test.describe('the control bar on a phone', () => {
  test('every control is on screen: Previous, Next and More on the bar, the rest in More', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`./#/b/${SEED}/briefing/2`);
    await expectSlide(page, 2);
    const bar = presenter(page).getByRole('navigation', { name: 'Briefing controls' });
    const more = bar.getByRole('button', { name: 'More' });
    const blank = bar.getByRole('button', { name: 'Blank (B)' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(blank).toBeHidden();
    // Nothing off-screen in a sideways scroll: what the bar shows lies within the screen.
    const offScreen = await bar.evaluate((nav) => {
      const visible = [...nav.querySelectorAll<HTMLElement>('button, a, p')].filter(
        (el) => el.getBoundingClientRect().width > 0,
      );
      return {
        overflow: nav.scrollWidth - nav.clientWidth,
        cut: visible
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < -0.5 || r.right > window.innerWidth + 0.5;
          })
          .map((el) => el.textContent),
      };
    });
    expect(offScreen).toEqual({ overflow: 0, cut: [] });

    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const menu = page.locator('#deck-controls-more');
    const items = menu.locator('button, a');
    expect(await items.count()).toBeGreaterThanOrEqual(8);
    const boxes = await items.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          name: el.textContent,
          ok: r.left >= -0.5 && r.right <= innerWidth + 0.5 && r.top >= -0.5 && r.height > 0,
        };
      }),
    );
    expect(boxes.filter((b) => !b.ok)).toEqual([]);
    // Escape closes the menu first and leaves the briefing open.
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(page).toHaveURL(/briefing\/2/);
    // A control of the menu does its work and closes the menu.
    await more.click();
    await blank.click();
    await expect(presenter(page)).toHaveAttribute('data-blank', 'true');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  test('on a wide screen there is no More: every control is on the bar', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`./#/b/${SEED}/briefing/2`);
    await expectSlide(page, 2);
    const bar = presenter(page).getByRole('navigation', { name: 'Briefing controls' });
    await expect(bar.getByRole('button', { name: 'More' })).toBeHidden();
    await expect(bar.getByRole('button', { name: 'Blank (B)' })).toBeVisible();
    await expect(bar.getByRole('button', { name: 'Exit (Esc)' })).toBeVisible();
  });
});
