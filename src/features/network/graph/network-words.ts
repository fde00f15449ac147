import type { Bundle } from '../../../bundle/bundle-schema';
import { describeNode, describeRelation, formatWhen } from './describe-network';
import type { NetworkGraph } from './network-graph';

/** Words for a node: its accessible name and its tooltip (the name, then the summary). */
export interface NodeWords {
  ariaLabel: string;
  tooltip: string;
}

/** Words for an edge: its accessible name, the label on its line and the date line under it. */
export interface EdgeWords {
  ariaLabel: string;
  text: string;
  date: string | null;
}

const nodeCache = new WeakMap<NetworkGraph, Map<string, NodeWords>>();
const edgeCache = new WeakMap<NetworkGraph, Map<string, EdgeWords>>();

/** Every node's words, worked out once per graph. */
export function nodeWordsOf(bundle: Bundle, graph: NetworkGraph): Map<string, NodeWords> {
  const hit = nodeCache.get(graph);
  if (hit) return hit;
  const names = new Map(bundle.entities.map((e) => [e.id, e.name]));
  const words = new Map<string, NodeWords>();
  for (const n of graph.nodes) {
    const ariaLabel = describeNode(n, n.country === null ? null : (names.get(n.country) ?? null));
    words.set(n.id, {
      ariaLabel,
      tooltip: n.entity.summary ? `${ariaLabel}\n${n.entity.summary}` : ariaLabel,
    });
  }
  nodeCache.set(graph, words);
  return words;
}

/** Every edge's words, worked out once per graph. */
export function edgeWordsOf(graph: NetworkGraph): Map<string, EdgeWords> {
  const hit = edgeCache.get(graph);
  if (hit) return hit;
  const words = new Map<string, EdgeWords>();
  for (const e of graph.edges) {
    const when = e.relation.when;
    words.set(e.id, {
      ariaLabel: describeRelation(e.relation, e),
      text: e.relation.label,
      date: when
        ? `${when.text} · ${formatWhen(when)}${e.planned ? ' · planned' : ''}`
        : e.planned
          ? 'planned'
          : null,
    });
  }
  edgeCache.set(graph, words);
  return words;
}
