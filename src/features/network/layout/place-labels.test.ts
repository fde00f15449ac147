import { describe, expect, it } from 'vitest';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { filterNetworkGraph } from '../graph/filter-network-graph';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { buildNetworkScene } from './build-network-scene';
import { computeNetworkLayout } from './compute-network-layout';
import { measureLabel } from './label-measure';
import { boxesOverlap, boxHitsCircle, segmentHitsBox } from './box-geometry';
import { placeLabels, type LabelInput } from './place-labels';
import { shapeExtent } from './node-shape';

const measure = (text: string, size: number) => text.length * size * 0.5;
const label = (id: string, x: number, y: number, priority = 0): LabelInput => ({
  id,
  x,
  y,
  outer: 10,
  lines: [id],
  fontSize: 10,
  bold: false,
  priority,
});

describe('placeLabels', () => {
  it('puts a lone label beside its node, toward the panel’s outside', () => {
    const left = placeLabels([label('west', 100, 100)], {
      width: 400,
      height: 200,
      measure,
      obstacles: [{ id: 'west', x: 100, y: 100, r: 10 }],
    });
    expect(left.placed[0]?.anchor).toBe('start');
    expect(left.placed[0]?.box.x0).toBe(113);
    const right = placeLabels([label('east', 300, 100)], {
      width: 400,
      height: 200,
      measure,
      obstacles: [],
    });
    expect(right.placed[0]?.anchor).toBe('end');
    expect(right.placed[0]?.box.x1).toBe(287);
  });

  it('moves a label off a neighbour and keeps the more important one in place', () => {
    const result = placeLabels([label('aaaa', 100, 100, 1), label('bbbb', 140, 100, 2)], {
      width: 400,
      height: 200,
      measure,
      obstacles: [
        { id: 'aaaa', x: 100, y: 100, r: 10 },
        { id: 'bbbb', x: 140, y: 100, r: 10 },
      ],
    });
    expect(result.hidden).toEqual([]);
    const [a, b] = [
      result.placed.find((p) => p.id === 'aaaa'),
      result.placed.find((p) => p.id === 'bbbb'),
    ];
    expect(b?.box.x0).toBe(153);
    expect(a && b && boxesOverlap(a.box, b.box)).toBe(false);
  });

  it('hides a label with nowhere to go rather than overlap', () => {
    const result = placeLabels([{ ...label('x', 20, 20), lines: ['a long name'] }], {
      width: 40,
      height: 40,
      measure,
      obstacles: [{ id: 'x', x: 20, y: 20, r: 10 }],
    });
    expect(result.hidden).toEqual(['x']);
  });

  it('tests segments against boxes', () => {
    const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(segmentHitsBox({ x1: -5, y1: 5, x2: 15, y2: 5 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: -5, y1: 20, x2: 15, y2: 20 }, box)).toBe(false);
    expect(boxHitsCircle(box, { x: 15, y: 5, r: 4 })).toBe(false);
    expect(boxHitsCircle(box, { x: 13, y: 5, r: 4 })).toBe(true);
  });
});

describe('labels on the seed bundle', () => {
  const graph = deriveNetworkGraph(seedBundle());
  const visible = filterNetworkGraph(graph, [], []);

  it.each([
    [700, 620],
    [1000, 850],
    [420, 700],
  ])('never overlap each other or any node at %ix%i, and stay in the panel', (width, height) => {
    const layout = computeNetworkLayout(graph, { width, height, seed: 1 });
    const scene = buildNetworkScene(graph.groups, visible, layout, measureLabel);
    const { hidden } = scene.labels;
    const captions = scene.hulls.flatMap((h) => (h.caption ? [h.caption] : []));
    const placed = [...scene.labels.placed, ...captions];
    expect(scene.labels.placed.length + hidden.length).toBe(27);
    expect(hidden.length).toBeLessThanOrEqual(3);
    placed.forEach((a, i) => {
      placed
        .slice(i + 1)
        .forEach((b) => expect(boxesOverlap(a.box, b.box), `${a.id}/${b.id}`).toBe(false));
      for (const n of scene.nodes) {
        // Another node is kept clear by its outer circle; its own by its shape's box.
        const e = shapeExtent(n.node.kind, n.r);
        const own = { x0: n.x - e.left, y0: n.y - e.top, x1: n.x + e.right, y1: n.y + e.bottom };
        expect(
          n.node.id === a.id
            ? boxesOverlap(a.box, own)
            : boxHitsCircle(a.box, { x: n.x, y: n.y, r: n.outer }),
          `${a.id} on ${n.node.id}`,
        ).toBe(false);
      }
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.y0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(width);
      expect(a.box.y1).toBeLessThanOrEqual(height);
    });
  });

  it('shows every label on a wide panel', () => {
    const layout = computeNetworkLayout(graph, { width: 1000, height: 850, seed: 1 });
    const scene = buildNetworkScene(graph.groups, visible, layout, measureLabel);
    expect(scene.labels.hidden).toEqual([]);
  });
});
