/** The marks of a canvas frame (lines and shapes), shared by its base and its top. */
import { DIMMED, SUBJECT } from './canvas-marks';
import { edgeControl } from './canvas-hit';
import { KINDS, TONES, type CanvasScene } from './canvas-scene';
import type { View } from './choose-labels';
import type { Frame } from './draw-network-canvas';
import { lineCrowding } from '../layout/line-crowding';

/** Nodes smaller than this on screen are drawn as squares: at that size a shape is a dot. */
const DOT_PX = 2.2;
/**
 * Lines or shapes per path. The rasteriser (software, without a GPU: Chromium does it in the
 * compositor's commit, on the main thread) fills a path's outline scanline by scanline over
 * every edge of the path that spans it: one path of 15,000 lines across the panel took several
 * times as long as the same lines in paths of a few hundred (measured on the 20k story's scene:
 * a whole frame 140–700 ms in one path per style, 70–190 ms in paths of 256).
 */
export const PER_PATH = 256;

/** While the layout settles, at most about this many lines are drawn (every n-th of them). */
export const LINES_WHILE_SETTLING = 2500;

/**
 * Which lines a frame of a settling layout draws: every n-th, at most about
 * LINES_WHILE_SETTLING, so the picture forming shows its structure at a bounded cost (the
 * positions change every few frames). 1: every line.
 */
export function settlingStride(lineCount: number): number {
  return Math.max(1, Math.ceil(lineCount / LINES_WHILE_SETTLING));
}

/** Nothing is drawn smaller than this on screen, so every node stays visible zoomed out. */
const MIN_NODE_PX = 1.1;

type Ctx = CanvasRenderingContext2D;

