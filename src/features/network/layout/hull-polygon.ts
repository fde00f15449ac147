import { polygonContains } from 'd3-polygon';
import { fastHull } from './fast-hull';

type Point = [number, number];

/**
 * The convex hull around a set of circles, each grown by `pad`. Sampling each circle's rim
 * gives the hull round ends, the soft outline a hull should have, without spline fitting.
 */
export function hullPolygon(
  circles: readonly { x: number; y: number; r: number }[],
  pad: number,
  samples = 24,
): Point[] | null {
  if (circles.length === 0) return null;
  const points: Point[] = [];
  for (const c of rimCandidates(circles, pad))
    for (let i = 0; i < samples; i++) {
      const a = (i * 2 * Math.PI) / samples;
      points.push([c.x + (c.r + pad) * Math.cos(a), c.y + (c.r + pad) * Math.sin(a)]);
    }
  return fastHull(points);
}

/**
 * The circles that can touch the hull: a circle lying inside the hull of the centres, farther
 * from its every side than its padded radius, has its whole rim inside (and the centres' hull
 * is inside the answer), so it cannot change it. Sampling only the others makes a hull of
 * thousands of circles cost a hull of a few dozen (0.1 s → a few ms at 5,000 nodes).
 */
export function rimCandidates<C extends { x: number; y: number; r: number }>(
  circles: readonly C[],
  pad: number,
): readonly C[] {
  if (circles.length < 16) return circles;
  const centres = fastHull(circles.map((c): Point => [c.x, c.y]));
  if (centres === null || centres.length < 3) return circles;
  const sides = centres.map((a, i) => {
    const b = centres[(i + 1) % centres.length] ?? a;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const length = Math.hypot(dx, dy);
    return {
      ax: a[0],
      ay: a[1],
      nx: length > 0 ? -dy / length : 0,
      ny: length > 0 ? dx / length : 0,
    };
  });
  return circles.filter((c) => {
    const reach = c.r + pad;
    for (const s of sides)
      if (Math.abs((c.x - s.ax) * s.nx + (c.y - s.ay) * s.ny) <= reach) return true;
    return false;
  });
}

export function polygonPath(points: readonly Point[]): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${points.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}Z`;
}

export function pointInPolygon(points: readonly Point[], x: number, y: number): boolean {
  return polygonContains([...points], [x, y]);
}
