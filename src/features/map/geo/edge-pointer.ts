import type { Box, LabelPosition } from './label-placement';
import type { Point } from './leg-arc';

/** The edge of the view an off-view place's arrow stands on. */
export type EdgeSide = 'left' | 'right' | 'top' | 'bottom';

/** An arrow at the view's edge, pointing towards a place beyond it. */
export interface EdgePointer {
  at: Point;
  /** Direction from the arrow to the place (radians, y down). */
  angle: number;
  side: EdgeSide;
}

const hits = (p: Point, b: Box, pad: number) =>
  p[0] > b.x - pad && p[0] < b.x + b.width + pad && p[1] > b.y - pad && p[1] < b.y + b.height + pad;

/**
 * Where the arrow for an off-view place stands: where the line from the view's centre to the
 * place crosses a frame `edge` px inside the view. If a control sits there (the zoom buttons in
 * the top right corner, a badge), the arrow slides along its edge to the nearest clear spot,
 * still pointing at the place, so it is never hidden under a button.
 */
export function edgePointer(
  place: Point,
  size: { width: number; height: number },
  edge: number,
  reserved: readonly Box[] = [],
  clearance = edge,
): EdgePointer {
  const c: Point = [size.width / 2, size.height / 2];
  const dx = place[0] - c[0];
  const dy = place[1] - c[1];
  const hx = size.width / 2 - edge;
  const hy = size.height / 2 - edge;
  const t = Math.min(
    dx === 0 ? Infinity : hx / Math.abs(dx),
    dy === 0 ? Infinity : hy / Math.abs(dy),
  );
  let at: Point = [c[0] + dx * t, c[1] + dy * t];
  const side: EdgeSide =
    Math.abs(Math.abs(at[0] - c[0]) - hx) < 0.5
      ? dx > 0
        ? 'right'
        : 'left'
      : dy > 0
        ? 'bottom'
        : 'top';
  const blocking = reserved.filter((b) => hits(at, b, clearance));
  if (blocking.length > 0) {
    const along = side === 'top' || side === 'bottom' ? 0 : 1;
    const limit = along === 0 ? [edge, size.width - edge] : [edge, size.height - edge];
    // Candidate spots just past each blocking box, on either side, along the edge.
    const spots = blocking
      .flatMap((b) =>
        along === 0
          ? [b.x - clearance, b.x + b.width + clearance]
          : [b.y - clearance, b.y + b.height + clearance],
      )
      .filter((v) => v >= (limit[0] ?? 0) && v <= (limit[1] ?? 0))
      .map((v): Point => (along === 0 ? [v, at[1]] : [at[0], v]))
      .filter((p) => !reserved.some((b) => hits(p, b, clearance)))
      .sort(
        (a, b) =>
          Math.abs(a[along] - at[along]) - Math.abs(b[along] - at[along]) || a[along] - b[along],
      );
    if (spots[0]) at = spots[0];
  }
  return { at, angle: Math.atan2(place[1] - at[1], place[0] - at[0]), side };
}

/** Positions that keep an arrow's label against its edge, facing into the view. */
export const INWARD: Record<EdgeSide, readonly LabelPosition[]> = {
  right: ['W', 'SW', 'NW'],
  left: ['E', 'SE', 'NE'],
  top: ['S', 'SE', 'SW'],
  bottom: ['N', 'NE', 'NW'],
};

/**
 * More places for an arrow's label when the spots beside it are taken: the same distance from
 * the edge, slid along it in steps, each with a leader back to the arrow. The label stays at the
 * panel's edge, never moving inland over places it has nothing to do with.
 */
export function alongEdgeCandidates(
  pointer: EdgePointer,
  label: { width: number; height: number },
  gap: number,
  steps = 10,
  step = 14,
): { box: Box; leader: boolean; position: LabelPosition }[] {
  const [ax, ay] = pointer.at;
  const { width: w, height: h } = label;
  const out: { box: Box; leader: boolean; position: LabelPosition }[] = [];
  for (let k = 1; k <= steps; k += 1)
    for (const sign of [-1, 1]) {
      const shift = sign * k * step;
      switch (pointer.side) {
        case 'top':
          out.push({
            box: { x: ax - w / 2 + shift, y: ay + gap, width: w, height: h },
            leader: true,
            position: 'S',
          });
          break;
        case 'bottom':
          out.push({
            box: { x: ax - w / 2 + shift, y: ay - gap - h, width: w, height: h },
            leader: true,
            position: 'N',
          });
          break;
        case 'right':
          out.push({
            box: { x: ax - gap - w, y: ay - h / 2 + shift, width: w, height: h },
            leader: true,
            position: 'W',
          });
          break;
        case 'left':
          out.push({
            box: { x: ax + gap, y: ay - h / 2 + shift, width: w, height: h },
            leader: true,
            position: 'E',
          });
          break;
      }
    }
  return out;
}
