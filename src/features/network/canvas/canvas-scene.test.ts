import { describe, expect, it } from 'vitest';
import { syntheticBundle } from '../../../bundle/fixtures/synthetic-bundle';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { filterNetworkGraph } from '../graph/filter-network-graph';
import { layoutAbstract } from '../layout/abstract-layout';
import { fitLayout } from '../layout/fit-layout';
import { layoutInputOf } from '../layout/layout-input';
import { NO_EMPHASIS, networkEmphasis } from '../network-emphasis';
import { selectionFocus } from '../../../model/selection-focus';
import { createHitIndex, edgeControl } from './canvas-hit';
import { canvasMarks, DIMMED, SELECTED, SUBJECT } from './canvas-marks';
import { buildCanvasScene, canvasTopology, neighboursOf, placeCanvasScene } from './canvas-scene';
import { chooseLabels } from './choose-labels';

const bundle = seedBundle();
const graph = deriveNetworkGraph(bundle);
const layout = fitLayout(layoutAbstract(layoutInputOf(graph), { seed: 1 }), graph.nodes, {
  width: 800,
  height: 600,
  mode: 'scale',
});
const scene = buildCanvasScene(graph.groups, filterNetworkGraph(graph, [], []), layout);
const at = (id: string) => {
  const i = scene.index.get(id) ?? -1;
  return { i, x: scene.x[i] ?? NaN, y: scene.y[i] ?? NaN };
};

describe('buildCanvasScene', () => {
  it('has every visible node and edge, where the fitted layout put them', () => {
    expect(scene.ids).toHaveLength(27);
    expect(scene.edges.count).toBe(49);
    expect(at('china').x).toBe(layout.byId.get('china')?.x);
    expect(scene.hulls.map((h) => h.tone)).toEqual(['warm', 'cool']);
  });

  it('lists neighbours both ways, as the relations join them', () => {
    const choe = neighboursOf(scene, at('choe-son-hui').i).map((j) => scene.ids[j]);
    expect(choe).toContain('kong-xuanyou');
    expect(neighboursOf(scene, at('kong-xuanyou').i).map((j) => scene.ids[j])).toContain(
      'choe-son-hui',
    );
  });

  it('follows the filters: hidden kinds and their relations are not in it', () => {
    const filtered = buildCanvasScene(
      graph.groups,
      filterNetworkGraph(graph, ['media'], []),
      layout,
    );
    expect(filtered.ids).toHaveLength(24);
    expect(filtered.ids.some((id) => id === 'tass')).toBe(false);
  });
});

describe('canvasMarks', () => {
  it('flags the subject, what it concerns, and dims the rest', () => {
    const focus = selectionFocus(bundle, { kind: 'entity', id: 'choe-son-hui' });
    if (!focus.ok) throw new Error(focus.message);
    const marks = canvasMarks(scene, networkEmphasis(focus.focus, null));
    expect(marks.nodes[at('choe-son-hui').i]).toBe(SELECTED | SUBJECT);
    expect(marks.nodes[at('kong-xuanyou').i]).toBe(SELECTED);
    expect(marks.nodes[at('japan').i]).toBe(DIMMED);
    expect(canvasMarks(scene, NO_EMPHASIS).nodes.every((b) => b === 0)).toBe(true);
  });
});

describe('createHitIndex', () => {
  const hit = createHitIndex(scene);
  it('finds the node under a point, and nothing in empty space', () => {
    const china = at('china');
    expect(hit.nodeAt({ x: china.x + 1, y: china.y - 1 }, 1)).toBe(china.i);
    expect(hit.nodeAt({ x: -500, y: -500 }, 1)).toBe(-1);
  });

  it('finds a line, curved where a pair has several, near a point along it', () => {
    const e = scene.edges.ids.indexOf('r-choe-meets-kong-beijing');
    const s = scene.edges.source[e] ?? 0;
    const t = scene.edges.target[e] ?? 0;
    const c = edgeControl(scene, e);
    expect(c).not.toBeNull();
    if (!c) return;
    // A third of the way along the curve, off both nodes.
    const u = 1 / 3;
    const x = (1 - u) ** 2 * (scene.x[s] ?? 0) + 2 * (1 - u) * u * c.cx + u * u * (scene.x[t] ?? 0);
    const y = (1 - u) ** 2 * (scene.y[s] ?? 0) + 2 * (1 - u) * u * c.cy + u * u * (scene.y[t] ?? 0);
    expect(scene.edges.ids[hit.edgeAt({ x: x + 1, y }, 1)]).toBe('r-choe-meets-kong-beijing');
  });
});

describe('a hub in a large graph', () => {
  // The bug the canvas fixes: at 1k and up, a click on a hub's centre selected an edge.
  const big = deriveNetworkGraph(syntheticBundle(1000));
  const fitted = fitLayout(layoutAbstract(layoutInputOf(big), { seed: 1 }), big.nodes, {
    width: 900,
    height: 700,
    mode: 'scale',
  });
  const large = buildCanvasScene(big.groups, filterNetworkGraph(big, [], []), fitted);
  const hit = createHitIndex(large);
  it('is the node a click on its centre finds, at any zoom, whatever lines cross it', () => {
    const degree = (i: number) => (large.adjStart[i + 1] ?? 0) - (large.adjStart[i] ?? 0);
    const hub = large.ids.map((_, i) => i).sort((a, b) => degree(b) - degree(a))[0] ?? 0;
    expect(degree(hub)).toBeGreaterThan(20);
    for (const k of [0.5, 1, 4, 20])
      expect(hit.nodeAt({ x: large.x[hub] ?? 0, y: large.y[hub] ?? 0 }, k)).toBe(hub);
  });

  it('gets names for the most important nodes in view, none over another', () => {
    const labels = chooseLabels(
      large,
      { k: 1, x: 0, y: 0, width: 900, height: 700 },
      { first: [], measure: (t, size) => t.length * size * 0.6, max: 80 },
    );
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.length).toBeLessThanOrEqual(80);
    for (const a of labels)
      for (const b of labels)
        if (a !== b) {
          const apart =
            a.x + a.width < b.x ||
            b.x + b.width < a.x ||
            Math.abs(a.y - b.y) > Math.max(a.fontSize, b.fontSize) * 1.2;
          expect(apart).toBe(true);
        }
    // The states come first (they carry the argument).
    expect(large.kinds[labels[0]?.node ?? -1]).toBe(1);
  });
});

describe('canvasTopology and placeCanvasScene', () => {
  it('place one topology on two layouts as buildCanvasScene builds each', () => {
    const visible = filterNetworkGraph(graph, [], []);
    const topology = canvasTopology(graph.groups, visible);
    const small = fitLayout(layoutAbstract(layoutInputOf(graph), { seed: 1 }), graph.nodes, {
      width: 400,
      height: 300,
      mode: 'scale',
    });
    for (const fitted of [layout, small]) {
      const placed = placeCanvasScene(topology, fitted);
      const built = buildCanvasScene(graph.groups, visible, fitted);
      expect(placed.x).toEqual(built.x);
      expect(placed.hulls).toEqual(built.hulls);
      expect(placed.labelOrder).toEqual(built.labelOrder);
      expect(placed.edges.source).toEqual(built.edges.source);
    }
    // The topology is shared, not copied: a resize costs only the placement.
    expect(placeCanvasScene(topology, small).adjacent).toBe(topology.adjacent);
  });
});
