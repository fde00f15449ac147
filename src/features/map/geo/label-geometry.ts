import type { Box } from './label-placement';
import { fmt, type Point } from './leg-arc';
import { LINE_STYLE, MARK, type LabelLine, type OverlayLabel } from './map-overlay';
import { textWidth } from './text-width';

/** A label line ready to draw: text-anchor and baseline position. */
export interface PositionedLine extends LabelLine {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** Baselines for each line of a placed label, aligned towards its anchor. */
export function labelLines(label: OverlayLabel): PositionedLine[] {
  const { box, align } = label;
  const x = align === 'start' ? box.x : align === 'end' ? box.x + box.width : box.x + box.width / 2;
  let top = box.y;
  return label.lines.map((line) => {
    const style = LINE_STYLE[line.style];
    // Centre the glyphs in the line box: cap height is about 0.72 of the font size.
    const y = top + (style.lineHeight + style.size * 0.72) / 2;
    top += style.lineHeight;
    return { ...line, x, y, anchor: align };
  });
}

/** A hairline from a displaced label back to its point, ending at the label's nearest edge. */
export function leaderPath(label: OverlayLabel): string | null {
  if (!label.leader || label.hidden) return null;
  const { box, anchor } = label;
  const x = Math.max(box.x, Math.min(anchor[0], box.x + box.width));
  const y = Math.max(box.y, Math.min(anchor[1], box.y + box.height));
  return `M${fmt(anchor[0])},${fmt(anchor[1])}L${fmt(x)},${fmt(y)}`;
}

/** An arrowhead at the view's edge pointing towards a place beyond it. */
export function pointerPath(at: Point, angle: number): string {
  const s = MARK.pointer;
  const c = Math.cos(angle);
  const n = Math.sin(angle);
  const tip: Point = [at[0] + c * s, at[1] + n * s];
  const l: Point = [at[0] - c * s * 0.6 - n * s * 0.8, at[1] - n * s * 0.6 + c * s * 0.8];
  const r: Point = [at[0] - c * s * 0.6 + n * s * 0.8, at[1] - n * s * 0.6 - c * s * 0.8];
  return `M${fmt(tip[0])},${fmt(tip[1])}L${fmt(l[0])},${fmt(l[1])}L${fmt(r[0])},${fmt(r[1])}Z`;
}

/** The box a positioned line occupies: a click target for the entity it names. */
export function lineBox(line: PositionedLine): Box {
  const style = LINE_STYLE[line.style];
  const width = textWidth(line.text, style);
  const x =
    line.anchor === 'start' ? line.x : line.anchor === 'end' ? line.x - width : line.x - width / 2;
  const top = line.y - (style.lineHeight + style.size * 0.72) / 2;
  return { x, y: top, width, height: style.lineHeight };
}

/** The smallest box around several. */
export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
