import type { Box } from './box-geometry';

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The clip path for the edges' hit areas: the whole panel (with a wide margin for panning)
 * minus a hole at every node and every label, drawn with the even-odd rule. Edge hit areas lie
 * above the nodes so Tab reaches nodes first; the holes keep a line that passes over a node
 * from taking that node's clicks.
 */
export function edgeHitClip(
  width: number,
  height: number,
  nodes: readonly { x: number; y: number; r: number }[],
  boxes: readonly Box[],
  margin = 4000,
): string {
  const frame = `M${-margin},${-margin}H${width + margin}V${height + margin}H${-margin}Z`;
  const circles = nodes.map((n) => {
    const r = r1(n.r);
    return `M${r1(n.x - r)},${r1(n.y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  });
  const rects = boxes.map((b) => `M${r1(b.x0)},${r1(b.y0)}H${r1(b.x1)}V${r1(b.y1)}H${r1(b.x0)}Z`);
  return frame + circles.join('') + rects.join('');
}
