import { polygonContains, polygonHull } from 'd3-polygon';

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
  for (const c of circles)
    for (let i = 0; i < samples; i++) {
      const a = (i * 2 * Math.PI) / samples;
      points.push([c.x + (c.r + pad) * Math.cos(a), c.y + (c.r + pad) * Math.sin(a)]);
    }
  return polygonHull(points);
}

export function polygonPath(points: readonly Point[]): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${points.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}Z`;
}

export function pointInPolygon(points: readonly Point[], x: number, y: number): boolean {
  return polygonContains([...points], [x, y]);
}
