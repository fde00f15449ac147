import { measureText } from '../../../lib/text-measure';
import type { NetworkPalette } from '../export/network-palette';
import { DIMMED, SUBJECT, type CanvasMarks } from './canvas-marks';
import { edgeControl } from './canvas-hit';
import { KINDS, TONES, type CanvasScene } from './canvas-scene';
import type { ScreenLabel, View } from './choose-labels';

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
}

/** Nodes smaller than this on screen are drawn as squares: at that size a shape is a dot. */
const DOT_PX = 2.2;
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

/**
 * One frame of the large network on a 2D canvas, in the SVG's drawing order and colours: hulls,
 * lines (batched by tone, width and dash, the dimmed ones faded), shapes by kind, rings, names
 * chosen for the zoom, and the words of the selected or hovered relation. Only what is in view
 * is drawn; lines and shapes keep a readable size on screen at any zoom. No DOM: any 2D context
 * will do, which is how it is tested.
 */
export function drawNetworkCanvas(ctx: Ctx, scene: CanvasScene, frame: Frame): void {
  const { view, dpr, marks, palette: p } = frame;
  const { k } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  // The world box in view, with a margin for shapes and lines that reach in.
  const margin = scene.maxOuter + 4 / k;
  const wx0 = -view.x / k - margin;
  const wy0 = -view.y / k - margin;
  const wx1 = (view.width - view.x) / k + margin;
  const wy1 = (view.height - view.y) / k + margin;
  const inView = (i: number) => {
    const x = scene.x[i] ?? 0;
    const y = scene.y[i] ?? 0;
    return x >= wx0 && x <= wx1 && y >= wy0 && y <= wy1;
  };

  // Hulls.
  for (const h of scene.hulls) {
    ctx.beginPath();
    h.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
    ctx.fillStyle = p.groups[h.tone];
    ctx.globalAlpha = 1;
    ctx.fill();
  }

  // Lines: the ones in view, batched by (dimmed, tone, width, dash).
  const { edges } = scene;
  const batches = new Map<string, number[]>();
  let visibleEdges = 0;
  for (let e = 0; e < edges.count; e++) {
    const s = edges.source[e] ?? 0;
    const t = edges.target[e] ?? 0;
    const sx = scene.x[s] ?? 0;
    const sy = scene.y[s] ?? 0;
    const tx = scene.x[t] ?? 0;
    const ty = scene.y[t] ?? 0;
    if (
      Math.max(sx, tx) < wx0 ||
      Math.min(sx, tx) > wx1 ||
      Math.max(sy, ty) < wy0 ||
      Math.min(sy, ty) > wy1
    )
      continue;
    visibleEdges += 1;
    const bits = marks.edges[e] ?? 0;
    const key = `${bits & DIMMED ? 1 : 0}|${edges.tone[e]}|${edges.width[e]}|${edges.dash[e]?.join(',') ?? ''}|${bits & SUBJECT || e === frame.hoverEdge ? 1 : 0}`;
    const list = batches.get(key);
    if (list) list.push(e);
    else batches.set(key, [e]);
  }
  // Many lines in view: fainter and hairline-thin, so the shapes and the selection still read
  // (and thin lines are the rasteriser's fast path: thousands of wide ones are what is slow).
  const crowded = visibleEdges > 800;
  const crowd = visibleEdges > 4000 ? 0.18 : visibleEdges > 1500 ? 0.3 : crowded ? 0.5 : 1;
  // Stroke widths follow the zoom part of the way, and never go below half a pixel on screen.
  const screenWidth = (w: number) =>
    crowded ? 1 : Math.max(0.5, w * Math.min(1.5, Math.max(0.35, k)));
  const trace = (e: number) => {
    const s = edges.source[e] ?? 0;
    const t = edges.target[e] ?? 0;
    ctx.moveTo(scene.x[s] ?? 0, scene.y[s] ?? 0);
    const c = edgeControl(scene, e);
    if (c) ctx.quadraticCurveTo(c.cx, c.cy, scene.x[t] ?? 0, scene.y[t] ?? 0);
    else ctx.lineTo(scene.x[t] ?? 0, scene.y[t] ?? 0);
  };
  ctx.lineCap = crowded ? 'butt' : 'round';
  // The selection's highlighter under its lines.
  for (let e = 0; e < edges.count; e++) {
    if (!((marks.edges[e] ?? 0) & SUBJECT)) continue;
    ctx.beginPath();
    trace(e);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = p.halo;
    ctx.setLineDash([]);
    ctx.lineWidth = (screenWidth(edges.width[e] ?? 1) + 6) / k;
    ctx.stroke();
  }
  const ordered = [...batches].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  for (const [key, list] of ordered) {
    const [dim, tone, width, dash, strong] = key.split('|');
    ctx.beginPath();
    for (const e of list) trace(e);
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
    ctx.stroke();
  }
  ctx.setLineDash([]);

  // Shapes, by kind and dimmed or not; the ones in view only.
  const shapes = new Map<number, number[]>();
  for (let i = 0; i < scene.ids.length; i++) {
    if (!inView(i)) continue;
    const key = (scene.kinds[i] ?? 0) * 2 + ((marks.nodes[i] ?? 0) & DIMMED ? 1 : 0);
    const list = shapes.get(key);
    if (list) list.push(i);
    else shapes.set(key, [i]);
  }
  const outline = scene.maxOuter * k > 4;
  for (const [key, list] of [...shapes].sort(([a], [b]) => (a % 2) - (b % 2) || b - a)) {
    const kind = Math.floor(key / 2);
    ctx.beginPath();
    for (const i of list) {
      const px = Math.max((scene.r[i] ?? 1) * k, MIN_NODE_PX);
      traceShape(ctx, kind, scene.x[i] ?? 0, scene.y[i] ?? 0, px / k, px);
    }
    ctx.globalAlpha = key % 2 === 1 ? 0.3 : 1;
    ctx.fillStyle = p.kinds[KINDS[kind] ?? 'person'];
    ctx.fill();
    if (outline) {
      ctx.strokeStyle = p.background;
      ctx.lineWidth = 1.2 / k;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;

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
    trace(frame.focusEdge);
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
  // Each grouping's caption above its hull, in small capitals as the SVG sets it.
  const captionSize = Math.max(9, Math.round(scene.fontSize - 1.5));
  ctx.font = `700 ${captionSize}px ${frame.fontFamily}`;
  ctx.textAlign = 'center';
  for (const h of scene.hulls) {
    const at = h.captionX * k + view.x;
    const y = h.captionY * k + view.y - 6;
    if (at < 0 || at > view.width || y < captionSize || y > view.height) continue;
    // Kept whole inside the panel: a hull at the edge would cut its caption.
    const half = measureText(h.caption, { size: captionSize, weight: 'bold' }) / 2;
    const x = Math.max(half + 2, Math.min(view.width - half - 2, at));
    ctx.globalAlpha = marks.active ? 0.5 : 1;
    ctx.strokeStyle = p.background;
    ctx.lineWidth = 3;
    ctx.strokeText(h.caption, x, y);
    ctx.fillStyle = p.muted;
    ctx.fillText(h.caption, x, y);
  }
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