function traceShape(ctx: Ctx, kind: number, x: number, y: number, r: number, px: number) {
  if (px < DOT_PX) {
    ctx.rect(x - r, y - r, 2 * r, 2 * r);
    return;
  }
  switch (KINDS[kind]) {
    case 'country': {
      const h = r * Math.sqrt(Math.PI) * 0.5;
      ctx.rect(x - h, y - h, 2 * h, 2 * h);
      return;
    }
    case 'organization': {
      const R = r * Math.sqrt((2 * Math.PI) / (3 * Math.sqrt(3)));
      for (let v = 0; v < 6; v++) {
        const a = -Math.PI / 2 + (v * Math.PI) / 3;
        if (v === 0) ctx.moveTo(x + R * Math.cos(a), y + R * Math.sin(a));
        else ctx.lineTo(x + R * Math.cos(a), y + R * Math.sin(a));
      }
      ctx.closePath();
      return;
    }
    case 'media': {
      const R = r * Math.sqrt((4 * Math.PI) / (3 * Math.sqrt(3)));
      for (let v = 0; v < 3; v++) {
        const a = -Math.PI / 2 + (v * 2 * Math.PI) / 3;
        const py = y + R * Math.sin(a) + R * 0.12;
        if (v === 0) ctx.moveTo(x + R * Math.cos(a), py);
        else ctx.lineTo(x + R * Math.cos(a), py);
      }
      ctx.closePath();
      return;
    }
    default:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
}

/** The world box in view (with a margin for marks that reach in), for culling. */
export function worldBox(scene: CanvasScene, view: View) {
  const { k } = view;
  const margin = scene.maxOuter + 4 / k;
  return {
    x0: -view.x / k - margin,
    y0: -view.y / k - margin,
    x1: (view.width - view.x) / k + margin,
    y1: (view.height - view.y) / k + margin,
  };
}

/** Runs a drawing's steps (see lineSteps) to the end, now. */
export function drawAll(steps: Iterator<unknown>): void {
  while (!steps.next().done);
}

/** The lines in view, each with the flags it is drawn with; `pick` says which to draw. */
export function drawLines(
  ctx: Ctx,
  scene: CanvasScene,
  frame: Frame,
  bitsOf: (e: number) => number,
  pick: (e: number, bits: number) => boolean,
): void {
  drawAll(lineSteps(ctx, scene, frame, bitsOf, pick));
}

/**
 * drawLines in steps: it pauses after each path it strokes (at most PER_PATH lines), so a large
 * base can be drawn over several tasks (see base-cache.ts). Between steps the context keeps
 * the state the next one relies on, so nothing else may draw on it meanwhile.
 */
export function* lineSteps(
  ctx: Ctx,
  scene: CanvasScene,
  frame: Frame,
  bitsOf: (e: number) => number,
  pick: (e: number, bits: number) => boolean,
): Generator<void, void, void> {
  const { view, marks, palette: p } = frame;
  const { k } = view;
  const box = worldBox(scene, view);
  const { edges } = scene;
  const batches = new Map<string, number[]>();
  let visibleEdges = 0;
  const stride = frame.lineStride ?? 1;
  for (let e = 0; e < edges.count; e += stride) {
    const s = edges.source[e] ?? 0;
    const t = edges.target[e] ?? 0;
    const sx = scene.x[s] ?? 0;
    const sy = scene.y[s] ?? 0;
    const tx = scene.x[t] ?? 0;
    const ty = scene.y[t] ?? 0;
    if (
      Math.max(sx, tx) < box.x0 ||
      Math.min(sx, tx) > box.x1 ||
      Math.max(sy, ty) < box.y0 ||
      Math.min(sy, ty) > box.y1
    )
      continue;
    visibleEdges += 1;
    const bits = bitsOf(e);
    if (!pick(e, bits)) continue;
    const key = `${bits & DIMMED ? 1 : 0}|${edges.tone[e]}|${edges.width[e]}|${edges.dash[e]?.join(',') ?? ''}|${bits & SUBJECT || e === frame.hoverEdge ? 1 : 0}`;
    const list = batches.get(key);
    if (list) list.push(e);
    else batches.set(key, [e]);
  }
  // Many lines in view: fainter and hairline-thin, so the shapes and the selection still read
  // (and thin lines are the rasteriser's fast path: thousands of wide ones are what is slow).
  const { crowded, opacity: crowd } = lineCrowding(visibleEdges);
  // Stroke widths follow the zoom part of the way, and never go below half a pixel on screen.
  const screenWidth = (w: number) =>
    crowded ? 1 : Math.max(0.5, w * Math.min(1.5, Math.max(0.35, k)));
  ctx.lineCap = crowded ? 'butt' : 'round';
  // The selection's highlighter under its lines.
  for (const [key, list] of batches) {
    if (!key.endsWith('|1')) continue;
    for (const e of list) {
      if (!(bitsOf(e) & SUBJECT)) continue;
      ctx.beginPath();
      traceLine(ctx, scene, e);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = p.halo;
      ctx.setLineDash([]);
      ctx.lineWidth = (screenWidth(edges.width[e] ?? 1) + 6) / k;
      ctx.stroke();
      yield;
    }
  }
  const ordered = [...batches].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  for (const [key, list] of ordered) {
    const [dim, tone, width, dash, strong] = key.split('|');
    ctx.globalAlpha = (dim === '1' ? 0.3 : 1) * (strong === '1' || marks.active ? 1 : crowd);
    ctx.strokeStyle = p.edge[TONES[Number(tone)] ?? 'muted'];
    const w = screenWidth(Number(width)) + (strong === '1' ? 1.2 : 0);
    ctx.lineWidth = w / k;
    // Dashes only where lines can be told apart; in a crowd they cost much and show nothing.
    ctx.setLineDash(
      dash && (!crowded || strong === '1')
        ? dash.split(',').map((d) => (Number(d) * w) / Number(width) / k)
        : [],
    );
    for (let at = 0; at < list.length; at += PER_PATH) {
      ctx.beginPath();
      for (let j = at; j < Math.min(list.length, at + PER_PATH); j++)
        traceLine(ctx, scene, list[j] ?? 0);
      ctx.stroke();
      yield;
    }
  }
  ctx.setLineDash([]);
}

export function traceLine(ctx: Ctx, scene: CanvasScene, e: number): void {
  const { edges } = scene;
  const s = edges.source[e] ?? 0;
  const t = edges.target[e] ?? 0;
  ctx.moveTo(scene.x[s] ?? 0, scene.y[s] ?? 0);
  const c = edgeControl(scene, e);
  if (c) ctx.quadraticCurveTo(c.cx, c.cy, scene.x[t] ?? 0, scene.y[t] ?? 0);
  else ctx.lineTo(scene.x[t] ?? 0, scene.y[t] ?? 0);
}

/** The shapes in view that `pick` says, by kind, dimmed or not as `dimmed` says. */
export function drawShapes(
  ctx: Ctx,
  scene: CanvasScene,
  frame: Frame,
  pick: (i: number) => boolean,
  dimmed: (i: number) => boolean,
): void {
  drawAll(shapeSteps(ctx, scene, frame, pick, dimmed));
}

/** drawShapes in steps, a pause after each path (as lineSteps). */
export function* shapeSteps(
  ctx: Ctx,
  scene: CanvasScene,
  frame: Frame,
  pick: (i: number) => boolean,
  dimmed: (i: number) => boolean,
): Generator<void, void, void> {
  const { view, palette: p } = frame;
  const { k } = view;
  const box = worldBox(scene, view);
  const shapes = new Map<number, number[]>();
  for (let i = 0; i < scene.ids.length; i++) {
    const x = scene.x[i] ?? 0;
    const y = scene.y[i] ?? 0;
    if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1 || !pick(i)) continue;
    const key = (scene.kinds[i] ?? 0) * 2 + (dimmed(i) ? 1 : 0);
    const list = shapes.get(key);
    if (list) list.push(i);
    else shapes.set(key, [i]);
  }
  const outline = scene.maxOuter * k > 4;
  for (const [key, list] of [...shapes].sort(([a], [b]) => (a % 2) - (b % 2) || b - a)) {
    const kind = Math.floor(key / 2);
    ctx.globalAlpha = key % 2 === 1 ? 0.3 : 1;
    ctx.fillStyle = p.kinds[KINDS[kind] ?? 'person'];
    ctx.strokeStyle = p.background;
    ctx.lineWidth = 1.2 / k;
    for (let at = 0; at < list.length; at += PER_PATH) {
      ctx.beginPath();
      for (let j = at; j < Math.min(list.length, at + PER_PATH); j++) {
        const i = list[j] ?? 0;
        const px = Math.max((scene.r[i] ?? 1) * k, MIN_NODE_PX);
        traceShape(ctx, kind, scene.x[i] ?? 0, scene.y[i] ?? 0, px / k, px);
      }
      ctx.fill();
      if (outline) ctx.stroke();
      yield;
    }
  }
  ctx.globalAlpha = 1;
}
