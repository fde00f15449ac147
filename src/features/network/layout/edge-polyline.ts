import type { Segment } from './box-geometry';

/** Pieces a curved line is cut into for crossing tests: a label box is never smaller. */
const PIECES = 10;

/**
 * The drawn line of an edge ("M x,y L x,y" or "M x,y Q cx,cy x,y", as edgeGeometry writes it)
 * as straight pieces, so a label's crossings are counted against the curve that is drawn, not
 * the chord between the two nodes (a bent line passes well away from its chord).
 */
export function edgePolyline(d: string): Segment[] {
  const n = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  if (d.includes('Q') && n.length >= 6) {
    const [x0, y0, cx, cy, x1, y1] = n as [number, number, number, number, number, number];
    const at = (t: number) => ({
      x: (1 - t) ** 2 * x0 + 2 * t * (1 - t) * cx + t ** 2 * x1,
      y: (1 - t) ** 2 * y0 + 2 * t * (1 - t) * cy + t ** 2 * y1,
    });
    const out: Segment[] = [];
    for (let i = 0; i < PIECES; i += 1) {
      const a = at(i / PIECES);
      const b = at((i + 1) / PIECES);
      out.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    }
    return out;
  }
  if (n.length >= 4) {
    const [x1, y1, x2, y2] = n as [number, number, number, number];
    return [{ x1, y1, x2, y2 }];
  }
  return [];
}
