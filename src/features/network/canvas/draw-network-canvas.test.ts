import { describe, expect, it } from 'vitest';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { selectionFocus } from '../../../model/selection-focus';
import { LIGHT_NETWORK_PALETTE } from '../export/network-palette';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { filterNetworkGraph } from '../graph/filter-network-graph';
import { layoutAbstract } from '../layout/abstract-layout';
import { fitLayout } from '../layout/fit-layout';
import { layoutInputOf } from '../layout/layout-input';
import { networkEmphasis, NO_EMPHASIS } from '../network-emphasis';
import { canvasMarks } from './canvas-marks';
import { buildCanvasScene } from './canvas-scene';
import { chooseLabels } from './choose-labels';
import { LINES_WHILE_SETTLING, PER_PATH, settlingStride } from './draw-canvas-marks';
import { spreadCanvasScene } from '../fixtures/spread-canvas-scene';
import {
  baseKey,
  drawNetworkBase,
  drawNetworkCanvas,
  drawNetworkTop,
  type Frame,
} from './draw-network-canvas';

/** A 2D context that records what is asked of it (the drawing is plain calls on a context). */
function recorder() {
  const calls: { name: string; args: unknown[]; alpha: number; fill: unknown }[] = [];
  const state: Record<string, unknown> = { globalAlpha: 1 };
  const ctx = new Proxy(state, {
    get(target, prop: string) {
      if (prop in target) return target[prop];
      return (...args: unknown[]) =>
        calls.push({ name: prop, args, alpha: Number(target.globalAlpha), fill: target.fillStyle });
    },
    set(target, prop: string, value) {
      target[prop] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const bundle = seedBundle();
const graph = deriveNetworkGraph(bundle);
const layout = fitLayout(layoutAbstract(layoutInputOf(graph), { seed: 1 }), graph.nodes, {
  width: 800,
  height: 600,
  mode: 'scale',
});
const scene = buildCanvasScene(graph.groups, filterNetworkGraph(graph, [], []), layout);
const view = { k: 1, x: 0, y: 0, width: 800, height: 600 };
const frame = (marks = canvasMarks(scene, NO_EMPHASIS)): Frame => ({
  view,
  dpr: 1,
  marks,
  hoverNode: -1,
  hoverEdge: -1,
  focusNode: -1,
  focusEdge: -1,
  labels: chooseLabels(scene, view, { first: [], measure: (t, s) => t.length * s * 0.6 }),
  edgeLabel: null,
  palette: LIGHT_NETWORK_PALETTE,
  focus: '#1a73e8',
  fontFamily: 'sans-serif',
});

describe('drawNetworkCanvas', () => {
  it('draws hulls, lines, every kind of shape and the names chosen', () => {
    const { ctx, calls } = recorder();
    const f = frame();
    drawNetworkCanvas(ctx, scene, f);
    const fills = calls.filter((c) => c.name === 'fill').map((c) => c.fill);
    for (const colour of [
      LIGHT_NETWORK_PALETTE.groups.warm,
      LIGHT_NETWORK_PALETTE.kinds.person,
      LIGHT_NETWORK_PALETTE.kinds.country,
      LIGHT_NETWORK_PALETTE.kinds.organization,
      LIGHT_NETWORK_PALETTE.kinds.media,
    ])
      expect(fills).toContain(colour);
    expect(calls.filter((c) => c.name === 'stroke').length).toBeGreaterThan(3);
    expect(calls.filter((c) => c.name === 'fillText').length).toBe(f.labels.length + 2);
  });

  it('fades what the selection does not concern', () => {
    const focus = selectionFocus(bundle, { kind: 'entity', id: 'choe-son-hui' });
    if (!focus.ok) throw new Error(focus.message);
    const { ctx, calls } = recorder();
    drawNetworkCanvas(ctx, scene, frame(canvasMarks(scene, networkEmphasis(focus.focus, null))));
    const alphas = new Set(calls.filter((c) => c.name === 'fill').map((c) => c.alpha));
    expect(alphas).toContain(0.3);
    expect(alphas).toContain(1);
  });

  const marksFor = (id: string) => {
    const focus = selectionFocus(bundle, { kind: 'entity', id });
    if (!focus.ok) throw new Error(focus.message);
    return canvasMarks(scene, networkEmphasis(focus.focus, null));
  };

  it('keeps one base for every selection: only the zoom, the size and dimming change it', () => {
    const one = frame(marksFor('choe-son-hui'));
    const other = frame(marksFor('kim-jong-un'));
    expect(baseKey(one)).toBe(baseKey(other));
    expect(baseKey(one)).not.toBe(baseKey(frame()));
    expect(baseKey(one)).not.toBe(baseKey({ ...one, view: { ...view, k: 2 } }));
    // And the base drawn for one selection is the base drawn for the other, call for call.
    const a = recorder();
    const b = recorder();
    drawNetworkBase(a.ctx, scene, one);
    drawNetworkBase(b.ctx, scene, other);
    expect(a.calls).toEqual(b.calls);
  });

  it('draws the base all dimmed under a selection, and the top only what it lights', () => {
    const marks = marksFor('choe-son-hui');
    const f = frame(marks);
    const base = recorder();
    drawNetworkBase(base.ctx, scene, f);
    const hullColours = new Set<unknown>(Object.values(LIGHT_NETWORK_PALETTE.groups));
    const baseShapes = base.calls.filter((c) => c.name === 'fill' && !hullColours.has(c.fill));
    expect(baseShapes.length).toBeGreaterThan(0);
    expect(baseShapes.every((c) => c.alpha === 0.3)).toBe(true);
    // No name in the base (the two captions are its only text).
    expect(base.calls.filter((c) => c.name === 'fillText').length).toBe(2);

    const top = recorder();
    drawNetworkTop(top.ctx, scene, f);
    const lit = [...marks.nodes].filter((bits) => !(bits & 1)).length;
    const shapeCalls = top.calls.filter(
      (c) => c.name === 'arc' || c.name === 'rect' || c.name === 'closePath',
    );
    // Every lit node is traced again (one call or more each), and the subject gets its ring.
    expect(lit).toBeGreaterThan(1);
    expect(shapeCalls.length).toBeGreaterThanOrEqual(lit + 1);
    expect(top.calls.filter((c) => c.name === 'fill').every((c) => c.alpha === 1)).toBe(true);
    expect(top.calls.filter((c) => c.name === 'fillText').length).toBe(f.labels.length);
  });

  it('draws no shape in the top without a selection', () => {
    const top = recorder();
    drawNetworkTop(top.ctx, scene, frame());
    expect(top.calls.filter((c) => c.name === 'fill')).toEqual([]);
  });
});

describe('a large scene on the canvas', () => {
  // 1,500 entities at spread positions (the layout itself is not what is tested here).
  const bigScene = spreadCanvasScene(1500);
  const bigFrame = (lineStride = 1): Frame => ({
    ...frame(canvasMarks(bigScene, NO_EMPHASIS)),
    labels: [],
    lineStride,
  });
  const count = (calls: { name: string }[], name: string) =>
    calls.filter((c) => c.name === name).length;

  it('strokes lines and fills shapes in paths of at most PER_PATH, every one of them', () => {
    const { ctx, calls } = recorder();
    drawNetworkCanvas(ctx, bigScene, bigFrame());
    let inPath = 0;
    let most = 0;
    for (const c of calls) {
      if (c.name === 'beginPath') inPath = 0;
      if (c.name === 'moveTo') most = Math.max(most, (inPath += 1));
    }
    expect(bigScene.edges.count).toBeGreaterThan(2 * PER_PATH);
    // Each line and each non-circle shape starts with one moveTo; circles and squares too.
    expect(most).toBeLessThanOrEqual(PER_PATH * 6);
    expect(count(calls, 'stroke')).toBeGreaterThanOrEqual(bigScene.edges.count / PER_PATH);
    // Every line in view is traced (each line one lineTo or quadraticCurveTo).
    const traced = count(calls, 'lineTo') + count(calls, 'quadraticCurveTo');
    expect(traced).toBeGreaterThanOrEqual(bigScene.edges.count);
  });

  it('draws a sample of the lines while the layout settles', () => {
    expect(settlingStride(800)).toBe(1);
    expect(Math.ceil(30_000 / settlingStride(30_000))).toBeLessThanOrEqual(LINES_WHILE_SETTLING);
    const whole = recorder();
    drawNetworkCanvas(whole.ctx, bigScene, bigFrame());
    const sample = recorder();
    drawNetworkCanvas(sample.ctx, bigScene, bigFrame(3));
    const lines = (calls: { name: string }[]) =>
      count(calls, 'quadraticCurveTo') + count(calls, 'stroke');
    expect(lines(sample.calls)).toBeLessThan(lines(whole.calls));
    // The shapes are all there.
    expect(count(sample.calls, 'arc') + count(sample.calls, 'rect')).toBe(
      count(whole.calls, 'arc') + count(whole.calls, 'rect'),
    );
  });
});
