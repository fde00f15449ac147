import { describe, expect, it } from 'vitest';
import { countryGroups } from '../../../model/country-groups';
import { networkFixture } from '../fixtures/network-fixture';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { filterNetworkGraph } from '../graph/filter-network-graph';
import { boxesOverlap } from './box-geometry';
import {
  buildNetworkScene,
  dashArray,
  labelFontSize,
  linePattern,
  type NetworkScene,
} from './build-network-scene';
import { computeNetworkLayout } from './compute-network-layout';
import { measureLabel } from './label-measure';
import { nodeShapePath } from './node-shape';
import { pointInPolygon } from './hull-polygon';

const bundle = networkFixture();
const graph = deriveNetworkGraph(bundle);
const groups = countryGroups(bundle);
const layout = computeNetworkLayout(graph, { width: 900, height: 600, seed: 1 });
const everything = filterNetworkGraph(graph, [], []);
const build = (visible = everything, pinned = new Map<string, { x: number; y: number }>()) =>
  buildNetworkScene(groups, visible, layout, measureLabel, pinned);

/** The points of a path written by polygonPath ("Mx,yLx,y…Z"). */
const pathPoints = (d: string): [number, number][] =>
  d
    .slice(1, -1)
    .split('L')
    .map((p) => p.split(',').map(Number) as [number, number]);

const edgeOf = (scene: NetworkScene, id: string) => scene.edges.find((e) => e.edge.id === id)!;

describe('linePattern and dashArray', () => {
  it('draws stated solid, inferred dashed and planned dotted, whatever the basis of a plan', () => {
    const edge = (id: string) => graph.edges.find((e) => e.id === id)!;
    expect(linePattern(edge('r-ann-meets-bob'))).toBe('solid');
    expect(linePattern(edge('r-ann-official-of-red'))).toBe('dashed');
    // Dated the day after the article was posted: a plan.
    expect(linePattern(edge('r-bob-meets-ann'))).toBe('dotted');
    expect(linePattern(edge('r-cy-plans-visit-blue'))).toBe('dotted');
  });

  it('scales dashes with the stroke so a heavy line keeps its rhythm', () => {
    expect(dashArray('solid', 3)).toBeNull();
    expect(dashArray('dotted', 3)).toBe('0.01 6');
    expect(dashArray('dotted', 1.1)).toBe('0.01 4.1');
    expect(dashArray('dashed', 1.6)).toBe('9 5');
    expect(dashArray('dashed', 3)).toBe('15 8');
  });
});

describe('labelFontSize', () => {
  it('is 1.9 % of the short side in half pixels, between 11 and 14', () => {
    expect(labelFontSize(900, 600)).toBe(11.5); // 11.4 → 11.5
    expect(labelFontSize(1280, 700)).toBe(13.5); // 13.3 → 13.5
    expect(labelFontSize(1920, 1080)).toBe(14);
    expect(labelFontSize(390, 500)).toBe(11);
  });
});

