import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../bundle/bundle-schema';
import { tinyBundle } from '../../../bundle/fixtures/tiny-bundle';
import { networkFixture } from '../fixtures/network-fixture';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { layoutAnchors, layoutOrientation } from './layout-anchors';

// networkFixture: camp red–rose (5 nodes: red, rose, ann, cy, wire; places are not nodes), camp blue–navy–sky
// (4 nodes: blue, navy, sky, bob) and a frame of what belongs to no state (dee, talks).
const graph = deriveNetworkGraph(networkFixture());

describe('layoutOrientation', () => {
  it('turns vertical only when the panel is clearly taller than wide (width < 0.85 × height)', () => {
    expect(layoutOrientation(1000, 600)).toBe('horizontal');
    expect(layoutOrientation(85, 100)).toBe('horizontal');
    expect(layoutOrientation(84, 100)).toBe('vertical');
    expect(layoutOrientation(390, 844)).toBe('vertical');
  });
});

describe('layoutAnchors with two camps and a frame', () => {
  // Band weights are max(1.2, count^0.75): 5 → 3.344, frame 2 → 1.682, 4 → 2.828 (total
  // 7.854). On 1000 px the bands are 0–425.74, 425.74–639.87 and 639.87–1000.
  const { orientation, anchors } = layoutAnchors(graph, 1000, 600);

  it('anchors every node, and only the nodes', () => {
    expect(orientation).toBe('horizontal');
    expect([...anchors.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
  });

  it('puts the first camp left, the frame between, the second camp right', () => {
    const frame = anchors.get('dee')!;
    expect(frame.x).toBeCloseTo(532.8, 1);
    expect(frame.y).toBe(300);
    expect(anchors.get('talks')).toEqual(frame);
    expect(anchors.get('red')!.x).toBeLessThan(425.74);
    expect(anchors.get('rose')!.x).toBeLessThan(425.74);
    for (const id of ['blue', 'navy', 'sky']) expect(anchors.get(id)!.x).toBeGreaterThan(639.87);
  });

  it('turns each camp’s lead state to face the middle, the others fanned out behind it', () => {
    // Camp 1 centre 212.87, width 425.74: red at +0.28 × width toward the middle, rose opposite.
    expect(anchors.get('red')!.x).toBeCloseTo(212.87 + 119.21, 1);
    expect(anchors.get('red')!.y).toBeCloseTo(300, 6);
    expect(anchors.get('rose')!.x).toBeCloseTo(212.87 - 119.21, 1);
    // Camp 2 centre 819.94, width 360.13: blue faces left; navy and sky at ±120° behind it.
    expect(anchors.get('blue')!.x).toBeCloseTo(819.94 - 100.84, 1);
    expect(anchors.get('navy')!.x).toBeCloseTo(819.94 + 50.42, 1);
    expect(anchors.get('navy')!.y).toBeCloseTo(300 - 166.28, 1);
    expect(anchors.get('sky')!.y).toBeCloseTo(300 + 166.28, 1);
  });

  it('pulls states hardest, their people to the same point more gently, the frame in between', () => {
    expect(anchors.get('red')!.strength).toBe(0.25);
    const ann = anchors.get('ann')!;
    expect(ann.strength).toBe(0.1);
    expect({ x: ann.x, y: ann.y }).toEqual({ x: anchors.get('red')!.x, y: anchors.get('red')!.y });
    expect(anchors.get('bob')!.x).toBe(anchors.get('blue')!.x);
    expect(anchors.get('cy')!.x).toBe(anchors.get('rose')!.x);
    expect(anchors.get('dee')!.strength).toBe(0.12);
  });

  it('stacks the same bands top to bottom on a portrait panel', () => {
    const tall = layoutAnchors(graph, 400, 1000);
    expect(tall.orientation).toBe('vertical');
    const frame = tall.anchors.get('dee')!;
    expect(frame.x).toBe(200);
    expect(frame.y).toBeCloseTo(532.8, 1);
    expect(tall.anchors.get('red')!.y).toBeLessThan(425.74);
    expect(tall.anchors.get('blue')!.y).toBeGreaterThan(639.87);
  });
});

describe('layoutAnchors with many lone states', () => {
  const country = (id: string): Entity => ({ id, kind: 'country', name: id, aliases: [] });
  const bundle = {
    ...tinyBundle(),
    entities: ['a', 'b', 'c', 'd'].map(country),
    mentions: [],
    relations: [],
    events: [],
    journeys: [],
  };
  const many = deriveNetworkGraph(bundle);

  it('sets four clusters on an ellipse, starting on the left, the frame at the centre', () => {
    const { anchors } = layoutAnchors(many, 1000, 600);
    // centre (500, 300), radii 0.32 × 1000 and 0.3 × 600, a quarter turn apart.
    const at = (id: string) => {
      const a = anchors.get(id)!;
      return [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100];
    };
    expect(at('a')).toEqual([180, 300]);
    expect(at('b')).toEqual([500, 120]);
    expect(at('c')).toEqual([820, 300]);
    expect(at('d')).toEqual([500, 480]);
    expect(anchors.get('a')!.strength).toBe(0.25);
  });

  it('starts at the top on a portrait panel', () => {
    const { anchors } = layoutAnchors(many, 400, 1000);
    const a = anchors.get('a')!;
    expect(a.x).toBeCloseTo(200, 6);
    expect(a.y).toBeCloseTo(500 - 300, 6);
  });
});
