import { describe, expect, it } from 'vitest';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { networkFixture } from '../fixtures/network-fixture';
import { computeNetworkLayout, nodeRadius, type NetworkLayout } from './compute-network-layout';

/** The smallest clear distance between the outer outlines of any two nodes. */
function minClearance(layout: NetworkLayout): number {
  let min = Infinity;
  layout.nodes.forEach((a, i) =>
    layout.nodes.slice(i + 1).forEach((b) => {
      min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y) - a.outer - b.outer);
    }),
  );
  return min;
}

function inside(layout: NetworkLayout): boolean {
  return layout.nodes.every(
    (n) =>
      n.x - n.outer >= 0 &&
      n.y - n.outer >= 0 &&
      n.x + n.outer <= layout.width &&
      n.y + n.outer <= layout.height,
  );
}

describe('computeNetworkLayout', () => {
  const graph = deriveNetworkGraph(networkFixture());

  it('gives the same positions for the same seed and size', () => {
    const a = computeNetworkLayout(graph, { width: 800, height: 600, seed: 1 });
    const b = computeNetworkLayout(graph, { width: 800, height: 600, seed: 1 });
    expect(b.nodes).toEqual(a.nodes);
  });

  it('gives different positions for a different seed', () => {
    const a = computeNetworkLayout(graph, { width: 800, height: 600, seed: 1 });
    const b = computeNetworkLayout(graph, { width: 800, height: 600, seed: 2 });
    const moved = a.nodes.filter(
      (n, i) => Math.hypot(n.x - b.nodes[i]!.x, n.y - b.nodes[i]!.y) > 1,
    );
    expect(moved.length).toBeGreaterThan(0);
  });

  it('sizes nodes by mentions on a square-root scale', () => {
    expect(nodeRadius(16, 16, 800, 600)).toBeCloseTo(18, 6);
    expect(nodeRadius(4, 16, 800, 600)).toBeCloseTo(6.48 + (18 - 6.48) / 2, 6);
    expect(nodeRadius(0, 16, 800, 600)).toBeCloseTo(6.48, 6);
    // The largest node shrinks with the panel but never below 9 px.
    expect(nodeRadius(16, 16, 200, 200)).toBe(9);
  });

  it('keeps the first group left of the middle and the second right of it', () => {
    const layout = computeNetworkLayout(graph, { width: 900, height: 600, seed: 1 });
    const x = (id: string) => layout.byId.get(id)?.x ?? NaN;
    expect(x('red')).toBeLessThan(450);
    expect(x('ann')).toBeLessThan(450);
    expect(x('blue')).toBeGreaterThan(450);
    expect(layout.orientation).toBe('horizontal');
  });
});

describe('computeNetworkLayout on the seed bundle', () => {
  const graph = deriveNetworkGraph(seedBundle());
  const sizes: [number, number][] = [
    [700, 560],
    [1000, 800],
    [420, 700],
    [1600, 900],
  ];

  it.each(sizes)('keeps every node clear of the others and inside %ix%i', (width, height) => {
    const layout = computeNetworkLayout(graph, { width, height, seed: 1 });
    expect(minClearance(layout)).toBeGreaterThanOrEqual(layout.gap - 0.001);
    expect(inside(layout)).toBe(true);
  });

  it('separates the two camps', () => {
    const layout = computeNetworkLayout(graph, { width: 1000, height: 700, seed: 1 });
    const x = (id: string) => layout.byId.get(id)?.x ?? NaN;
    for (const id of ['north-korea', 'china', 'russia', 'choe-son-hui', 'kong-xuanyou'])
      expect(x(id)).toBeLessThan(500);
    for (const id of ['united-states', 'south-korea', 'japan', 'steve-biegun'])
      expect(x(id)).toBeGreaterThan(500);
  });
});
