import type { Box } from './label-placement';
import { pointAlong, type Point } from './leg-arc';

const inBox = (p: Point, b: Box, pad: number) =>
  p[0] >= b.x - pad &&
  p[0] <= b.x + b.width + pad &&
  p[1] >= b.y - pad &&
  p[1] <= b.y + b.height + pad;

/**
 * Where a leg's numbered marker goes: the middle of the longest stretch of the line that is in
 * the view (at least `inset` from its edges) and clear of the controls drawn over it. A leg from
 * a place off the map shows its number on the part the reader can see, not at the edge where
 * half of it would be cut; a leg with no such stretch gets no marker (null). A leg of no length
 * in view keeps its marker where it stands.
 */
export function visibleMid(
  line: readonly Point[],
  view: { width: number; height: number },
  inset: number,
  reserved: readonly Box[],
): { point: Point; angle: number } | null {
  const clear = (p: Point) =>
    p[0] >= inset &&
    p[0] <= view.width - inset &&
    p[1] >= inset &&
    p[1] <= view.height - inset &&
    !reserved.some((b) => inBox(p, b, inset));
  let best: Point[] = [];
  let bestLength = 0;
  let run: Point[] = [];
  let runLength = 0;
  const close = () => {
    // A leg with no length (a country to its own capital) still has one marker to carry.
    if (run.length > 1 && (runLength > bestLength || best.length === 0)) {
      best = run;
      bestLength = runLength;
    }
    run = [];
    runLength = 0;
  };
  for (const p of line) {
    if (!clear(p)) {
      close();
      continue;
    }
    const last = run[run.length - 1];
    if (last) runLength += Math.hypot(p[0] - last[0], p[1] - last[1]);
    run.push(p);
  }
  close();
  if (best.length < 2) return null;
  return pointAlong(best, 0.5);
}
