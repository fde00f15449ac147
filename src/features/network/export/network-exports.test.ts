import { describe, expect, it } from 'vitest';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { filterNetworkGraph } from '../graph/filter-network-graph';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { networkFixture } from '../fixtures/network-fixture';
import { exportRows } from './export-rows';
import { edgesCsv, nodesCsv } from './network-csv';
import { serialiseGraphml } from './serialise-graphml';
import { xmlProblems } from './xml-problems';

/** Splits CSV text into records, honouring quoted fields with commas and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('network exports on the seed bundle', () => {
  const bundle = seedBundle();
  const graph = deriveNetworkGraph(bundle);
  const visible = filterNetworkGraph(graph, [], []);
  const rows = exportRows(bundle, graph, visible);

  it('writes a node row per entity and an edge row per relation, each with its evidence', () => {
    const nodes = parseCsv(nodesCsv(rows.nodes));
    const edges = parseCsv(edgesCsv(rows.edges));
    expect(nodes).toHaveLength(28);
    expect(edges).toHaveLength(50);
    expect(nodes.every((r) => r.length === 8)).toBe(true);
    expect(edges.every((r) => r.length === 14)).toBe(true);
    const beijing = edges.find((r) => r[0] === 'r-choe-meets-kong-beijing');
    expect(beijing?.[10]).toBe('2018-10-05');
    expect(beijing?.[12]).toBe('On Oct. 5');
    expect(beijing?.[13]).toMatch(
      /^On Oct\. 5, Choe held vice minister-level talks in Beijing.* … /,
    );
    const choe = nodes.find((r) => r[0] === 'choe-son-hui');
    expect(choe?.slice(0, 7)).toEqual([
      'choe-son-hui',
      'Choe Son-hui',
      'person',
      'North Korea',
      'North Korea, China, Russia',
      '12',
      '11',
    ]);
  });

  it('writes well-formed GraphML with every node and edge', () => {
    const xml = serialiseGraphml({
      graphId: bundle.id,
      title: bundle.article.title,
      source: 'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018',
      nodes: rows.nodes,
      edges: rows.edges,
      positions: new Map([['choe-son-hui', { x: 1.234, y: 5 }]]),
    });
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml.match(/<node /g)).toHaveLength(27);
    expect(xml.match(/<edge /g)).toHaveLength(49);
    expect(xml).toContain('<data key="n_x">1.23</data>');
    expect(xml).toContain('directed="false"');
  });
});

describe('network exports escape what they carry', () => {
  it('escapes markup in names and quotes in CSV', () => {
    const bundle = networkFixture();
    bundle.entities = bundle.entities.map((e) =>
      e.id === 'ann' ? { ...e, name: 'Ann "A&B" <Smith>, Jr.' } : e,
    );
    const graph = deriveNetworkGraph(bundle);
    const rows = exportRows(bundle, graph, filterNetworkGraph(graph, ['media'], []));
    const xml = serialiseGraphml({ graphId: 'x', title: 'T & U', source: 'S', ...rows });
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('Ann &quot;A&amp;B&quot; &lt;Smith&gt;, Jr.');
    const csv = nodesCsv(rows.nodes);
    expect(csv).toContain('"Ann ""A&B"" <Smith>, Jr."');
    expect(parseCsv(csv).find((r) => r[0] === 'ann')?.[1]).toBe('Ann "A&B" <Smith>, Jr.');
    expect(rows.nodes.map((n) => n.id)).not.toContain('wire');
  });

  it('finds malformed XML', () => {
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a>x & y</a>')).not.toEqual([]);
    expect(xmlProblems('<a x="1">ok &amp; fine</a>')).toEqual([]);
  });
});
