import { describe, expect, it } from 'vitest';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { layoutAbstract } from './abstract-layout';
import { fitLayout } from './fit-layout';
import { layoutInputOf } from './layout-input';

const graph = deriveNetworkGraph(seedBundle());
const abstract = layoutAbstract(layoutInputOf(graph), { seed: 1 });
const order = (values: number[]) =>
  values.map((_, i) => i).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || a - b);

describe('fitLayout', () => {
  it('fits one layout to any panel: a resize keeps who is left of whom, with no new layout', () => {
    const a = fitLayout(abstract, graph.nodes, { width: 700, height: 560 });
    const b = fitLayout(abstract, graph.nodes, { width: 1400, height: 820 });
    // The fix-up may swap two nodes a few pixels apart; the picture's order otherwise holds.
    const ax = order(a.nodes.map((n) => n.x));
    const bx = order(b.nodes.map((n) => n.x));
    const same = ax.filter((id, k) => bx[k] === id).length;
    expect(same / ax.length).toBeGreaterThan(0.8);
    expect(a.orientation).toBe('horizontal');
  });

  it('turns the layout a quarter on a portrait panel, so the groupings stack', () => {
    const wide = fitLayout(abstract, graph.nodes, { width: 1000, height: 700 });
    const tall = fitLayout(abstract, graph.nodes, { width: 400, height: 800 });
    expect(tall.orientation).toBe('vertical');
    const y = (id: string) => tall.byId.get(id)?.y ?? NaN;
    const x = (id: string) => wide.byId.get(id)?.x ?? NaN;
    // Left of the middle when wide, above it when tall.
    expect(x('north-korea')).toBeLessThan(500);
    expect(y('north-korea')).toBeLessThan(400);
    expect(y('united-states')).toBeGreaterThan(400);
  });

  it('keeps proportions in scale mode: one scale for both axes and for the radii', () => {
    const fit = fitLayout(abstract, graph.nodes, { width: 900, height: 900, mode: 'scale' });
    const i = abstract.ids.indexOf('china');
    const j = abstract.ids.indexOf('japan');
    const a = fit.byId.get('china');
    const b = fit.byId.get('japan');
    if (!a || !b) throw new Error('missing node');
    const kx = (b.x - a.x) / ((abstract.x[j] ?? 0) - (abstract.x[i] ?? 0));
    const ky = (b.y - a.y) / ((abstract.y[j] ?? 0) - (abstract.y[i] ?? 0));
    expect(ky).toBeCloseTo(kx, 9);
    // Everything, outlines included, inside the panel.
    for (const n of fit.nodes) {
      expect(n.x - n.outer).toBeGreaterThanOrEqual(0);
      expect(n.x + n.outer).toBeLessThanOrEqual(900);
    }
  });
});
