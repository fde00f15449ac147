import type { Bundle } from '../../../bundle/bundle-schema';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { evidenceText } from '../../../model/evidence-text';
import type { VisibleGraph } from '../graph/filter-network-graph';
import type { NetworkGraph } from '../graph/network-graph';
import { relationKindStyle } from '../../../model/relation-kinds';

/** A node as the exports write it. */
export interface NodeRow {
  id: string;
  name: string;
  kind: string;
  country: string;
  group: string;
  mentions: number;
  relations: number;
  summary: string;
}

/** An edge as the exports write it, with the article's own words that support it. */
export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  kind: string;
  directed: boolean;
  label: string;
  basis: string;
  planned: boolean;
  dateStart: string;
  dateEnd: string;
  dateText: string;
  evidence: string;
}

/**
 * The shown graph (after filters) as flat rows: one shape for the CSV and GraphML writers,
 * so both say the same thing about each item.
 */
export function exportRows(
  bundle: Bundle,
  graph: NetworkGraph,
  visible: VisibleGraph,
): { nodes: NodeRow[]; edges: EdgeRow[] } {
  const names = new Map(bundle.entities.map((e) => [e.id, e.name]));
  const groupNames = new Map(graph.groups.map((g) => [g.id, g.name]));
  const nodes = visible.nodes.map((n) => ({
    id: n.id,
    name: n.name,
    kind: ENTITY_KIND_LABEL[n.kind],
    country: n.country === null ? '' : (names.get(n.country) ?? n.country),
    group: n.group === null ? '' : (groupNames.get(n.group) ?? n.group),
    mentions: n.mentions,
    relations: n.degree,
    summary: n.entity.summary ?? '',
  }));
  const edges = visible.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    sourceName: names.get(e.source) ?? e.source,
    targetName: names.get(e.target) ?? e.target,
    kind: e.kind,
    directed: relationKindStyle(e.kind).directed,
    label: e.relation.label,
    basis: e.basis,
    planned: e.planned,
    dateStart: e.relation.when?.start ?? '',
    dateEnd: e.relation.when?.end ?? '',
    dateText: e.relation.when?.text ?? '',
    evidence: evidenceText(bundle.article.text, e.relation.evidence),
  }));
  return { nodes, edges };
}
