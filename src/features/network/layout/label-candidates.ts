import type { Box, Segment } from './box-geometry';
import type { LabelInput, PlacedLabel } from './place-labels';
import type { ShapeExtent } from './node-shape';

/** SVG text-anchor of a label: start to the right of its node, end to the left. */
export type TextAnchor = 'start' | 'middle' | 'end';

/** Where a label sits relative to its node: the eight classic spots and their slid variants. */
export type Side =
  | 'right'
  | 'left'
  | 'below'
  | 'above'
  | 'br'
  | 'tr'
  | 'bl'
  | 'tl'
  // Slid variants: beside but shifted half a line box down/up; below/above but flush with
  // the node's centre line on one side. They find room where the eight classic spots are taken.
  | 'right-down'
  | 'right-up'
  | 'left-down'
  | 'left-up'
  | 'below-right'
  | 'below-left'
  | 'above-right'
  | 'above-left';

/** The label's node's extent (its shape's bounding box), else a circle of its outer radius. */
export function extentOf(label: LabelInput): ShapeExtent {
  const o = label.outer;
  return label.extent ?? { left: o, right: o, top: o, bottom: o };
}

/** From the node's outline (its shape's box) toward the nearest point of the label's box. */
export function leaderLine(label: LabelInput, box: Box): Segment {
  const nx = Math.max(box.x0, Math.min(label.x, box.x1));
  const ny = Math.max(box.y0, Math.min(label.y, box.y1));
  const d = Math.hypot(nx - label.x, ny - label.y) || 1;
  const ux = (nx - label.x) / d;
  const uy = (ny - label.y) / d;
  const e = extentOf(label);
  // Where the ray leaves the shape's box: the leader touches the mark that is drawn.
  const out = Math.min(
    ux > 0 ? e.right / ux : ux < 0 ? e.left / -ux : Infinity,
    uy > 0 ? e.bottom / uy : uy < 0 ? e.top / -uy : Infinity,
    label.outer,
  );
  return {
    x1: label.x + ux * (out + 2),
    y1: label.y + uy * (out + 2),
    x2: nx - ux * 2,
    y2: ny - uy * 2,
  };
}

/**
 * The label's box and text position at one spot, `d` from its node's centre as for a circle of
 * its outer radius: beside, above or below a flat-sided shape it stands the same gap
 * (`d − outer`) from the shape's box instead, so a square's or a triangle's name is as close as a
 * circle's.
 */
export function candidateAt(
  label: LabelInput,
  side: Side,
  d: number,
  w: number,
  h: number,
  lineHeight: number,
): PlacedLabel {
  const e = extentOf(label);
  const gap = d - label.outer;
  const x = label.x;
  const y = label.y;
  const diag = d * Math.SQRT1_2;
  const [right, left, below, above] = [
    x + e.right + gap,
    x - e.left - gap,
    y + e.bottom + gap,
    y - e.top - gap,
  ];
  let x0: number;
  let y0: number;
  switch (side) {
    case 'right':
      [x0, y0] = [right, y - h / 2];
      break;
    case 'left':
      [x0, y0] = [left - w, y - h / 2];
      break;
    case 'below':
      [x0, y0] = [x - w / 2, below];
      break;
    case 'above':
      [x0, y0] = [x - w / 2, above - h];
      break;
    case 'br':
      [x0, y0] = [x + diag, y + diag];
      break;
    case 'tr':
      [x0, y0] = [x + diag, y - diag - h];
      break;
    case 'bl':
      [x0, y0] = [x - diag - w, y + diag];
      break;
    case 'tl':
      [x0, y0] = [x - diag - w, y - diag - h];
      break;
    case 'right-down':
      [x0, y0] = [right, y - h * 0.15];
      break;
    case 'right-up':
      [x0, y0] = [right, y - h * 0.85];
      break;
    case 'left-down':
      [x0, y0] = [left - w, y - h * 0.15];
      break;
    case 'left-up':
      [x0, y0] = [left - w, y - h * 0.85];
      break;
    case 'below-right':
      [x0, y0] = [x - Math.min(w / 2, 6), below];
      break;
    case 'below-left':
      [x0, y0] = [x + Math.min(w / 2, 6) - w, below];
      break;
    case 'above-right':
      [x0, y0] = [x - Math.min(w / 2, 6), above - h];
      break;
    case 'above-left':
      [x0, y0] = [x + Math.min(w / 2, 6) - w, above - h];
      break;
  }
  const anchor: TextAnchor =
    side === 'below' || side === 'above'
      ? 'middle'
      : side.startsWith('left') || side === 'bl' || side === 'tl' || side.endsWith('-left')
        ? 'end'
        : 'start';
  const tx = anchor === 'start' ? x0 : anchor === 'end' ? x0 + w : x0 + w / 2;
  // First baseline: the line box's top plus the ascent of a typical sans (about 0.8 em),
  // centred in the extra leading.
  const baseline = y0 + (lineHeight - label.fontSize) / 2 + label.fontSize * 0.8;
  return {
    id: label.id,
    lines: label.lines,
    fontSize: label.fontSize,
    bold: label.bold,
    anchor,
    x: tx,
    y: baseline,
    lineHeight,
    box: { x0, y0, x1: x0 + w, y1: y0 + h },
    leader: null,
  };
}
