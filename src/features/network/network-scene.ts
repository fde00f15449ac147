import type { Bundle, EntityKind } from '../../bundle/bundle-schema';
import type { CountryGroup } from '../../model/country-groups';
import { selectionFocus, type SelectionFocus } from '../../model/selection-focus';
import type { SceneOptions, SceneSize } from '../../ui/view-module';
import type { ViewState } from '../../view-state/view-state';
import { sourceLine } from '../../model/source-line';
import { deriveNetworkGraph } from './graph/derive-network-graph';
import { filterNetworkGraph } from './graph/filter-network-graph';
import type { NetworkGraph } from './graph/network-graph';
import { edgeWordsOf, nodeWordsOf, type EdgeWords, type NodeWords } from './graph/network-words';
import {
  buildNetworkScene,
  type SceneEdge,
  type SceneHull,
  type SceneNode,
} from './layout/build-network-scene';
import { computeNetworkLayout, type NetworkLayout } from './layout/compute-network-layout';
import { estimateTextWidth, type MeasureText } from './layout/measure-text';
import type { PlacedLabel } from './layout/place-labels';
import { wrapLabel } from './layout/wrap-label';

/** One seed for every layout: the same bundle and panel size always draw the same picture. */
export const LAYOUT_SEED = 1;

/** How the selection touches a mark. Every renderer reads these flags; none recomputes them. */
export interface MarkEmphasis {
  /** The selection names it or concerns it (data-selected="true"). */
  selected: boolean;
  /** The selection names it (data-subject="true": the ring, the halo). */
  subject: boolean;
  /** Something is selected (or hovered) and this has no part in it. */
  dimmed: boolean;
}

export interface NetworkNodeMark extends SceneNode, MarkEmphasis, NodeWords {
  label: PlacedLabel | null;
  pinned: boolean;
}

/** A relation's words at the middle of its line, placed inside the panel. */
export interface EdgeLabelMark {
  lines: string[];
  /** The last line is the date (drawn lighter). */
  hasDate: boolean;
  x: number;
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
  fontSize: number;
  box: { x: number; y: number; width: number; height: number };
}

export interface NetworkEdgeMark extends SceneEdge, MarkEmphasis {
  words: EdgeWords;
  label: EdgeLabelMark;
}

/** Everything the network draws for one bundle, state and size, as plain data. */
export interface NetworkViewScene {
  width: number;
  height: number;
  title: string;
  /** "Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018" */
  source: string;
  fontSize: number;
  labelScale: number;
  mode: 'workspace' | 'presentation';
  hulls: SceneHull[];
  edges: NetworkEdgeMark[];
  nodes: NetworkNodeMark[];
  /** Names with no free spot; they stay in the tooltip and the accessible name. */
  hiddenLabels: string[];
  /** Is anything selected or hovered (so the context recedes)? */
  emphasis: boolean;
  legend: { kinds: EntityKind[]; relationKinds: string[]; groups: CountryGroup[] };
  counts: { nodes: number; edges: number; allNodes: number; allEdges: number };
}

/** Options only the network has. */
export interface NetworkSceneOptions extends SceneOptions {
  /** Nodes the user dragged, as fractions of the panel (so a pin survives a resize). */
  pins?: ReadonlyMap<string, { fx: number; fy: number }>;
  /** Text measure; defaults to the shared one (the same labels on every machine). */
  measure?: MeasureText;
}

// Layouts are the costly part (300 force ticks): keep the last few per graph, so a selection
// change rebuilds the scene in a few milliseconds.
const layouts = new WeakMap<NetworkGraph, Map<string, NetworkLayout>>();
function layoutFor(graph: NetworkGraph, size: SceneSize): NetworkLayout {
  const key = `${size.width}x${size.height}`;
  let bySize = layouts.get(graph);
  if (!bySize) layouts.set(graph, (bySize = new Map()));
  const hit = bySize.get(key);
  if (hit) return hit;
  const layout = computeNetworkLayout(graph, { ...size, seed: LAYOUT_SEED });
  if (bySize.size >= 8) bySize.delete(bySize.keys().next().value ?? key);
  bySize.set(key, layout);
  return layout;
}

const graphs = new WeakMap<Bundle, NetworkGraph>();
/** The bundle's graph, derived once per bundle object. */
export function networkGraphOf(bundle: Bundle): NetworkGraph {
  let graph = graphs.get(bundle);
  if (!graph) graphs.set(bundle, (graph = deriveNetworkGraph(bundle)));
  return graph;
}

