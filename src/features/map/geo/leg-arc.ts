import { geoInterpolate, type GeoProjection } from 'd3-geo';
import { angularDistance } from './angular-distance';
import { EARTH_RADIUS_KM, type LonLat } from './fit-projection';

/** A point in pixels (projected or on screen), x right, y down. */
export type Point = readonly [number, number];

/** Points along the great circle from a to b, both ends included: the shortest route. */
export function greatCircle(a: LonLat, b: LonLat, segments?: number): LonLat[] {
  const km = angularDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_RADIUS_KM;
  // About one point per 100 km keeps long arcs smooth without bloating short ones.
  const n = segments ?? Math.max(8, Math.min(128, Math.ceil(km / 100)));
  const at = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
  return Array.from({ length: n + 1 }, (_, i) => {
    const [lon, lat] = at(i / n);
    return [lon, lat] as const;
  });
}

/** Projects a line, dropping points the projection clips away. */
export function projectLine(projection: GeoProjection, line: readonly LonLat[]): Point[] {
  const out: Point[] = [];
  for (const p of line) {
    const xy = projection([p[0], p[1]]);
    if (xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1])) out.push([xy[0], xy[1]]);
  }
  return out;
}

/** Cumulative lengths along a polyline; the last is the total. */
function lengths(points: readonly Point[]): number[] {
  const out = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] ?? [0, 0];
    const b = points[i] ?? [0, 0];
    out.push((out[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  return out;
}

/**
 * Bends a projected line sideways by `bow` × its chord at the middle, tapering to nothing at the
 * ends (a sine profile). Positive bows to the left of the direction of travel, so a trip out and
 * the trip back never share a line, and legs along one corridor fan apart. A drawing device:
 * the route still starts and ends at the true points and follows the great circle's course.
 */
export function bowLine(points: readonly Point[], bow: number): Point[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2 || bow === 0) return [...points];
  const dx = last[0] - first[0];
  const dy = last[1] - first[1];
  const chord = Math.hypot(dx, dy);
  if (chord === 0) return [...points];
  // Left of travel on a y-down screen: rotate the direction a quarter turn anticlockwise.
  const nx = dy / chord;
  const ny = -dx / chord;
  const cum = lengths(points);
  const total = cum[cum.length - 1] ?? 1;
  return points.map((p, i) => {
    const t = (cum[i] ?? 0) / total;
    const offset = Math.sin(Math.PI * t) * bow * chord;
    return [p[0] + nx * offset, p[1] + ny * offset] as const;
  });
}

/** The point a fraction of the way along a polyline, and the direction of travel there (radians). */
export function pointAlong(
  points: readonly Point[],
  fraction: number,
): { point: Point; angle: number } {
  const cum = lengths(points);
  const total = cum[cum.length - 1] ?? 0;
  const target = Math.max(0, Math.min(1, fraction)) * total;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] ?? [0, 0];
    const b = points[i] ?? [0, 0];
    const l0 = cum[i - 1] ?? 0;
    const l1 = cum[i] ?? 0;
    if (target <= l1 || i === points.length - 1) {
      const t = l1 === l0 ? 0 : (target - l0) / (l1 - l0);
      return {
        point: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t],
        angle: Math.atan2(b[1] - a[1], b[0] - a[0]),
      };
    }
  }
  const only = points[0] ?? [0, 0];
  return { point: only, angle: 0 };
}

/** Cuts `start` pixels off the beginning and `end` off the end, so lines stop short of the dots. */
export function trimLine(points: readonly Point[], start: number, end: number): Point[] {
  const cum = lengths(points);
  const total = cum[cum.length - 1] ?? 0;
  if (total <= start + end) return [];
  const from = pointAlong(points, start / total).point;
  const to = pointAlong(points, (total - end) / total).point;
  const inner = points.filter((_, i) => (cum[i] ?? 0) > start && (cum[i] ?? 0) < total - end);
  return [from, ...inner, to];
}

/** An arrowhead at the end of a line: its tip and the direction it points (radians, y down). */
export function arrowHead(points: readonly Point[]): { tip: Point; angle: number } {
  const n = points.length;
  const tip = points[n - 1] ?? [0, 0];
  // Direction over the last few pixels, not the last (possibly tiny) segment.
  const cum = lengths(points);
  const total = cum[n - 1] ?? 0;
  const back = pointAlong(points, total > 0 ? Math.max(0, (total - 6) / total) : 0).point;
  return { tip, angle: Math.atan2(tip[1] - back[1], tip[0] - back[0]) };
}

/** The triangle of an arrowhead as a path: `size` long, pointing along `angle`, tip at `tip`. */
export function arrowPath(tip: Point, angle: number, size: number): string {
  const back = (side: number): Point => [
    tip[0] - size * Math.cos(angle) + side * size * 0.5 * Math.sin(angle),
    tip[1] - size * Math.sin(angle) - side * size * 0.5 * Math.cos(angle),
  ];
  const [l, r] = [back(1), back(-1)];
  return `M${fmt(tip[0])},${fmt(tip[1])}L${fmt(l[0])},${fmt(l[1])}L${fmt(r[0])},${fmt(r[1])}Z`;
}

export const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/** A polyline as an SVG path, to a tenth of a pixel. */
export function linePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p[0])},${fmt(p[1])}`).join('');
}

/**
 * How far each leg bows, as a share of its chord. Legs between the same two points in the same
 * direction (two visitors flying Moscow to Seoul) get growing bows so each stays visible; legs in
 * opposite directions already separate, each bowing to its own left.
 */
export function legBows(
  legs: readonly { id: string; fromAt: LonLat; toAt: LonLat }[],
  base = 0.12,
  step = 0.1,
): Map<string, number> {
  const key = (p: LonLat) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`;
  const seen = new Map<string, number>();
  const out = new Map<string, number>();
  for (const l of legs) {
    const k = `${key(l.fromAt)}>${key(l.toAt)}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    out.set(l.id, base + n * step);
  }
  return out;
}
