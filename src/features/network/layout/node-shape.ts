import type { EntityKind } from '../../../bundle/bundle-schema';

/**
 * Shapes by kind (DESIGN.md): person circle, country rounded square, organisation hexagon,
 * media triangle, place pin. Each has the area of a circle of radius r, so a node's size says
 * how much the article names it whatever its shape.
 */

const round = (n: number) => Math.round(n * 100) / 100;

/** Half the side of a square with the circle's area. */
const squareHalf = (r: number) => r * Math.sqrt(Math.PI) * 0.5;
/** Circumradius of a regular hexagon with the circle's area. */
const hexRadius = (r: number) => r * Math.sqrt((2 * Math.PI) / (3 * Math.sqrt(3)));
/** Circumradius of an equilateral triangle with the circle's area. */
const triangleRadius = (r: number) => r * Math.sqrt((4 * Math.PI) / (3 * Math.sqrt(3)));

function regularPolygon(sides: number, radius: number, startAngle: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = startAngle + (i * 2 * Math.PI) / sides;
    return [radius * Math.cos(a), radius * Math.sin(a)];
  });
}

/** Vertices of the shape (about 0,0); a circle has none. */
function polygon(kind: EntityKind, r: number): [number, number][] | null {
  switch (kind) {
    case 'person':
      return null;
    case 'country': {
      const h = squareHalf(r);
      return [
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ];
    }
    case 'organization':
      // Pointy-top, so it does not read as a rotated square at small sizes.
      return regularPolygon(6, hexRadius(r), -Math.PI / 2);
    case 'media': {
      // Point up with the centroid on the node's centre; nudged down a little so it looks centred.
      const R = triangleRadius(r);
      return regularPolygon(3, R, -Math.PI / 2).map(([x, y]) => [x, y + R * 0.12]);
    }
    case 'place':
      return null;
  }
}

/** SVG path data of the shape centred on 0,0. */
export function nodeShapePath(kind: EntityKind, r: number): string {
  if (kind === 'person' || kind === 'place') {
    const rr = round(r);
    const pin =
      kind === 'place'
        ? `M0,${round(r * 1.6)}L${round(-r * 0.6)},${round(r * 0.8)}L${round(r * 0.6)},${round(r * 0.8)}Z`
        : '';
    return `M${-rr},0A${rr},${rr} 0 1,0 ${rr},0A${rr},${rr} 0 1,0 ${-rr},0Z${pin}`;
  }
  if (kind === 'country') {
    const h = squareHalf(r);
    const c = h * 0.28;
    const a = round(h);
    const b = round(h - c);
    const cr = round(c);
    return (
      `M${-b},${-a}H${b}A${cr},${cr} 0 0 1 ${a},${-b}V${b}A${cr},${cr} 0 0 1 ${b},${a}` +
      `H${-b}A${cr},${cr} 0 0 1 ${-a},${b}V${-b}A${cr},${cr} 0 0 1 ${-b},${-a}Z`
    );
  }
  const points = polygon(kind, r) ?? [];
  return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
}

/**
 * Distance from the centre to the shape's edge along a direction (unit vector dx, dy), so an
 * edge can stop at the outline and its arrowhead stays in sight.
 */
export function shapeBoundaryDistance(kind: EntityKind, r: number, dx: number, dy: number): number {
  const points = polygon(kind, r);
  if (points === null) return r;
  let best = Infinity;
  // Ray from the origin against each side: solve o + t·d = a + s·(b − a), 0 ≤ s ≤ 1, t > 0.
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = points[i] ?? [0, 0];
    const [bx, by] = points[(i + 1) % points.length] ?? [0, 0];
    const ex = bx - ax;
    const ey = by - ay;
    const denom = dx * ey - dy * ex;
    if (Math.abs(denom) < 1e-12) continue;
    const t = (ax * ey - ay * ex) / denom;
    const s = (ax * dy - ay * dx) / denom;
    if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9) best = Math.min(best, t);
  }
  return Number.isFinite(best) ? best : r;
}

/** The largest distance from the centre to the outline: what collisions must keep clear. */
export function shapeOuterRadius(kind: EntityKind, r: number): number {
  switch (kind) {
    case 'country':
      return squareHalf(r) * Math.SQRT2;
    case 'organization':
      return hexRadius(r);
    case 'media':
      return triangleRadius(r) * 1.12;
    default:
      return r;
  }
}

/** How far a shape reaches from its centre on each side: its bounding box about the centre. */
export interface ShapeExtent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The shape's bounding box about its centre, so a name can stand as close to a square's side or
 * a triangle's base as to a circle (the outer radius leaves a wide gap beside flat sides).
 */
export function shapeExtent(kind: EntityKind, r: number): ShapeExtent {
  const points = polygon(kind, r);
  if (points === null) return { left: r, right: r, top: r, bottom: r };
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return {
    left: -Math.min(...xs),
    right: Math.max(...xs),
    top: -Math.min(...ys),
    bottom: Math.max(...ys),
  };
}
