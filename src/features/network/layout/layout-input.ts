import type { EntityKind } from '../../../bundle/bundle-schema';
import type { NetworkGraph } from '../graph/network-graph';

/** A node as the layout sees it: no words, no bundle objects. */
export interface LayoutInputNode {
  id: string;
  kind: EntityKind;
  mentions: number;
  /** The state it belongs to (its own id for a state), if that state is drawn. */
  country: string | null;
  /** Its grouping, through its state. */
  group: string | null;
}

/**
 * What the layout needs of a graph, and nothing else: small and plain, so it crosses to a
 * worker cheaply (no entities, relations or evidence) and can be fingerprinted for the cache.
 */
export interface LayoutInput {
  nodes: LayoutInputNode[];
  /** Edges as node indices (self-relations left out: they pull nothing). */
  sources: Int32Array;
  targets: Int32Array;
  groups: { id: string; countries: string[] }[];
}

/** The layout's input for a graph (every node, filtered or not). */
export function layoutInputOf(graph: NetworkGraph): LayoutInput {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const sources: number[] = [];
  const targets: number[] = [];
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    sources.push(s);
    targets.push(t);
  }
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      mentions: n.mentions,
      country: n.country,
      group: n.group,
    })),
    sources: Int32Array.from(sources),
    targets: Int32Array.from(targets),
    groups: graph.groups.map((g) => ({ id: g.id, countries: [...g.countries] })),
  };
}

/**
 * A fingerprint of everything the layout reads (FNV-1a over the input, as 8 hex digits, with the
 * node and edge counts): two inputs with the same key lay out the same, so a cached layout can be
 * reused across reloads. The algorithm's version and the seed are added by the cache.
 */
export function layoutInputKey(input: LayoutInput): string {
  let h = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  for (const n of input.nodes) mix(`${n.id}|${n.kind}|${n.mentions}|${n.country}|${n.group}`);
  for (let i = 0; i < input.sources.length; i++)
    mix(`${input.sources[i] ?? 0}-${input.targets[i] ?? 0}`);
  for (const g of input.groups) mix(`${g.id}:${g.countries.join(',')}`);
  return `${input.nodes.length}n${input.sources.length}e${h.toString(16).padStart(8, '0')}`;
}