describe('buildNetworkScene', () => {
  const scene = build();

  it('is the same scene for the same input', () => {
    expect(build()).toEqual(scene);
  });

  it('draws every visible node once, where the layout put it, with its shape and ring', () => {
    expect(scene.width).toBe(900);
    expect(scene.height).toBe(600);
    expect(scene.nodes.map((n) => n.node.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const n of scene.nodes) {
      const at = layout.byId.get(n.node.id)!;
      expect([n.x, n.y, n.r, n.outer]).toEqual([at.x, at.y, at.r, at.outer]);
      expect(n.shape).toBe(nodeShapePath(n.node.kind, at.r));
      expect(n.ring).toBe(nodeShapePath(n.node.kind, at.r + 4));
    }
  });

  it('moves a pinned node and its edges, and nothing else', () => {
    const pinned = build(everything, new Map([['ann', { x: 40, y: 50 }]]));
    const ann = pinned.nodes.find((n) => n.node.id === 'ann')!;
    expect([ann.x, ann.y]).toEqual([40, 50]);
    expect(ann.r).toBe(layout.byId.get('ann')!.r);
    const bob = pinned.nodes.find((n) => n.node.id === 'bob')!;
    expect([bob.x, bob.y]).toEqual([layout.byId.get('bob')!.x, layout.byId.get('bob')!.y]);
    expect(edgeOf(pinned, 'r-ann-meets-bob').geometry.d).not.toBe(
      edgeOf(scene, 'r-ann-meets-bob').geometry.d,
    );
    expect(edgeOf(pinned, 'r-blue-navy').geometry).toEqual(edgeOf(scene, 'r-blue-navy').geometry);
  });

  it('gives each edge the weight and pattern of its kind and basis', () => {
    expect(scene.edges).toHaveLength(graph.edges.length);
    const meets = edgeOf(scene, 'r-ann-meets-bob');
    expect([meets.strokeWidth, meets.pattern, meets.dasharray]).toEqual([3, 'solid', null]);
    const serves = edgeOf(scene, 'r-ann-official-of-red');
    expect([serves.strokeWidth, serves.pattern, serves.dasharray]).toEqual([1.1, 'dashed', '7 4']);
    const plan = edgeOf(scene, 'r-cy-plans-visit-blue');
    expect([plan.strokeWidth, plan.pattern, plan.dasharray]).toEqual([1.6, 'dotted', '0.01 4.6']);
    // Two meetings between ann and bob bend apart; a lone relation is straight.
    expect(meets.geometry.d).toContain('Q');
    expect(edgeOf(scene, 'r-blue-navy').geometry.d).not.toContain('Q');
    // Directed kinds end in an arrowhead, undirected ones do not.
    expect(edgeOf(scene, 'r-wire-reports-ann').geometry.marker?.kind).toBe('arrow');
    expect(edgeOf(scene, 'r-blue-navy').geometry.marker).toBeNull();
  });

  it('draws a hull around each grouping that holds every member’s centre', () => {
    expect(scene.hulls.map((h) => h.group.id)).toEqual(['group-red', 'group-blue']);
    for (const hull of scene.hulls) {
      const polygon = pathPoints(hull.d);
      const members = scene.nodes.filter((n) => n.node.group === hull.group.id);
      expect(members.length).toBeGreaterThan(1);
      for (const m of members) expect(pointInPolygon(polygon, m.x, m.y)).toBe(true);
      const outsider = scene.nodes.find((n) => n.node.id === 'dee')!;
      expect(pointInPolygon(polygon, outsider.x, outsider.y)).toBe(false);
    }
  });

  it('places labels inside the panel without any two overlapping, captions included', () => {
    const boxes = [
      ...scene.labels.placed.map((l) => l.box),
      ...scene.hulls.flatMap((h) => (h.caption ? [h.caption.box] : [])),
    ];
    expect(scene.labels.placed.length + scene.labels.hidden.length).toBe(scene.nodes.length);
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.y0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(900);
      expect(b.y1).toBeLessThanOrEqual(600);
    }
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)),
    );
    // Countries set one size up and bold; a node named once one size down.
    const label = (id: string) => scene.labels.placed.find((l) => l.id === id)!;
    expect([label('red').fontSize, label('red').bold]).toEqual([12.5, true]);
    expect([label('ann').fontSize, label('ann').bold]).toEqual([11.5, false]);
    expect([label('wire').fontSize, label('wire').bold]).toEqual([10.5, false]);
    const captions = scene.hulls.flatMap((h) => (h.caption ? [h.caption] : []));
    for (const c of captions) expect(c.lines[0]).toBe(c.lines[0]!.toUpperCase());
  });

  it('drops what a filter hides: the media node and the relations that touch it', () => {
    const filtered = build(filterNetworkGraph(graph, ['media'], ['meets']));
    const ids = filtered.nodes.map((n) => n.node.id);
    expect(ids).not.toContain('wire');
    expect(ids).toHaveLength(graph.nodes.length - 1);
    const edges = filtered.edges.map((e) => e.edge.id);
    expect(edges).not.toContain('r-wire-reports-ann');
    expect(edges).not.toContain('r-ann-meets-bob');
    expect(edges).not.toContain('r-bob-meets-ann');
    expect(edges).toHaveLength(graph.edges.length - 3);
    expect(filtered.labels.placed.some((l) => l.id === 'wire')).toBe(false);
  });

  it('skips a visible node the layout does not know, and edges to it', () => {
    const layoutLess = {
      ...layout,
      byId: new Map([...layout.byId].filter(([id]) => id !== 'bob')),
    };
    const partial = buildNetworkScene(groups, everything, layoutLess, measureLabel);
    expect(partial.nodes.map((n) => n.node.id)).not.toContain('bob');
    expect(partial.edges.some((e) => e.edge.source === 'bob' || e.edge.target === 'bob')).toBe(
      false,
    );
  });
});
