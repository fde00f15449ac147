import { describe, expect, it } from 'vitest';
import { syntheticBundle } from '../../bundle/fixtures/synthetic-bundle';
import { seedBundle } from '../../bundle/fixtures/seed-bundle';
import { deriveNetworkGraph } from './graph/derive-network-graph';
import { networkGraphOf, prepareNetworkGraphSlice } from './network-geometry';

describe('prepareNetworkGraphSlice', () => {
  it('derives in slices the graph deriveNetworkGraph derives at once', () => {
    const whole = deriveNetworkGraph(syntheticBundle(2000));
    const bundle = syntheticBundle(2000);
    // A clock that moves 1 ms per look and a 1 ms budget: one step per slice.
    let t = 0;
    let slices = 1;
    while (!prepareNetworkGraphSlice(bundle, 1, () => (t += 1))) slices += 1;
    expect(slices).toBeGreaterThan(5);
    expect(networkGraphOf(bundle)).toEqual(whole);
  });

  it('is finished at once, the same, when the view asks for the graph part-way', () => {
    const whole = deriveNetworkGraph(seedBundle());
    const bundle = seedBundle();
    let t = 0;
    expect(prepareNetworkGraphSlice(bundle, 1, () => (t += 1))).toBe(false);
    const graph = networkGraphOf(bundle);
    expect(graph).toEqual(whole);
    // Kept: the next slice and the next look find it whole.
    expect(prepareNetworkGraphSlice(bundle, 1, () => (t += 1))).toBe(true);
    expect(networkGraphOf(bundle)).toBe(graph);
  });
});
