import type { EntityKind } from '../../../bundle/bundle-schema';
import { shapeBoundaryDistance } from './node-shape';

/** An end of an edge: a node's centre, shape and size. */
export interface EdgeEnd {
  id: string;
  kind: EntityKind;
  x: number;
  y: number;
  r: number;
}

export interface EdgeGeometryOptions {
  /** Offset from the pair's straight line, centred on 0 (see NetworkEdge.lane). */
  lane: number;
  directed: boolean;
  /** Ends in a bar (⊣) instead of an arrowhead. */
  opposed: boolean;
  strokeWidth: number;
  /** Distance between neighbouring curves of one pair, at their middle. */
  laneGap?: number;
}

export interface EdgeGeometry {
  /** The line: "M … L …" or "M … Q …". */
  d: string;
  /** The arrowhead (a filled triangle) or bar (a stroked line) at the target end, if any. */
  marker: { kind: 'arrow' | 'bar'; d: string } | null;
  /** The curve's middle, where an edge label goes. */
  mid: { x: number; y: number };
  /** Direction of the curve at its middle, in degrees, for labels that follow it. */
  angle: number;
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const pt = (x: number, y: number) => `${r2(x)},${r2(y)}`;

/**
 * A relation's path from outline to outline. Several relations between one pair bend apart
 * (quadratic curves offset by lane), measured in the pair's canonical direction so "A met B"
 * and "B met A" part instead of overlapping. Arrowheads stop at the target's outline, which
 * is found for its actual shape, so they stay visible on squares and hexagons too.
 */
export function edgeGeometry(
  source: EdgeEnd,
  target: EdgeEnd,
  options: EdgeGeometryOptions,
): EdgeGeometry {
  const laneGap = options.laneGap ?? 16;
  const [a, b] = source.id <= target.id ? [source, target] : [target, source];
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  // Unit normal of the canonical direction a -> b.
  const nx = -(b.y - a.y) / len;
  const ny = (b.x - a.x) / len;
  const bend = options.lane * laneGap * 2;
  const cx = (source.x + target.x) / 2 + nx * bend;
  const cy = (source.y + target.y) / 2 + ny * bend;

  const toward = (from: EdgeEnd, x: number, y: number) => {
    const d = Math.hypot(x - from.x, y - from.y) || 1;
    return { ux: (x - from.x) / d, uy: (y - from.y) / d };
  };
  const s = toward(source, cx, cy);
  const t = toward(target, cx, cy);
  const sGap = shapeBoundaryDistance(source.kind, source.r, s.ux, s.uy) + 1.5;
  const tGap = shapeBoundaryDistance(target.kind, target.r, t.ux, t.uy) + 1.5;
  const sx = source.x + s.ux * sGap;
  const sy = source.y + s.uy * sGap;
  const tipX = target.x + t.ux * tGap;
  const tipY = target.y + t.uy * tGap;

  const sw = options.strokeWidth;
  const arrowLen = 5 + sw * 1.8;
  const arrowHalf = 2.6 + sw * 1.1;
  let ex = tipX;
  let ey = tipY;
  let marker: EdgeGeometry['marker'] = null;
  // Direction of travel at the tip is from the control point toward the target: -t.
  const px = -t.uy;
  const py = t.ux;
  if (options.opposed) {
    const half = arrowHalf + 1.5;
    marker = {
      kind: 'bar',
      d: `M${pt(tipX + px * half, tipY + py * half)}L${pt(tipX - px * half, tipY - py * half)}`,
    };
  } else if (options.directed) {
    const bx = tipX + t.ux * arrowLen;
    const by = tipY + t.uy * arrowLen;
    marker = {
      kind: 'arrow',
      d: `M${pt(tipX, tipY)}L${pt(bx + px * arrowHalf, by + py * arrowHalf)}L${pt(bx - px * arrowHalf, by - py * arrowHalf)}Z`,
    };
    // The line stops inside the arrowhead so a thick stroke does not blunt its point.
    ex = tipX + t.ux * arrowLen * 0.7;
    ey = tipY + t.uy * arrowLen * 0.7;
  }

  const straight = Math.abs(bend) < 1e-9;
  const d = straight
    ? `M${pt(sx, sy)}L${pt(ex, ey)}`
    : `M${pt(sx, sy)}Q${pt(cx, cy)} ${pt(ex, ey)}`;
  const mid = straight
    ? { x: (sx + tipX) / 2, y: (sy + tipY) / 2 }
    : { x: 0.25 * sx + 0.5 * cx + 0.25 * tipX, y: 0.25 * sy + 0.5 * cy + 0.25 * tipY };
  const angle = (Math.atan2(tipY - sy, tipX - sx) * 180) / Math.PI;
  return { d, marker, mid: { x: r2(mid.x), y: r2(mid.y) }, angle: r2(angle) };
}
