import type { Bundle } from '../../../bundle/bundle-schema';
import type { VisibleGraph } from '../graph/filter-network-graph';
import type { NetworkGraph } from '../graph/network-graph';
import type { NetworkViewScene } from '../network-scene';
import { downloadBlob, downloadText } from '../../../lib/download-file';
import { exportRows } from './export-rows';
import { edgesCsv, nodesCsv } from './network-csv';
import type { NetworkPalette } from './network-palette';
import { serialiseGraphml } from './serialise-graphml';
import { sourceLine } from '../../../model/source-line';
import { svgToPng } from '../../../lib/svg-to-png';
import { writeNetworkSvg } from './write-network-svg';

export type ExportFormat = 'svg' | 'png' | 'graphml' | 'nodes-csv' | 'edges-csv';

export interface ExportContext {
  bundle: Bundle;
  graph: NetworkGraph;
  visible: VisibleGraph;
  /** The picture's scene, made only for a picture (on a large graph, placing labels is costly). */
  scene: () => NetworkViewScene;
  /** Where each shown node stands, for GraphML: no label placement needed. */
  positions: () => ReadonlyMap<string, { x: number; y: number }>;
  palette: NetworkPalette;
}

/** Writes the shown network (filters applied, zoom ignored) in one format and downloads it. */
export async function exportNetwork(format: ExportFormat, context: ExportContext): Promise<void> {
  const { bundle, graph, visible } = context;
  const base = `${bundle.id}-network`;
  if (format === 'svg' || format === 'png') {
    // The same writer a slide uses; a download draws nothing dimmed (a picture for a page).
    const { svg, width, height } = writeNetworkSvg(context.scene(), { palette: context.palette });
    if (format === 'svg') downloadText(`${base}.svg`, svg, 'image/svg+xml');
    else downloadBlob(`${base}.png`, await svgToPng(svg, width, height, 2));
    return;
  }
  const rows = exportRows(bundle, graph, visible);
  if (format === 'graphml') {
    const positions = context.positions();
    const xml = serialiseGraphml({
      graphId: bundle.id,
      title: bundle.article.title,
      source: sourceLine(bundle),
      nodes: rows.nodes,
      edges: rows.edges,
      positions,
    });
    downloadText(`${base}.graphml`, xml, 'application/graphml+xml');
  } else if (format === 'nodes-csv') {
    downloadText(`${base}-nodes.csv`, nodesCsv(rows.nodes), 'text/csv;charset=utf-8');
  } else {
    downloadText(`${base}-edges.csv`, edgesCsv(rows.edges), 'text/csv;charset=utf-8');
  }
}