/** Where a relation's words go: above the middle of its line, kept in the panel. */
function edgeLabel(
  edge: SceneEdge,
  words: EdgeWords,
  scene: { width: number; height: number; fontSize: number },
  measure: MeasureText,
): EdgeLabelMark {
  const { fontSize, width, height } = scene;
  const text = wrapLabel(words.text, 44, 2);
  const lines = words.date ? [...text, words.date] : text;
  const w = Math.max(...lines.map((l) => measure(l, fontSize, false)));
  const lineHeight = fontSize * 1.2;
  const h = lines.length * lineHeight;
  const x = Math.min(width - w / 2 - 4, Math.max(w / 2 + 4, edge.geometry.mid.x));
  const top = Math.min(height - h - 4, Math.max(4, edge.geometry.mid.y - h - 6));
  return {
    lines,
    hasDate: words.date !== null,
    x,
    y: top + fontSize * 0.95,
    lineHeight,
    fontSize,
    box: { x: x - w / 2 - 5, y: top - 3, width: w + 10, height: h + 6 },
  };
}

function highlightOf(
  state: ViewState,
  focus: SelectionFocus | null,
  hover: SelectionFocus | null,
): SelectionFocus | null {
  // A passage hovered in the text wins while it is hovered; otherwise the selection decides.
  if (hover) return hover;
  return state.selection !== null ? focus : null;
}

/**
 * The network for a bundle and a state at a size: filters from the URL (hidden kinds, hidden
 * relations, as of), the seeded layout, labels placed so none collide, and every mark flagged
 * for the selection. Pure and deterministic; the screen, slides, the handout and the exports all
 * draw this.
 */
export function buildNetworkViewScene(
  bundle: Bundle,
  state: ViewState,
  size: SceneSize,
  options: NetworkSceneOptions = {},
): NetworkViewScene {
  const measure = options.measure ?? estimateTextWidth;
  const labelScale = options.labelScale ?? 1;
  const graph = networkGraphOf(bundle);
  const visible = filterNetworkGraph(graph, state.hiddenKinds, state.hiddenRelations, state.asOf);
  // Laid out with every node, filtered or not, so a filter never rearranges the picture.
  const layout = layoutFor(graph, size);
  const pins = options.pins ?? new Map<string, { fx: number; fy: number }>();
  const positions = new Map(
    [...pins].map(([id, p]) => [id, { x: p.fx * layout.width, y: p.fy * layout.height }]),
  );
  const geometry = buildNetworkScene(graph.groups, visible, layout, measure, positions, labelScale);

  const resolved = options.focus ?? resolveFocus(bundle, state);
  const highlight = highlightOf(state, resolved, options.hover ?? null);
  const subject = state.selection !== null && resolved ? resolved.selected : new Set<string>();
  // What the selection concerns: a person's relations and the people at their other ends, a
  // relation's two ends, an event's participants (the testing contract's data-selected).
  const concerned =
    state.selection !== null && resolved
      ? new Set([...resolved.selected, ...resolved.entities, ...resolved.relations])
      : new Set<string>();
  const labels = new Map(geometry.labels.placed.map((l) => [l.id, l]));
  const nodeWords = nodeWordsOf(bundle, graph);
  const edgeWords = edgeWordsOf(graph);

  const nodes = geometry.nodes.map((n): NetworkNodeMark => ({
    ...n,
    ...(nodeWords.get(n.node.id) ?? { ariaLabel: n.node.name, tooltip: n.node.name }),
    label: labels.get(n.node.id) ?? null,
    pinned: pins.has(n.node.id),
    selected: concerned.has(n.node.id),
    subject: subject.has(n.node.id),
    dimmed: highlight !== null && !highlight.entities.has(n.node.id),
  }));
  const edges = geometry.edges.map((e): NetworkEdgeMark => {
    const words = edgeWords.get(e.edge.id) ?? {
      ariaLabel: e.edge.relation.label,
      text: e.edge.relation.label,
      date: null,
    };
    return {
      ...e,
      words,
      label: edgeLabel(e, words, geometry, measure),
      selected: concerned.has(e.edge.id),
      subject: subject.has(e.edge.id),
      dimmed: highlight !== null && !highlight.relations.has(e.edge.id),
    };
  });

  return {
    width: geometry.width,
    height: geometry.height,
    title: bundle.article.title,
    source: sourceLine(bundle),
    fontSize: geometry.fontSize,
    labelScale,
    mode: options.mode ?? 'workspace',
    hulls: geometry.hulls,
    edges,
    nodes,
    hiddenLabels: geometry.labels.hidden,
    emphasis: highlight !== null,
    legend: {
      kinds: graph.entityKinds.filter((k) => visible.nodes.some((n) => n.kind === k)),
      relationKinds: graph.relationKinds.filter((k) => visible.edges.some((e) => e.kind === k)),
      groups: graph.groups,
    },
    counts: {
      nodes: visible.nodes.length,
      edges: visible.edges.length,
      allNodes: graph.nodes.length,
      allEdges: graph.edges.length,
    },
  };
}

function resolveFocus(bundle: Bundle, state: ViewState): SelectionFocus | null {
  const result = selectionFocus(bundle, state.selection);
  return result.ok ? result.focus : null;
}
