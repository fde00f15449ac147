import { describe, expect, it } from 'vitest';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { syntheticBundle } from '../../../bundle/fixtures/synthetic-bundle';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { filterNetworkGraph } from '../graph/filter-network-graph';
import { layoutAbstract } from '../layout/abstract-layout';
import { fitLayout } from '../layout/fit-layout';
import { layoutInputOf } from '../layout/layout-input';
import { buildCanvasScene, canvasTopology, sceneAt } from './canvas-scene';
import { baseRadii, fitScaled, pickPlacement } from './fit-scaled';

// fitLayout's scale mode is the oracle: the flat-array fit must place every node where it does,
// on a landscape and a portrait panel (turned a quarter), with and without captions.
const cases = [
  { name: 'seed', graph: deriveNetworkGraph(seedBundle()) },
  { name: '600 entities', graph: deriveNetworkGraph(syntheticBundle(600)) },
];

describe('fitScaled', () => {
  for (const { name, graph } of cases) {
    const abstract = layoutAbstract(layoutInputOf(graph), { seed: 1 });
    const radii = baseRadii(graph.nodes);
    for (const [width, height, captions] of [
      [1100, 640, true],
      [390, 700, true],
      [800, 800, false],
    ] as const) {
      it(`places ${name} as fitLayout's scale mode does at ${width}×${height}`, () => {
        const fit = fitScaled(abstract.x, abstract.y, radii, { width, height, captions });
        const oracle = fitLayout(abstract, graph.nodes, { width, height, captions, mode: 'scale' });
        expect(fit.gap).toBeCloseTo(oracle.gap, 9);
        graph.nodes.forEach((n, i) => {
          const o = oracle.byId.get(n.id);
          if (!o) throw new Error(`missing ${n.id}`);
          expect(fit.x[i]).toBeCloseTo(o.x, 9);
          expect(fit.y[i]).toBeCloseTo(o.y, 9);
          expect(fit.r[i]).toBeCloseTo(o.r, 9);
          expect(fit.outer[i]).toBeCloseTo(o.outer, 9);
        });
      });
    }
  }

  it('gives a filtered scene the same scene buildCanvasScene builds from fitLayout', () => {
    const { graph } = cases[1] ?? { graph: deriveNetworkGraph(seedBundle()) };
    const abstract = layoutAbstract(layoutInputOf(graph), { seed: 1 });
    const visible = filterNetworkGraph(graph, ['media'], []);
    const topology = canvasTopology(graph.groups, visible);
    const order = Int32Array.from(topology.ids, (id) => graph.nodes.findIndex((n) => n.id === id));
    const options = { width: 1000, height: 620, captions: true };
    const scene = sceneAt(
      topology,
      pickPlacement(fitScaled(abstract.x, abstract.y, baseRadii(graph.nodes), options), order),
    );
    const built = buildCanvasScene(
      graph.groups,
      visible,
      fitLayout(abstract, graph.nodes, { ...options, mode: 'scale' }),
    );
    expect(scene.ids).toEqual(built.ids);
    scene.ids.forEach((_, i) => {
      expect(scene.x[i]).toBeCloseTo(built.x[i] ?? NaN, 9);
      expect(scene.outer[i]).toBeCloseTo(built.outer[i] ?? NaN, 9);
    });
    expect(scene.maxOuter).toBeCloseTo(built.maxOuter, 9);
    expect(scene.hulls.length).toBe(built.hulls.length);
    scene.hulls.forEach((h, g) => {
      expect(h.captionX).toBeCloseTo(built.hulls[g]?.captionX ?? NaN, 6);
      expect(h.captionY).toBeCloseTo(built.hulls[g]?.captionY ?? NaN, 6);
    });
  });
});
