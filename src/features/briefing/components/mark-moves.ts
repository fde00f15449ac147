/**
 * Transitions between two slides of the same view: which marks move, and how far. Pure: the
 * caller measures the marks on screen and hands in their boxes.
 */

/** How long a transition between two slides of one view takes (DESIGN.md: under 600 ms). */
export const SLIDE_TRANSITION_MS = 450;

/** A box on screen, in CSS pixels. */
export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far a mark moves from the picture left to the picture shown. */
export interface MarkMove {
  dx: number;
  dy: number;
}

/** The linear part of a screen transform (an SVG element's CTM), to turn pixels into units. */
export interface LinearMap {
  a: number;
  b: number;
  c: number;
  d: number;
}

const centre = (b: ScreenBox) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * The marks found in both pictures that moved, by how many screen pixels (centre to centre).
 * Marks in one picture only fade in or out with it; a move under `minShift` is no move.
 */
export function markMoves(
  from: ReadonlyMap<string, ScreenBox>,
  to: ReadonlyMap<string, ScreenBox>,
  minShift = 0.5,
): Map<string, MarkMove> {
  const moves = new Map<string, MarkMove>();
  for (const [key, box] of to) {
    const before = from.get(key);
    if (before === undefined) continue;
    const a = centre(before);
    const b = centre(box);
    const move = { dx: b.x - a.x, dy: b.y - a.y };
    if (Math.hypot(move.dx, move.dy) >= minShift) moves.set(key, move);
  }
  return moves;
}

/**
 * A move in screen pixels as a move in an element's own units: the inverse of the linear part
 * of its parent's screen transform (a picture scaled to fit its box, a group scaled inside it).
 * A transform that cannot be inverted moves nothing.
 */
export function toLocal(move: MarkMove, m: LinearMap): MarkMove {
  const det = m.a * m.d - m.b * m.c;
  if (!Number.isFinite(det) || Math.abs(det) < 1e-9) return { dx: 0, dy: 0 };
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    dx: round((m.d * move.dx - m.c * move.dy) / det),
    dy: round((-m.b * move.dx + m.a * move.dy) / det),
  };
}

/** Ease in and out (cubic): marks start and land gently. */
export function easeInOutCubic(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/** How far along a transition is after `elapsed` ms, eased, from 0 to 1. */
export function transitionProgress(elapsed: number, duration = SLIDE_TRANSITION_MS): number {
  if (duration <= 0) return 1;
  return easeInOutCubic(elapsed / duration);
}
