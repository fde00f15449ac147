import { describe, expect, it } from 'vitest';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { syntheticBundle } from '../../../bundle/fixtures/synthetic-bundle';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { BASE_FRAME, LARGE_LAYOUT, layoutAbstract, type AbstractLayout } from './abstract-layout';
import { layoutInputOf } from './layout-input';

const seedInput = layoutInputOf(deriveNetworkGraph(seedBundle()));
const largeGraph = deriveNetworkGraph(syntheticBundle(1000));
const largeInput = layoutInputOf(largeGraph);
const large = layoutAbstract(largeInput, { seed: 1 });

/** The largest distance any node moved between two layouts of the same input. */
const maxMove = (a: AbstractLayout, b: { x: Float64Array; y: Float64Array }) =>
  Math.max(
    ...a.ids.map((_, i) =>
      Math.hypot((a.x[i] ?? 0) - (b.x[i] ?? 0), (a.y[i] ?? 0) - (b.y[i] ?? 0)),
    ),
  );

describe('layoutAbstract', () => {
  it('gives the same numbers for the same input and seed, small and large', () => {
    const a = layoutAbstract(seedInput, { seed: 1 });
    const b = layoutAbstract(seedInput, { seed: 1 });
    expect([...b.x]).toEqual([...a.x]);
    expect([...b.y]).toEqual([...a.y]);
    const again = layoutAbstract(largeInput, { seed: 1 });
    expect([...again.x]).toEqual([...large.x]);
    expect([...again.y]).toEqual([...large.y]);
  });

  it('gives a different picture for another seed', () => {
    const a = layoutAbstract(seedInput, { seed: 1 });
    const b = layoutAbstract(seedInput, { seed: 2 });
    expect(maxMove(a, b)).toBeGreaterThan(1);
  });

  it('lays a small graph out in the base frame and gives a large one room in proportion', () => {
    const small = layoutAbstract(seedInput, { seed: 1 });
    expect([small.width, small.height]).toEqual([BASE_FRAME.width, BASE_FRAME.height]);
    expect(largeInput.nodes.length).toBeGreaterThan(LARGE_LAYOUT);
    // Twice 56² per node, at the base frame's proportions.
    expect(large.width * large.height).toBeCloseTo(largeInput.nodes.length * 56 * 56 * 2, 0);
    expect(large.width / large.height).toBeCloseTo(BASE_FRAME.width / BASE_FRAME.height, 6);
  });

  it('settles: the seed moves less than a unit in its last quarter, a large graph less than half a spacing for 95 % of nodes in its last tenth', () => {
    const snapshots: { done: number; x: Float64Array; y: Float64Array }[] = [];
    const seed = layoutAbstract(seedInput, {
      seed: 1,
      onProgress: (done, x, y) => snapshots.push({ done, x: x.slice(), y: y.slice() }),
    });
    const at75 = snapshots.find((s) => s.done >= 0.75);
    expect(at75).toBeDefined();
    if (at75) expect(maxMove(seed, at75)).toBeLessThan(1);

    const late: { x: Float64Array; y: Float64Array }[] = [];
    layoutAbstract(largeInput, {
      seed: 1,
      onProgress: (done, x, y) => {
        if (done >= 0.9 && late.length === 0) late.push({ x: x.slice(), y: y.slice() });
      },
    });
    const moves = large.ids
      .map((_, i) =>
        Math.hypot(
          (large.x[i] ?? 0) - (late[0]?.x[i] ?? 0),
          (large.y[i] ?? 0) - (late[0]?.y[i] ?? 0),
        ),
      )
      .sort((a, b) => a - b);
    expect(moves[Math.floor(moves.length * 0.95)]).toBeLessThan(28);
  });

  it('keeps a large graph’s groupings in their own regions: the first left of the frame, the second right', () => {
    const [first, second] = largeGraph.groups;
    // The frame (what belongs to no state) sits between the groupings, as in a small layout.
    const frame = largeGraph.nodes.flatMap((n, i) => (n.country === null ? [large.x[i] ?? 0] : []));
    const split = frame.reduce((a, b) => a + b, 0) / frame.length;
    const side = (group: string | undefined, left: boolean) => {
      const xs = largeGraph.nodes.flatMap((n, i) => (n.group === group ? [large.x[i] ?? 0] : []));
      return xs.filter((x) => x < split === left).length / xs.length;
    };
    expect(side(first?.id, true)).toBeGreaterThan(0.85);
    expect(side(second?.id, false)).toBeGreaterThan(0.85);
  });

  it('keeps a large graph’s people near their own state', () => {
    // Median distance to one's state against the median distance between two random nodes.
    const index = new Map(largeGraph.nodes.map((n, i) => [n.id, i]));
    const d = (i: number, j: number) =>
      Math.hypot((large.x[i] ?? 0) - (large.x[j] ?? 0), (large.y[i] ?? 0) - (large.y[j] ?? 0));
    const home = largeGraph.nodes
      .flatMap((n, i) => {
        const c = n.country === null || n.country === n.id ? undefined : index.get(n.country);
        return c === undefined ? [] : [d(i, c)];
      })
      .sort((a, b) => a - b);
    const n = largeGraph.nodes.length;
    const any = Array.from({ length: 2000 }, (_, k) =>
      d((k * 7919) % n, (k * 104729 + 13) % n),
    ).sort((a, b) => a - b);
    expect(home[Math.floor(home.length / 2)] ?? Infinity).toBeLessThan(0.35 * (any[1000] ?? 0));
  });
});
