import { measureText } from '../../../lib/text-measure';
import type { Box } from './label-placement';
import { fmt, type Point } from './leg-arc';
import { measureStyle, type LineStyle, type LineType, type MapType } from './map-type';

/** A line of a label before it is placed: its words, its style and what a click on it selects. */
export interface LabelLine {
  /** The words as the bundle gives them (an accessible name may repeat them). */
  text: string;
  style: LineStyle;
  /** The entity a click on this line selects; null for leg labels (the leg is the target). */
  entity: string | null;
}

/** A label line ready to draw: its glyphs as drawn, baseline position and click target. */
export interface PositionedLine extends LabelLine {
  /** The text as drawn: country names in capitals. */
  drawn: string;
  x: number;
  /** The baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the line's glyphs take: a click target for its entity. */
  hit: Box;
}

/** What the shown text of a line is: capitals where the style says so. */
export function drawnText(line: LabelLine, type: MapType): string {
  return type.lines[line.style].caps ? line.text.toUpperCase() : line.text;
}

/** A line's width in px, by the app's one text measure. */
export function lineWidth(line: LabelLine, type: MapType): number {
  const t: LineType = type.lines[line.style];
  return measureText(drawnText(line, type), measureStyle(t));
}

/** The size of a stack of lines. */
export function measureLines(
  lines: readonly LabelLine[],
  type: MapType,
): { width: number; height: number } {
  return {
    width: Math.max(0, ...lines.map((l) => lineWidth(l, type))),
    height: lines.reduce((h, l) => h + type.lines[l.style].lineHeight, 0),
  };
}

/** Baselines for each line of a placed label, aligned towards its anchor. */
export function positionLines(
  lines: readonly LabelLine[],
  box: Box,
  align: 'start' | 'middle' | 'end',
  type: MapType,
): PositionedLine[] {
  const x = align === 'start' ? box.x : align === 'end' ? box.x + box.width : box.x + box.width / 2;
  let top = box.y;
  return lines.map((line) => {
    const t = type.lines[line.style];
    // Centre the glyphs in the line box: cap height is about 0.72 of the font size.
    const y = top + (t.lineHeight + t.size * 0.72) / 2;
    const width = lineWidth(line, type);
    const left = align === 'start' ? x : align === 'end' ? x - width : x - width / 2;
    const hit = { x: left, y: top, width, height: t.lineHeight };
    top += t.lineHeight;
    return { ...line, drawn: drawnText(line, type), x, y, anchor: align, hit };
  });
}

/** A hairline from a displaced label back to its point, ending at the label's nearest edge. */
export function leaderPath(box: Box, anchor: Point): string {
  const x = Math.max(box.x, Math.min(anchor[0], box.x + box.width));
  const y = Math.max(box.y, Math.min(anchor[1], box.y + box.height));
  return `M${fmt(anchor[0])},${fmt(anchor[1])}L${fmt(x)},${fmt(y)}`;
}

/** An arrowhead at the view's edge pointing towards a place beyond it, `s` px from its centre. */
export function pointerPath(at: Point, angle: number, s = 7): string {
  const c = Math.cos(angle);
  const n = Math.sin(angle);
  const tip: Point = [at[0] + c * s, at[1] + n * s];
  const l: Point = [at[0] - c * s * 0.6 - n * s * 0.8, at[1] - n * s * 0.6 + c * s * 0.8];
  const r: Point = [at[0] - c * s * 0.6 + n * s * 0.8, at[1] - n * s * 0.6 - c * s * 0.8];
  return `M${fmt(tip[0])},${fmt(tip[1])}L${fmt(l[0])},${fmt(l[1])}L${fmt(r[0])},${fmt(r[1])}Z`;
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
