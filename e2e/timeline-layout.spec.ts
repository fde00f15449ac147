import type { Page } from '@playwright/test';
import { test, expect, hashParams } from './fixtures';

/**
 * The timeline's geometry read from the page, at the four sizes people use, alone and beside the
 * network: each event's words sit beside its own mark and on its row, nothing is clipped by the
 * pane or hidden to its side, no two labels overlap, and the "as of" handle is inside the pane.
 * One page load per story and layout; the viewport is resized in place (the view lays itself out
 * again for each size).
 */
const SIZES: [number, number][] = [
  [1280, 800],
  [1440, 900],
  [1920, 1080],
  [390, 844],
];
const STORIES: [id: string, events: number][] = [
  ['six-party-talks-2018-10-08', 13],
  ['fixture-unicode-names', 2],
  ['fixture-long-article', 3],
];
const LAYOUTS = ['timeline', 'network,timeline'];

interface Problems {
  events: number;
  /** Words more than a few px from their mark, or off its row. */
  farFromMark: string[];
  /** Words or rule labels cut by the pane's sides, or outside the drawing. */
  clipped: string[];
  overlapping: string[];
  /** The drawing is wider than the pane (something hides to the side). */
  sideScroll: boolean;
  /** The "as of" thumb or rule is outside the visible pane. */
  handleOutside: string[];
}

/** Reads every box from the page and says what is wrong, in words, per event. */
function measure(page: Page): Promise<Problems> {
  return page.getByRole('region', { name: 'Timeline' }).evaluate((region): Problems => {
    const scroll = region.querySelector<HTMLElement>('.tl-scroll');
    const canvas = region.querySelector<HTMLElement>('.tl-canvas');
    if (!scroll || !canvas) throw new Error('no timeline chart');
    const box = scroll.getBoundingClientRect();
    const pane = {
      left: box.left + scroll.clientLeft,
      right: box.left + scroll.clientLeft + scroll.clientWidth,
      top: box.top,
      bottom: box.top + scroll.clientHeight,
    };
    const drawing = canvas.getBoundingClientRect();
    const out: Problems = {
      events: 0,
      farFromMark: [],
      clipped: [],
      overlapping: [],
      sideScroll: scroll.scrollWidth > scroll.clientWidth + 1,
      handleOutside: [],
    };
    const labels: { id: string; r: DOMRect }[] = [];
    for (const g of region.querySelectorAll<SVGGElement>('.tl-marks [data-event]')) {
      const id = g.dataset.event ?? '?';
      const mark = g.querySelector('.tl-mark-shape')?.getBoundingClientRect();
      const words = g.querySelector('.tl-label')?.getBoundingClientRect();
      const first = g.querySelector('.tl-label tspan')?.getBoundingClientRect();
      if (!mark || !words || !first) {
        out.farFromMark.push(`${id}: no mark or no words`);
        continue;
      }
      out.events += 1;
      labels.push({ id, r: words });
      const after = words.left - mark.right;
      const before = mark.left - words.right;
      const inside = words.left >= mark.left - 0.5 && words.right <= mark.right + 0.5;
      const besideX = inside || (after >= 0 && after <= 12) || (before >= 0 && before <= 12);
      // The first line of words is centred on the mark (a bar holding its words: on its top line).
      const markY = inside ? first.top + first.height / 2 : mark.top + mark.height / 2;
      const onRow = Math.abs(first.top + first.height / 2 - markY) <= 4;
      if (!besideX || !onRow)
        out.farFromMark.push(
          `${id}: words ${Math.round(words.left)}–${Math.round(words.right)}, mark ${Math.round(mark.left)}–${Math.round(mark.right)}, rows ${Math.round(first.top + first.height / 2)} vs ${Math.round(markY)}`,
        );
      if (words.left < pane.left - 0.5 || words.right > pane.right + 0.5)
        out.clipped.push(
          `${id}: ${Math.round(words.left)}–${Math.round(words.right)} in ${Math.round(pane.left)}–${Math.round(pane.right)}`,
        );
      if (words.bottom > drawing.bottom + 0.5 || words.top < drawing.top - 0.5)
        out.clipped.push(`${id}: below or above the drawing`);
    }
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        if (
          a.r.left < b.r.right - 1 &&
          b.r.left < a.r.right - 1 &&
          a.r.top < b.r.bottom - 1 &&
          b.r.top < a.r.bottom - 1
        )
          out.overlapping.push(`${a.id} / ${b.id}`);
    for (const rule of region.querySelectorAll('.tl-rule-label')) {
      const r = rule.getBoundingClientRect();
      if (r.left < pane.left - 0.5 || r.right > pane.right + 0.5)
        out.clipped.push(`rule "${rule.textContent ?? ''}"`);
    }
    const slider = region.querySelector<HTMLInputElement>('input[type="range"]');
    const asOfRule = region.querySelector('.tl-rule-asof')?.getBoundingClientRect();
    if (!slider || !asOfRule) out.handleOutside.push('no slider or no "as of" rule');
    else {
      const s = slider.getBoundingClientRect();
      // The thumb (16 px) travels the track inset by half its width.
      const thumb = s.left + 8 + (Number(slider.value) / Number(slider.max)) * (s.width - 16);
      if (thumb < pane.left || thumb > pane.right) out.handleOutside.push(`thumb at ${thumb}`);
      if (s.top < pane.top || s.bottom > pane.bottom) out.handleOutside.push('slider row');
      if (asOfRule.left < pane.left || asOfRule.right > pane.right)
        out.handleOutside.push(`rule at ${asOfRule.left}`);
    }
    return out;
  });
}

for (const [story, count] of STORIES)
  for (const views of LAYOUTS)
    test(`timeline geometry: ${story}, views=${views}, at four sizes`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`./#/b/${story}?views=${views}`);
      const timeline = page.getByRole('region', { name: 'Timeline' });
      await expect(timeline.locator('[data-event]')).toHaveCount(count);
      // The "as of" day at the very end of time: the handle's hardest place.
      await timeline.getByRole('slider', { name: 'As of' }).focus();
      await page.keyboard.press('End');
      await expect.poll(() => hashParams(page).get('asof')).not.toBeNull();
      const report: string[] = [];
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        if (width < 600)
          await page
            .getByRole('navigation', { name: 'Panes' })
            .getByRole('button', { name: 'Timeline' })
            .click();
        await expect(timeline.locator('.tl-marks [data-event]')).toHaveCount(count);
        // Wait for the layout for this width (the drawing follows the pane's width).
        await expect
          .poll(() =>
            timeline
              .locator('.tl-scroll')
              .evaluate(
                (el) =>
                  Math.abs(
                    (el.querySelector('.tl-canvas') as HTMLElement).offsetWidth - el.clientWidth,
                  ) <= 1,
              ),
          )
          .toBe(true);
        const found = await measure(page);
        const problems =
          found.farFromMark.length +
          found.clipped.length +
          found.overlapping.length +
          found.handleOutside.length +
          Number(found.sideScroll);
        report.push(`${width}×${height}: ${found.events} events checked, ${problems} problems`);
        expect(found, `${story} views=${views} at ${width}×${height}`).toEqual({
          events: count,
          farFromMark: [],
          clipped: [],
          overlapping: [],
          sideScroll: false,
          handleOutside: [],
        });
      }
      test.info().annotations.push({ type: 'layout', description: report.join('; ') });
      console.log(`${story} views=${views}: ${report.join('; ')}`);
    });
