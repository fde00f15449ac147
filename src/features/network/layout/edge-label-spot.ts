import type { Box } from './box-geometry';

/** A point of the plane. */
export interface Point {
  x: number;
  y: number;
}

/** What a relation's words must keep clear of, and the line they belong to. */
export interface EdgeLabelContext {
  /** Centres of the relation's two ends. */
  from: Point;
  to: Point;
  /** Node marks and their names: the words should cover none of them. */
  obstacles: Box[];
}

// Along the line from its middle outwards, so the words stay by their relation.
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];
// Off the line: touching it first, then a little further where a dense drawing needs it.
const GAPS = [6, 20, 40];

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
  Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** Where the words go: `x` is their centre, `y` their box's top; `leader` joins them to a line
 * they had to leave (the point on the line to draw a hairline to), or null. */
export interface EdgeLabelSpot extends Point {
  leader: Point | null;
  /** How much of the marks and names the words still cover there (px², 0 when clear). */
  covers: number;
}

/**
 * The top-left corner of a w×h box of words for a relation: above its line's middle when that
 * covers nothing, else the first spot along the line (above or below it) that covers the least
 * of the node marks and names, kept inside the panel. The line's middle `mid` says how it bends
 * (a quadratic curve through it), so spots follow the curve that is drawn.
 */
export function edgeLabelSpot(
  size: { w: number; h: number },
  mid: Point,
  panel: { width: number; height: number },
  context: EdgeLabelContext | null,
): EdgeLabelSpot {
  // The drawn box is 5 px wider on each side and 3 px taller than the words (edgeLabel): keep
  // all of it, and a little more, inside the panel.
  const clamp = (cx: number, top: number): Point => ({
    x: Math.min(panel.width - size.w / 2 - 7, Math.max(size.w / 2 + 7, cx)),
    y: Math.min(panel.height - size.h - 5, Math.max(5, top)),
  });
  const above = (p: Point) => clamp(p.x, p.y - size.h - 6);
  if (!context) return { ...above(mid), leader: null, covers: 0 };
  const { from, to } = context;
  // The control point of the quadratic curve whose middle (t = 0.5) is `mid`.
  const c = { x: 2 * mid.x - (from.x + to.x) / 2, y: 2 * mid.y - (from.y + to.y) / 2 };
  const at = (t: number): Point => ({
    x: (1 - t) ** 2 * from.x + 2 * t * (1 - t) * c.x + t ** 2 * to.x,
    y: (1 - t) ** 2 * from.y + 2 * t * (1 - t) * c.y + t ** 2 * to.y,
  });
  const cost = (spot: Point) => {
    const box = {
      x0: spot.x - size.w / 2 - 5,
      y0: spot.y - 3,
      x1: spot.x + size.w / 2 + 5,
      y1: spot.y + size.h + 3,
    };
    return context.obstacles.reduce((sum, o) => sum + overlap(box, o), 0);
  };
  let best = above(mid);
  let bestCost = cost(best);
  for (const t of ALONG) {
    if (bestCost === 0) break;
    const p = at(t);
    const spots = GAPS.flatMap((g) => [clamp(p.x, p.y - size.h - g), clamp(p.x, p.y + g)]);
    for (const spot of spots) {
      const c2 = cost(spot);
      if (c2 < bestCost) {
        best = spot;
        bestCost = c2;
      }
    }
  }
  if (bestCost === 0) return { ...best, leader: null, covers: 0 };
  // A dense drawing has no free room beside the line: the nearest free room of the panel, with a
  // hairline back to the line's middle, rather than words over names.
  const step = Math.max(8, size.h / 3);
  // Where no room is free, the room that covers least (by at least half) is still better.
  let free: Point | null = null;
  let freeCost = bestCost / 2;
  let freeDistance = Infinity;
  for (let top = 5; top + size.h + 5 <= panel.height; top += step)
    for (let cx = size.w / 2 + 7; cx + size.w / 2 + 7 <= panel.width; cx += step) {
      const spot = clamp(cx, top);
      const c2 = cost(spot);
      const d = Math.hypot(spot.x - mid.x, spot.y + size.h / 2 - mid.y);
      if (c2 < freeCost || (c2 === freeCost && d < freeDistance)) {
        free = spot;
        freeCost = c2;
        freeDistance = d;
      }
    }
  return free
    ? { ...free, leader: mid, covers: freeCost }
    : { ...best, leader: null, covers: bestCost };
}
