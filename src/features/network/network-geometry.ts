import type { Bundle, EntityKind } from '../../bundle/bundle-schema';
import type { CountryGroup } from '../../model/country-groups';
import type { SceneSize } from '../../ui/view-module';
import { sourceLine } from '../../model/source-line';
import { fitModeFor } from './canvas-from';
import { groupCaption } from './graph/group-caption';
import { deriveNetworkGraph, deriveNetworkGraphSteps } from './graph/derive-network-graph';
import { filterNetworkGraph } from './graph/filter-network-graph';
import type { NetworkGraph } from './graph/network-graph';
import { edgeWordsOf, nodeWordsOf, type EdgeWords, type NodeWords } from './graph/network-words';
import {
  buildNetworkScene,
  type SceneEdge,
  type SceneHull,
  type SceneNode,
} from './layout/build-network-scene';
import { layoutAbstract, type AbstractLayout } from './layout/abstract-layout';
import { computeNetworkLayout } from './layout/compute-network-layout';
import { layoutInputOf } from './layout/layout-input';
import { measureLabel, type MeasureText } from './layout/label-measure';
import type { PlacedLabel } from './layout/place-labels';

/** One seed for every layout: the same bundle and panel size always draw the same picture. */
export const LAYOUT_SEED = 1;

/** What the URL filters out of the network (hide, hiderel, asof). */
export interface NetworkFilters {
  hiddenKinds: readonly string[];
  hiddenRelations: readonly string[];
  asOf: string | null;
}

/** A node where it is drawn, with its words; no selection flags (those change on every click). */
export interface NetworkNodeGeometry extends SceneNode, NodeWords {
  label: PlacedLabel | null;
  pinned: boolean;
}

/** An edge where it is drawn, with its words. */
export interface NetworkEdgeGeometry extends SceneEdge {
  words: EdgeWords;
}

/**
 * Everything the network draws that does not depend on the selection: it changes with the
 * bundle, the filters, the size, pins and the label scale, never with a click. A selection only
 * flags marks of this (see network-emphasis.ts), so a click redraws what changed and nothing
 * is laid out or labelled again.
 */
export interface NetworkGeometry {
  width: number;
  height: number;
  title: string;
  /** "Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018" */
  source: string;
  fontSize: number;
  labelScale: number;
  hulls: SceneHull[];
  edges: NetworkEdgeGeometry[];
  nodes: NetworkNodeGeometry[];
  /** Names with no free spot; they stay in the tooltip and the accessible name. */
  hiddenLabels: string[];
  legend: { kinds: EntityKind[]; relationKinds: string[]; groups: CountryGroup[] };
  counts: { nodes: number; edges: number; allNodes: number; allEdges: number };
}

/** Options of the geometry. */
export interface NetworkGeometryOptions {
  /** Nodes the user dragged, as fractions of the panel (so a pin survives a resize). */
  pins?: ReadonlyMap<string, { fx: number; fy: number }>;
  /** Text measure; defaults to the shared one (the same labels on every machine). */
  measure?: MeasureText;
  /** Multiplies every label's size (a slide asks for about 1.8). */
  labelScale?: number;
  /** The graph's abstract layout when the caller has it (the screen's worker). */
  layout?: AbstractLayout;
  /** How the layout is fitted to the size (default by the graph's size: canvas-from.ts). */
  fit?: 'panel' | 'scale';
}

// The layout is the costly part: made once per graph (in the abstract frame, whatever the panel)
// and fitted to each size, so a resize or a selection never lays out again.
const abstracts = new WeakMap<NetworkGraph, AbstractLayout>();
/** The graph's abstract layout if it has been made (here, by the worker or from the cache). */
export function peekAbstractLayout(graph: NetworkGraph): AbstractLayout | null {
  return abstracts.get(graph) ?? null;
}

/** The graph's abstract layout, made here unless the worker (or a cache) already gave it. */
export function abstractLayoutOf(graph: NetworkGraph, given?: AbstractLayout): AbstractLayout {
  if (given) {
    abstracts.set(graph, given);
    return given;
  }
  let layout = abstracts.get(graph);
  if (!layout)
    abstracts.set(graph, (layout = layoutAbstract(layoutInputOf(graph), { seed: LAYOUT_SEED })));
  return layout;
}

const graphs = new WeakMap<Bundle, NetworkGraph>();
/** Graphs being derived over several tasks (prepareNetworkGraphSlice). */
const deriving = new WeakMap<Bundle, Generator<void, NetworkGraph, void>>();

