import type { Margin } from './fit-projection';
import type { Box } from './label-placement';
import type { Point } from './leg-arc';

/** What a trial fit gives: its scale (bigger is better) and where the framed places land. */
export interface TrialFit {
  scale: number;
  points: readonly Point[];
}

/** A control this close to an edge stands against it (the map's controls are inset 10 px). */
const NEAR_EDGE = 24;

const inside = (p: Point, b: Box, pad: number) =>
  p[0] > b.x - pad && p[0] < b.x + b.width + pad && p[1] > b.y - pad && p[1] < b.y + b.height + pad;

/**
 * Margins that keep every framed place clear of the controls drawn over the map (the zoom
 * buttons in a corner, an open key). A control stands against one or two edges; when a place
 * falls under it, the margin on one of those edges grows past the control, whichever costs the
 * map least scale, and the fit is tried again (a few rounds at most). Controls that touch no edge
 * are left to the label placement. Pure: `fit` is the projection fit for a margin.
 */
export function clearMargin(
  base: number,
  size: { width: number; height: number },
  reserved: readonly Box[],
  pad: number,
  fit: (margin: Margin) => TrialFit,
): Margin {
  let margin: Margin = { top: base, right: base, bottom: base, left: base };
  for (let round = 0; round < 4; round += 1) {
    const { points } = fit(margin);
    const blocked = reserved.find((b) => points.some((p) => inside(p, b, pad)));
    if (!blocked) return margin;
    const options: Margin[] = [];
    const grow = (side: keyof Margin, extent: number) =>
      options.push({ ...margin, [side]: Math.max(margin[side], extent + pad) });
    if (blocked.x <= NEAR_EDGE) grow('left', blocked.x + blocked.width);
    if (blocked.x + blocked.width >= size.width - NEAR_EDGE) grow('right', size.width - blocked.x);
    if (blocked.y <= NEAR_EDGE) grow('top', blocked.y + blocked.height);
    if (blocked.y + blocked.height >= size.height - NEAR_EDGE)
      grow('bottom', size.height - blocked.y);
    // Never squeeze the frame to nothing for a control: keep at least half of each side.
    const sane = options.filter(
      (m) => m.left + m.right < size.width / 2 && m.top + m.bottom < size.height / 2,
    );
    if (sane.length === 0) return margin;
    margin = sane
      .map((m) => ({ m, scale: fit(m).scale }))
      .reduce((best, c) => (c.scale > best.scale ? c : best)).m;
  }
  return margin;
}
