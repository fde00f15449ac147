import { measureText } from '../../../lib/text-measure';
import type { NetworkPalette } from '../export/network-palette';
import { DIMMED, SUBJECT, type CanvasMarks } from './canvas-marks';
import type { CanvasScene } from './canvas-scene';
import {
  drawAll,
  drawLines,
  drawShapes,
  lineSteps,
  shapeSteps,
  traceLine,
} from './draw-canvas-marks';
import type { ScreenLabel, View } from './choose-labels';
import { captionBoxes, captionFontSize } from './caption-boxes';

type Ctx = CanvasRenderingContext2D;

/** What a frame draws besides the scene: the zoom, the flags, the pointer and keyboard focus. */
export interface Frame {
  view: View;
  /** Device pixels per CSS pixel. */
  dpr: number;
  marks: CanvasMarks;
  /** Under the pointer (-1: none). */
  hoverNode: number;
  hoverEdge: number;
  /** Keyboard focus (-1: none): drawn with the focus ring. */
  focusNode: number;
  focusEdge: number;
  labels: readonly ScreenLabel[];
  /** Words for the selected or hovered relation, at its middle (screen pixels). */
  edgeLabel: { lines: string[]; x: number; y: number; fontSize: number; width: number } | null;
  palette: NetworkPalette;
  /** The focus ring's colour (--focus). */
  focus: string;
  fontFamily: string;
  /** Draw every n-th line only (default 1): a settling layout's frames (settlingStride). */
  lineStride?: number;
}

/**
 * One frame of the large network on a 2D canvas, in the SVG's drawing order and colours: the
 * base (drawNetworkBase) with the top (drawNetworkTop) over it. Only what is in view is drawn;
 * lines and shapes keep a readable size on screen at any zoom. No DOM: any 2D context will do,
 * which is how it is tested.
 */
export function drawNetworkCanvas(ctx: Ctx, scene: CanvasScene, frame: Frame): void {
  drawNetworkBase(ctx, scene, frame);
  drawNetworkTop(ctx, scene, frame);
}

/**
 * What a frame's base depends on besides the scene and the view: a selection changes the base
 * only when it starts or ends dimming; which marks it lights is the top's business.
 */
export function baseKey(frame: Frame): string {
  const { view: v, marks } = frame;
  return `${v.k}|${v.x}|${v.y}|${v.width}|${v.height}|${frame.dpr}|${marks.active}|${marks.dimming}|${frame.lineStride ?? 1}`;
}

/**
 * The part of a frame a selection leaves alone, so it can be kept as a bitmap and a click
 * draws only the top over it: hulls, every line and shape in view, all dimmed while a
 * selection dims (none picked out), and the groupings' captions. Clears the canvas first.
 */
export function drawNetworkBase(ctx: Ctx, scene: CanvasScene, frame: Frame): void {
  drawAll(networkBaseSteps(ctx, scene, frame));
}

/**
 * drawNetworkBase in steps: a pause after the hulls, after each path of lines or shapes (at
 * most PER_PATH marks) and at the end, so base-cache.ts can spread a large base over several
 * tasks. The same calls as drawNetworkBase, in the same order.
 */
