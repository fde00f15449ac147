import type { EntityKind } from '../../../bundle/bundle-schema';
import type { CountryGroup, GroupTone } from '../../../model/country-groups';
import { relationKindStyle } from '../../../model/relation-kinds';
import type { VisibleGraph } from '../graph/filter-network-graph';
import { dashArray, labelFontSize, linePattern } from '../layout/build-network-scene';
import { edgeTone, type EdgeTone } from '../layout/edge-tone';
import type { NetworkLayout } from '../layout/fit-layout';
import { hullPolygon } from '../layout/hull-polygon';
import { groupCaption } from '../graph/group-caption';
import type { TieSource } from '../graph/derived-ties';
import type { Placement } from './fit-scaled';

/** Stroke widths by relation weight, as the SVG draws them (build-network-scene.ts). */
const WEIGHT = { heavy: 3, normal: 1.6, light: 1.1 } as const;

/** Edge tones and kinds as small numbers, so a frame batches marks without string keys. */
export const TONES: readonly EdgeTone[] = ['muted', 'strong', 'opposed'];
export const KINDS: readonly EntityKind[] = ['person', 'country', 'organization', 'media', 'place'];

/** A grouping's hull: its outline and its caption's anchor (centre, top). */
export interface CanvasHull {
  id: string;
  tone: GroupTone;
  points: [number, number][];
  caption: string;
  captionX: number;
  captionY: number;
}

/**
 * A large network as flat arrays, for a canvas: positions in panel pixels at zoom 1, one entry
 * per visible node and edge, adjacency for the keyboard and hit testing. No path strings, no
 * placed labels (labels are chosen per frame, for the zoom; see choose-labels.ts): building it
 * for 20,000 nodes takes a few tens of milliseconds, so it can follow a filter or a resize.
 */
export interface CanvasScene {
  width: number;
  height: number;
  /** Label size at zoom 1, as the SVG's (panel-dependent). */
  fontSize: number;
  ids: string[];
  names: string[];
  kinds: Uint8Array;
  index: Map<string, number>;
  x: Float64Array;
  y: Float64Array;
  /** Size radius and outer radius, in panel pixels at zoom 1. */
  r: Float64Array;
  outer: Float64Array;
  maxOuter: number;
  /** Nodes by label priority, highest first (states, then by mentions and degree). */
  labelOrder: Int32Array;
  edges: {
    count: number;
    ids: string[];
    /** What each id names: a relation, a leg or an event. */
    from: TieSource[];
    source: Int32Array;
    target: Int32Array;
    /** Index into TONES. */
    tone: Uint8Array;
    width: Float32Array;
    /** The dash pattern at the SVG's widths, or null (solid). */
    dash: (number[] | null)[];
    /** Offset among the relations joining the same pair (see NetworkEdge.lane). */
    lane: Float32Array;
    directed: Uint8Array;
    opposed: Uint8Array;
  };
  /** Neighbours of node i: adjacent[adjStart[i] .. adjStart[i+1]), with the edge joining them. */
  adjStart: Int32Array;
  adjacent: Int32Array;
  adjacentEdge: Int32Array;
  hulls: CanvasHull[];
}

/** What a scene keeps whatever the positions: a layout settling or a resize reuses it. */
export type CanvasTopology = Omit<
  CanvasScene,
  'width' | 'height' | 'fontSize' | 'x' | 'y' | 'r' | 'outer' | 'maxOuter' | 'hulls'
> & {
  groups: readonly CountryGroup[];
  /** Each grouping's members, as node indices. */
  members: Map<string, number[]>;
  captions: Map<string, string>;
};

/**
 * The canvas scene for the visible graph on a fitted layout (fitLayout's `scale` mode: the
 * layout's proportions, radii scaled with it). Pure.
 */
export function buildCanvasScene(
  groups: readonly CountryGroup[],
  visible: VisibleGraph,
  layout: NetworkLayout,
): CanvasScene {
  const nodes = visible.nodes.filter((n) => layout.byId.has(n.id));
  return placeCanvasScene(canvasTopology(groups, { nodes, edges: visible.edges }), layout);
}

/**
 * The part of a scene that does not depend on where the nodes are: ids, kinds, label order,
 * edges and their styles, adjacency. Made once per visible graph (about half a scene's cost),
 * so the positions a settling layout sends now and then cost only their placement.
 */
