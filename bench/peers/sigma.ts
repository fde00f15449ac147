/** Peer: graphology + ForceAtlas2 (inferred settings, Barnes–Hut past 2,000 nodes), drawn by sigma.js (WebGL). */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { afterPaint, KIND_COLOURS, loadPeerGraph, seedMathRandom } from './peer-graph';

async function main() {
  seedMathRandom(1);
  const data = await loadPeerGraph();
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const n of data.nodes)
    graph.addNode(n.id, {
      label: n.label,
      x: Math.random() * 1000,
      y: Math.random() * 1000,
      size: 2 + Math.sqrt(n.degree),
      color: KIND_COLOURS[n.kind] ?? '#666',
    });
  for (const e of data.edges)
    if (!graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target, { color: '#bbb' });
  forceAtlas2.assign(graph, { iterations: 100, settings: forceAtlas2.inferSettings(graph) });

  const container = document.querySelector('#graph') as HTMLElement;
  let selected: string | null = null;
  let lit = new Set<string>();
  const renderer = new Sigma(graph, container, {
    nodeReducer: (node, attrs) =>
      selected === null || lit.has(node) ? attrs : { ...attrs, color: '#ddd', label: '' },
    edgeReducer: (edge, attrs) =>
      selected === null || graph.hasExtremity(edge, selected) ? attrs : { ...attrs, hidden: true },
  });
  renderer.on('clickNode', ({ node }) => {
    selected = node;
    lit = new Set([node, ...graph.neighbors(node)]);
    renderer.refresh();
    afterPaint((t) => (window.benchPeer.highlightedAt = t));
  });
  window.benchPeer.position = (id) => {
    if (!graph.hasNode(id)) return null;
    const attrs = graph.getNodeAttributes(id) as { x: number; y: number };
    const p = renderer.graphToViewport({ x: attrs.x, y: attrs.y });
    const rect = container.getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  };
  afterPaint((t) => {
    window.benchPeer.firstFrame = t;
    window.benchPeer.stable = t;
  });
}

main().catch((e: unknown) => (window.benchPeer.error = String(e)));