export function* networkBaseSteps(
  ctx: Ctx,
  scene: CanvasScene,
  frame: Frame,
): Generator<void, void, void> {
  const { view, dpr, marks, palette: p } = frame;
  const { k } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  for (const h of scene.hulls) {
    ctx.beginPath();
    h.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
    ctx.fillStyle = p.groups[h.tone];
    ctx.globalAlpha = 1;
    ctx.fill();
  }
  yield;
  const dim = marks.dimming ? DIMMED : 0;
  const base: Frame = { ...frame, hoverEdge: -1 };
  yield* lineSteps(
    ctx,
    scene,
    base,
    () => dim,
    () => true,
  );
  yield* shapeSteps(
    ctx,
    scene,
    frame,
    () => true,
    () => marks.dimming,
  );

  // Each grouping's caption above its hull, in small capitals as the SVG sets it.
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineJoin = 'round';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 ${captionFontSize(scene)}px ${frame.fontFamily}`;
  ctx.textAlign = 'center';
  const captions = captionBoxes(scene, view, (text, size) =>
    measureText(text, { size, weight: 'bold' }),
  );
  for (const c of captions) {
    ctx.globalAlpha = marks.active ? 0.5 : 1;
    ctx.strokeStyle = p.background;
    ctx.lineWidth = 3;
    ctx.strokeText(c.text, c.x, c.y);
    ctx.fillStyle = p.muted;
    ctx.fillText(c.text, c.x, c.y);
  }
  ctx.textAlign = 'start';
  ctx.globalAlpha = 1;
}

/**
 * What a selection, the pointer and the keyboard add over the base: the lit lines (with the
 * subject's highlighter) and shapes again at full strength, the hovered line, rings, keyboard
 * focus, the names chosen for the zoom and the words of the selected or hovered relation.
 * Lit marks come above the dimmed ones, so what a click picks out is never under the rest.
 */
export function drawNetworkTop(ctx: Ctx, scene: CanvasScene, frame: Frame): void {
  const { view, dpr, marks, palette: p } = frame;
  const { k } = view;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  const lit = (bits: number) => marks.dimming && !(bits & DIMMED);
  drawLines(
    ctx,
    scene,
    frame,
    (e) => marks.edges[e] ?? 0,
    (e, bits) => lit(bits) || (bits & SUBJECT) !== 0 || e === frame.hoverEdge,
  );
  drawShapes(
    ctx,
    scene,
    frame,
    (i) => lit(marks.nodes[i] ?? 0),
    () => false,
  );

  // Rings: the selection's subject, what is hovered, and keyboard focus on top.
  const ring = (i: number, colour: string, px: number) => {
    if (i < 0) return;
    const r = Math.max((scene.outer[i] ?? 1) * k, 4) + 3;
    ctx.beginPath();
    ctx.arc(scene.x[i] ?? 0, scene.y[i] ?? 0, r / k, 0, 2 * Math.PI);
    ctx.strokeStyle = colour;
    ctx.lineWidth = px / k;
    ctx.stroke();
  };
  for (let i = 0; i < scene.ids.length; i++)
    if ((marks.nodes[i] ?? 0) & SUBJECT) ring(i, p.text, 2);
  if (frame.hoverNode >= 0) ring(frame.hoverNode, p.muted, 1.5);
  ring(frame.focusNode, frame.focus, 3);
  if (frame.focusEdge >= 0) {
    ctx.beginPath();
    traceLine(ctx, scene, frame.focusEdge);
    ctx.strokeStyle = frame.focus;
    ctx.globalAlpha = 0.9;
    ctx.lineWidth = 3 / k;
    ctx.stroke();
    ctx.globalAlpha = 1;
  }

  // Names and words, in screen pixels.
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineJoin = 'round';
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'start';
  for (const l of frame.labels) {
    const bits = marks.nodes[l.node] ?? 0;
    ctx.font = `${l.bold || bits & SUBJECT ? '700 ' : ''}${l.fontSize}px ${frame.fontFamily}`;
    ctx.globalAlpha = bits & DIMMED ? 0.3 : 1;
    ctx.strokeStyle = p.background;
    ctx.lineWidth = 3;
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillStyle = p.text;
    ctx.fillText(l.text, l.x, l.y);
  }
  ctx.globalAlpha = 1;
  const words = frame.edgeLabel;
  if (words) {
    const lineHeight = words.fontSize * 1.2;
    const h = words.lines.length * lineHeight;
    const x = Math.min(view.width - words.width / 2 - 4, Math.max(words.width / 2 + 4, words.x));
    const top = Math.min(view.height - h - 4, Math.max(4, words.y - h - 6));
    ctx.fillStyle = p.background;
    ctx.strokeStyle = p.muted;
    ctx.lineWidth = 0.75;
    ctx.beginPath();
    ctx.rect(x - words.width / 2 - 5, top - 3, words.width + 10, h + 6);
    ctx.fill();
    ctx.stroke();
    ctx.font = `${words.fontSize}px ${frame.fontFamily}`;
    ctx.textAlign = 'center';
    words.lines.forEach((line, i) => {
      ctx.fillStyle = i === words.lines.length - 1 && words.lines.length > 1 ? p.muted : p.text;
      ctx.fillText(line, x, top + words.fontSize * 0.95 + i * lineHeight);
    });
    ctx.textAlign = 'start';
  }
}
