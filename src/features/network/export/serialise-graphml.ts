import { escapeXml } from '../../../lib/escape-xml';
import type { EdgeRow, NodeRow } from './export-rows';

interface Key {
  id: string;
  for: 'node' | 'edge' | 'graph';
  type: 'string' | 'int' | 'boolean' | 'double';
}

const NODE_KEYS: Key[] = [
  { id: 'name', for: 'node', type: 'string' },
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'country', for: 'node', type: 'string' },
  { id: 'group', for: 'node', type: 'string' },
  { id: 'mentions', for: 'node', type: 'int' },
  { id: 'relations', for: 'node', type: 'int' },
  { id: 'summary', for: 'node', type: 'string' },
  { id: 'x', for: 'node', type: 'double' },
  { id: 'y', for: 'node', type: 'double' },
];

const EDGE_KEYS: Key[] = [
  { id: 'relation', for: 'edge', type: 'string' },
  { id: 'label', for: 'edge', type: 'string' },
  { id: 'basis', for: 'edge', type: 'string' },
  { id: 'planned', for: 'edge', type: 'boolean' },
  { id: 'date_start', for: 'edge', type: 'string' },
  { id: 'date_end', for: 'edge', type: 'string' },
  { id: 'date_text', for: 'edge', type: 'string' },
  { id: 'evidence', for: 'edge', type: 'string' },
];

export interface GraphmlInput {
  graphId: string;
  title: string;
  source: string;
  nodes: readonly NodeRow[];
  edges: readonly EdgeRow[];
  /** Positions as drawn, so Gephi or yEd open the same picture. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

const data = (key: string, value: string | number | boolean) =>
  `<data key="${key}">${escapeXml(String(value))}</data>`;

/**
 * GraphML (graphml.graphdrawing.org) for Gephi, yEd, Cytoscape and networkx. The graph is
 * directed by default; mutual relations (meetings, alignments) say directed="false" per edge.
 * Keys use readable ids because tools show the id when attr.name is missing.
 */
export function serialiseGraphml(input: GraphmlInput): string {
  const keys = [...NODE_KEYS, ...EDGE_KEYS]
    .map(
      (k) =>
        `  <key id="${k.for === 'edge' ? 'e_' : 'n_'}${k.id}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>`,
    )
    .join('\n');
  const nodes = input.nodes
    .map((n) => {
      const at = input.positions?.get(n.id);
      const fields = [
        data('n_name', n.name),
        data('n_kind', n.kind),
        n.country && data('n_country', n.country),
        n.group && data('n_group', n.group),
        data('n_mentions', n.mentions),
        data('n_relations', n.relations),
        n.summary && data('n_summary', n.summary),
        at && data('n_x', Math.round(at.x * 100) / 100),
        at && data('n_y', Math.round(at.y * 100) / 100),
      ].filter(Boolean);
      return `    <node id="${escapeXml(n.id)}">${fields.join('')}</node>`;
    })
    .join('\n');
  const edges = input.edges
    .map((e) => {
      const fields = [
        data('e_relation', e.kind),
        data('e_label', e.label),
        data('e_basis', e.basis),
        data('e_planned', e.planned),
        e.dateStart && data('e_date_start', e.dateStart),
        e.dateEnd && data('e_date_end', e.dateEnd),
        e.dateText && data('e_date_text', e.dateText),
        data('e_evidence', e.evidence),
      ].filter(Boolean);
      const directed = e.directed ? '' : ' directed="false"';
      return `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"${directed}>${fields.join('')}</edge>`;
    })
    .join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${escapeXml(`${input.title}. ${input.source}`)}</desc>`,
    keys,
    `  <graph id="${escapeXml(input.graphId)}" edgedefault="directed">`,
    nodes,
    edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
