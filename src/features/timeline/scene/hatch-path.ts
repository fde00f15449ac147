const r = (v: number) => Math.round(v * 100) / 100;

/**
 * Diagonal hatching over a box as one path (lines x + y = c, `spacing` px apart), laid on a grid
 * shared by every box so neighbouring stretches line up. A path rather than an SVG pattern: a
 * pattern needs an id, and two pictures on one page (a handout) must not share ids.
 */
export function hatchPath(x0: number, x1: number, y0: number, y1: number, spacing = 6): string {
  if (x1 <= x0 || y1 <= y0) return '';
  const step = spacing * Math.SQRT2;
  const parts: string[] = [];
  for (let c = Math.ceil((x0 + y0) / step) * step; c < x1 + y1; c += step) {
    const a = Math.max(x0, c - y1);
    const b = Math.min(x1, c - y0);
    if (b - a > 0.01) parts.push(`M${r(a)},${r(c - a)}L${r(b)},${r(c - b)}`);
  }
  return parts.join('');
}
