import type { Bundle } from '../../../bundle/bundle-schema';
import { bylineName } from '../../../model/byline-name';
import { formatPublishedDay } from '../../../model/format-date';
import type { VisibleGraph } from '../graph/filter-network-graph';
import type { NetworkGraph } from '../graph/network-graph';
import type { NetworkScene } from '../layout/build-network-scene';
import type { MeasureText } from '../layout/measure-text';
import { downloadFile } from './download-file';
import { exportRows } from './export-rows';
import { edgesCsv, nodesCsv } from './network-csv';
import { renderExportSvg, type ExportPalette } from './render-export-svg';
import { serialiseGraphml } from './serialise-graphml';
import { svgToPng } from './svg-to-png';

export type ExportFormat = 'svg' | 'png' | 'graphml' | 'nodes-csv' | 'edges-csv';

export interface ExportContext {
  bundle: Bundle;
  graph: NetworkGraph;
  visible: VisibleGraph;
  scene: NetworkScene;
  palette: ExportPalette;
  fontFamily: string;
  measure: MeasureText;
}

/** "Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018" (DESIGN.md: every exported picture). */
export function sourceLine(bundle: Bundle): string {
  const { article } = bundle;
  return `Source: ${bylineName(article.byline)}, ${article.publisher}, ${formatPublishedDay(article.published)}`;
}

/** Writes the shown network (filters applied, zoom ignored) in one format and downloads it. */
export async function exportNetwork(format: ExportFormat, context: ExportContext): Promise<void> {
  const { bundle, graph, visible, scene } = context;
  const base = `${bundle.id}-network`;
  if (format === 'svg' || format === 'png') {
    const { svg, width, height } = renderExportSvg({
      scene,
      palette: context.palette,
      title: bundle.article.title,
      source: sourceLine(bundle),
      kinds: graph.entityKinds.filter((k) => visible.nodes.some((n) => n.kind === k)),
      relationKinds: graph.relationKinds.filter((k) => visible.edges.some((e) => e.kind === k)),
      groups: graph.groups,
      fontFamily: context.fontFamily,
      measure: context.measure,
    });
    if (format === 'svg') downloadFile(`${base}.svg`, svg, 'image/svg+xml');
    else downloadFile(`${base}.png`, await svgToPng(svg, width, height, 2), 'image/png');
    return;
  }
  const rows = exportRows(bundle, graph, visible);
  if (format === 'graphml') {
    const positions = new Map(scene.nodes.map((n) => [n.node.id, { x: n.x, y: n.y }]));
    const xml = serialiseGraphml({
      graphId: bundle.id,
      title: bundle.article.title,
      source: sourceLine(bundle),
      nodes: rows.nodes,
      edges: rows.edges,
      positions,
    });
    downloadFile(`${base}.graphml`, xml, 'application/graphml+xml');
  } else if (format === 'nodes-csv') {
    downloadFile(`${base}-nodes.csv`, nodesCsv(rows.nodes), 'text/csv;charset=utf-8');
  } else {
    downloadFile(`${base}-edges.csv`, edgesCsv(rows.edges), 'text/csv;charset=utf-8');
  }
}