export function canvasTopology(
  groups: readonly CountryGroup[],
  visible: VisibleGraph,
): CanvasTopology {
  const nodes = visible.nodes;
  const n = nodes.length;
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const kinds = new Uint8Array(n);
  const priorities = new Float64Array(n);
  nodes.forEach((d, i) => {
    kinds[i] = Math.max(0, KINDS.indexOf(d.kind));
    priorities[i] = (d.kind === 'country' ? 1e9 : 0) + d.mentions * 1000 + d.degree;
  });
  const labelOrder = Int32Array.from(
    nodes.map((_, i) => i).sort((a, b) => (priorities[b] ?? 0) - (priorities[a] ?? 0) || a - b),
  );

  const drawn = visible.edges.filter((e) => index.has(e.source) && index.has(e.target));
  const m = drawn.length;
  const edges: CanvasScene['edges'] = {
    count: m,
    ids: drawn.map((e) => e.id),
    from: drawn.map((e) => e.from),
    source: new Int32Array(m),
    target: new Int32Array(m),
    tone: new Uint8Array(m),
    width: new Float32Array(m),
    dash: [],
    lane: new Float32Array(m),
    directed: new Uint8Array(m),
    opposed: new Uint8Array(m),
  };
  const degree = new Int32Array(n + 1);
  drawn.forEach((e, k) => {
    const s = index.get(e.source) ?? 0;
    const t = index.get(e.target) ?? 0;
    const style = relationKindStyle(e.kind);
    const width = WEIGHT[style.weight];
    edges.source[k] = s;
    edges.target[k] = t;
    edges.tone[k] = TONES.indexOf(edgeTone(e));
    edges.width[k] = width;
    const dash = dashArray(linePattern(e), width);
    edges.dash.push(dash === null ? null : dash.split(' ').map(Number));
    edges.lane[k] = e.lane;
    edges.directed[k] = style.directed ? 1 : 0;
    edges.opposed[k] = style.opposed ? 1 : 0;
    if (s !== t) {
      degree[s] = (degree[s] ?? 0) + 1;
      degree[t] = (degree[t] ?? 0) + 1;
    }
  });
  // Adjacency as compressed rows: neighbours of each node, in edge order.
  const adjStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) adjStart[i + 1] = (adjStart[i] ?? 0) + (degree[i] ?? 0);
  const adjacent = new Int32Array(adjStart[n] ?? 0);
  const adjacentEdge = new Int32Array(adjStart[n] ?? 0);
  const fill = adjStart.slice(0, n);
  for (let k = 0; k < m; k++) {
    const s = edges.source[k] ?? 0;
    const t = edges.target[k] ?? 0;
    if (s === t) continue;
    for (const [a, b] of [
      [s, t],
      [t, s],
    ] as const) {
      const at = fill[a] ?? 0;
      adjacent[at] = b;
      adjacentEdge[at] = k;
      fill[a] = at + 1;
    }
  }

  const names = new Map(nodes.map((d) => [d.id, d.name]));
  const members = new Map<string, number[]>();
  const captions = new Map<string, string>();
  for (const g of groups) {
    const list: number[] = [];
    nodes.forEach((d, i) => {
      if (d.group === g.id) list.push(i);
    });
    members.set(g.id, list);
    captions.set(g.id, groupCaption(g, names).toUpperCase());
  }

  return {
    ids: nodes.map((d) => d.id),
    names: nodes.map((d) => d.name),
    kinds,
    index,
    labelOrder,
    edges,
    adjStart,
    adjacent,
    adjacentEdge,
    groups,
    members,
    captions,
  };
}

/** A topology where a fitted layout put its nodes: positions, radii and hulls. Pure. */
export function placeCanvasScene(topology: CanvasTopology, layout: NetworkLayout): CanvasScene {
  const n = topology.ids.length;
  const at: Placement = {
    width: layout.width,
    height: layout.height,
    gap: layout.gap,
    x: new Float64Array(n),
    y: new Float64Array(n),
    r: new Float64Array(n),
    outer: new Float64Array(n),
  };
  topology.ids.forEach((id, i) => {
    const node = layout.byId.get(id);
    at.x[i] = node?.x ?? 0;
    at.y[i] = node?.y ?? 0;
    at.r[i] = node?.r ?? 1;
    at.outer[i] = node?.outer ?? 1;
  });
  return sceneAt(topology, at);
}

/**
 * A topology at a placement in its own node order (see fit-scaled.ts): the arrays are the
 * scene's own, not copied; hulls and captions are worked out here. Pure.
 */
export function sceneAt(topology: CanvasTopology, placement: Placement): CanvasScene {
  const { x, y, r, outer } = placement;
  let maxOuter = 0;
  for (let i = 0; i < outer.length; i++) maxOuter = Math.max(maxOuter, outer[i] ?? 0);
  const hullPad = Math.max(2, placement.gap * 0.9);
  const hulls: CanvasHull[] = [];
  for (const g of topology.groups) {
    const members = (topology.members.get(g.id) ?? []).map((i) => ({
      x: x[i] ?? 0,
      y: y[i] ?? 0,
      r: outer[i] ?? 0,
    }));
    // Eight points per rim: a large hull's outline is long, and the corners too small to see.
    const points = hullPolygon(members, hullPad, 8);
    if (!points) continue;
    let left = Infinity;
    let right = -Infinity;
    let top = Infinity;
    for (const [px, py] of points) {
      left = Math.min(left, px);
      right = Math.max(right, px);
      top = Math.min(top, py);
    }
    hulls.push({
      id: g.id,
      tone: g.tone,
      points,
      caption: topology.captions.get(g.id) ?? '',
      captionX: (left + right) / 2,
      captionY: top,
    });
  }

  const t = topology;
  return {
    ids: t.ids,
    names: t.names,
    kinds: t.kinds,
    index: t.index,
    labelOrder: t.labelOrder,
    edges: t.edges,
    adjStart: t.adjStart,
    adjacent: t.adjacent,
    adjacentEdge: t.adjacentEdge,
    width: placement.width,
    height: placement.height,
    fontSize: labelFontSize(placement.width, placement.height),
    x,
    y,
    r,
    outer,
    maxOuter,
    hulls,
  };
}

/** The neighbours of node i (indices). */
export function neighboursOf(scene: CanvasScene, i: number): number[] {
  const out: number[] = [];
  for (let k = scene.adjStart[i] ?? 0; k < (scene.adjStart[i + 1] ?? 0); k++)
    out.push(scene.adjacent[k] ?? 0);
  return out;
}
