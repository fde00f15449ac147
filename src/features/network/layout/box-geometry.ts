/** Rectangles and segments for label placement: overlap tests only, no layout. */

/** An axis-aligned rectangle: x0,y0 top-left, x1,y1 bottom-right. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

export function boxHitsCircle(box: Box, c: { x: number; y: number; r: number }, pad = 0) {
  const nx = Math.max(box.x0, Math.min(c.x, box.x1));
  const ny = Math.max(box.y0, Math.min(c.y, box.y1));
  return Math.hypot(c.x - nx, c.y - ny) < c.r + pad;
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, box: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - box.x0],
    [dx, box.x1 - s.x1],
    [-dy, s.y1 - box.y0],
    [dy, box.y1 - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}
