import type { Point } from './leg-arc';

/** A rectangle in screen pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label sits relative to its anchor, by compass point. */
export type LabelPosition = 'E' | 'NE' | 'SE' | 'W' | 'NW' | 'SW' | 'N' | 'S';

/**
 * Right of the point first, then above-right and below-right, then the left side, then
 * straight above or below: the order cartographers try (right reads first in a left-to-right
 * script and keeps the label off the line into the point).
 */
export const POSITIONS: readonly LabelPosition[] = ['E', 'NE', 'SE', 'W', 'NW', 'SW', 'N', 'S'];

export interface LabelRequest {
  id: string;
  anchor: Point;
  width: number;
  height: number;
  /** Higher goes first and so gets the best spot. */
  priority: number;
  /** Space between the anchor and the nearest edge of the label. */
  gap: number;
  /** Positions to try, in order; defaults to POSITIONS. */
  positions?: readonly LabelPosition[];
  /** Shown even when nothing fits (the selection's labels); placed at its first position. */
  keep?: boolean;
  /**
   * How far out to try, as multiples of the gap; rings past the first get a leader line.
   * Defaults to [1, 3].
   */
  rings?: readonly number[];
  /**
   * Further boxes to try after the positions and rings, each with or without a leader: an
   * off-map arrow's label slides along the edge it stands on instead of moving inland.
   */
  candidates?: readonly { box: Box; leader: boolean; position: LabelPosition }[];
}

/** Something labels must not cover; a label may touch its own marker (`owner`: its id). */
export interface Obstacle extends Box {
  owner?: string;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  position: LabelPosition;
  /** Set far from its anchor: draw a hairline back to it. */
  leader: boolean;
  /** Nothing fitted: leave it out (its name stays in the accessible name and the tooltip). */
  hidden: boolean;
}

const PAD = 2;

export function boxAt(
  anchor: Point,
  position: LabelPosition,
  width: number,
  height: number,
  gap: number,
): Box {
  const [ax, ay] = anchor;
  const d = gap * Math.SQRT1_2;
  switch (position) {
    case 'E':
      return { x: ax + gap, y: ay - height / 2, width, height };
    case 'W':
      return { x: ax - gap - width, y: ay - height / 2, width, height };
    case 'N':
      return { x: ax - width / 2, y: ay - gap - height, width, height };
    case 'S':
      return { x: ax - width / 2, y: ay + gap, width, height };
    case 'NE':
      return { x: ax + d, y: ay - d - height, width, height };
    case 'SE':
      return { x: ax + d, y: ay + d, width, height };
    case 'NW':
      return { x: ax - d - width, y: ay - d - height, width, height };
    case 'SW':
      return { x: ax - d - width, y: ay + d, width, height };
  }
}

export function overlaps(a: Box, b: Box, pad = PAD): boolean {
  return (
    a.x < b.x + b.width + pad &&
    b.x < a.x + a.width + pad &&
    a.y < b.y + b.height + pad &&
    b.y < a.y + a.height + pad
  );
}

function inside(a: Box, bounds: Box): boolean {
  return (
    a.x >= bounds.x &&
    a.y >= bounds.y &&
    a.x + a.width <= bounds.x + bounds.width &&
    a.y + a.height <= bounds.y + bounds.height
  );
}

/**
 * Greedy placement, highest priority first: each label takes the first position where it stays
 * inside the bounds and clear of every obstacle (dots, leg numbers, controls) and every label placed
 * before it. Failing that it tries again further out (three times the distance by default), with
 * a leader line; failing that it is hidden. Deterministic: ties keep input order.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Obstacle[],
  bounds: Box,
): PlacedLabel[] {
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.priority - a.r.priority || a.i - b.i);
  const taken: Box[] = [];
  const result = new Map<string, PlacedLabel>();

  for (const { r } of order) {
    const positions = r.positions ?? POSITIONS;
    // An obstacle at the label's own anchor (its dot) is where the gap already keeps it from.
    // A label's own marker is what its gap already keeps it clear of.
    const blockers = obstacles.filter((o) => o.owner === undefined || o.owner !== r.id);
    const fits = (box: Box) =>
      inside(box, bounds) &&
      !taken.some((t) => overlaps(t, box)) &&
      !blockers.some((o) => overlaps(o, box, 0));
    let placed: PlacedLabel | null = null;
    for (const [i, ring] of (r.rings ?? [1, 3]).entries()) {
      for (const position of positions) {
        const box = boxAt(r.anchor, position, r.width, r.height, r.gap * ring);
        if (fits(box)) {
          placed = { id: r.id, box, position, leader: i > 0, hidden: false };
          break;
        }
      }
      if (placed) break;
    }
    for (const c of placed ? [] : (r.candidates ?? []))
      if (fits(c.box)) {
        placed = { id: r.id, box: c.box, position: c.position, leader: c.leader, hidden: false };
        break;
      }
    if (!placed) {
      const position = positions[0] ?? 'E';
      const box = boxAt(r.anchor, position, r.width, r.height, r.gap);
      placed = { id: r.id, box, position, leader: false, hidden: !r.keep };
    }
    if (!placed.hidden) taken.push(placed.box);
    result.set(r.id, placed);
  }
  return requests.map((r) => result.get(r.id)).filter((p): p is PlacedLabel => p !== undefined);
}