/** The bundle's graph, derived once per bundle object (a derivation begun in slices is finished now). */
export function networkGraphOf(bundle: Bundle): NetworkGraph {
  let graph = graphs.get(bundle);
  if (graph) return graph;
  const steps = deriving.get(bundle);
  deriving.delete(bundle);
  if (steps) {
    for (let next = steps.next(); ; next = steps.next())
      if (next.done) {
        graph = next.value;
        break;
      }
  } else graph = deriveNetworkGraph(bundle);
  graphs.set(bundle, graph);
  return graph;
}

/**
 * Derives the bundle's graph ahead of need, one slice at a time: about `budgetMs` of it (`now`
 * is the clock); true once it is whole. A 20,000-entity story's graph was one task of
 * 70–400 ms (quiet to loaded) in the network's first render.
 */
export function prepareNetworkGraphSlice(
  bundle: Bundle,
  budgetMs: number,
  now: () => number,
): boolean {
  if (graphs.has(bundle)) return true;
  let steps = deriving.get(bundle);
  if (!steps) deriving.set(bundle, (steps = deriveNetworkGraphSteps(bundle)));
  const start = now();
  for (;;) {
    const next = steps.next();
    if (next.done) {
      deriving.delete(bundle);
      graphs.set(bundle, next.value);
      return true;
    }
    if (now() - start >= budgetMs) return false;
  }
}

/**
 * The network's geometry for a bundle, filters and size: the seeded layout (laid out with
 * every node, filtered or not, so a filter never rearranges the picture), hulls, edges and
 * labels placed so none collide. Pure and deterministic.
 */
export function buildNetworkGeometry(
  bundle: Bundle,
  filters: NetworkFilters,
  size: SceneSize,
  options: NetworkGeometryOptions = {},
): NetworkGeometry {
  const measure = options.measure ?? measureLabel;
  const labelScale = options.labelScale ?? 1;
  const graph = networkGraphOf(bundle);
  const visible = filterNetworkGraph(
    graph,
    filters.hiddenKinds,
    filters.hiddenRelations,
    filters.asOf,
  );
  const layout = computeNetworkLayout(graph, {
    ...size,
    seed: LAYOUT_SEED,
    abstract: abstractLayoutOf(graph, options.layout),
    mode: options.fit ?? fitModeFor(graph.nodes.length),
  });
  const pins = options.pins ?? new Map<string, { fx: number; fy: number }>();
  const positions = new Map(
    [...pins].map(([id, p]) => [id, { x: p.fx * layout.width, y: p.fy * layout.height }]),
  );
  // Captions and the key name a large grouping by its first members and a count, as the
  // screen's key and canvas do (the table and the data files keep every member).
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const groups = graph.groups.map((g) => ({ ...g, name: groupCaption(g, names) }));
  const scene = buildNetworkScene(groups, visible, layout, measure, positions, labelScale);
  const labels = new Map(scene.labels.placed.map((l) => [l.id, l]));
  const nodeWords = nodeWordsOf(bundle, graph);
  const edgeWords = edgeWordsOf(graph);

  return {
    width: scene.width,
    height: scene.height,
    title: bundle.article.title,
    source: sourceLine(bundle),
    fontSize: scene.fontSize,
    labelScale,
    hulls: scene.hulls,
    nodes: scene.nodes.map((n) => ({
      ...n,
      ...(nodeWords.get(n.node.id) ?? { ariaLabel: n.node.name, tooltip: n.node.name }),
      label: labels.get(n.node.id) ?? null,
      pinned: pins.has(n.node.id),
    })),
    edges: scene.edges.map((e) => ({
      ...e,
      words: edgeWords.get(e.edge.id) ?? {
        ariaLabel: e.edge.relation.label,
        text: e.edge.relation.label,
        date: null,
      },
    })),
    hiddenLabels: scene.labels.hidden,
    legend: {
      kinds: graph.entityKinds.filter((k) => visible.nodes.some((n) => n.kind === k)),
      relationKinds: graph.relationKinds.filter((k) => visible.edges.some((e) => e.kind === k)),
      groups,
    },
    counts: {
      nodes: visible.nodes.length,
      edges: visible.edges.length,
      allNodes: graph.nodes.length,
      allEdges: graph.edges.length,
    },
  };
}
