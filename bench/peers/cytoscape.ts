/** Peer: cytoscape.js with the fcose layout (no animation), its own canvas renderer. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { afterPaint, KIND_COLOURS, loadPeerGraph, seedMathRandom } from './peer-graph';

cytoscape.use(fcose);

async function main() {
  seedMathRandom(1);
  const data = await loadPeerGraph();
  const container = document.querySelector('#graph') as HTMLElement;
  const cy = cytoscape({
    container,
    elements: [
      ...data.nodes.map((n) => ({
        data: {
          id: n.id,
          label: n.label,
          colour: KIND_COLOURS[n.kind] ?? '#666',
          size: 4 + 2 * Math.sqrt(n.degree),
        },
      })),
      ...data.edges.map((e) => ({ data: { id: `e-${e.id}`, source: e.source, target: e.target } })),
    ],
    style: [
      {
        selector: 'node',
        style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)' },
      },
      { selector: 'edge', style: { width: 0.6, 'line-color': '#bbb' } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: '.lit', style: { 'line-color': '#222', width: 1.5 } },
    ],
    layout: { name: 'preset' },
    wheelSensitivity: 1,
  });
  afterPaint((t) => (window.benchPeer.firstFrame = t));
  const layout = cy.layout({
    name: 'fcose',
    animate: false,
    randomize: true,
    quality: 'default',
  } as cytoscape.LayoutOptions);
  layout.one('layoutstop', () => {
    cy.fit(undefined, 20);
    afterPaint((t) => (window.benchPeer.stable = t));
  });
  // Let the first frame paint before the layout takes the main thread.
  setTimeout(() => layout.run(), 0);
  cy.on('tap', 'node', (event) => {
    const node = event.target as cytoscape.NodeSingular;
    cy.batch(() => {
      cy.elements().removeClass('lit').addClass('faded');
      node.closedNeighborhood().removeClass('faded').addClass('lit');
    });
    // cytoscape draws on its own frame loop: count the highlight once the frame after has painted.
    requestAnimationFrame(() => afterPaint((t) => (window.benchPeer.highlightedAt = t)));
  });
  window.benchPeer.position = (id) => {
    const node = cy.getElementById(id);
    if (node.empty()) return null;
    const p = node.renderedPosition();
    const rect = container.getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  };
}

main().catch((e: unknown) => (window.benchPeer.error = String(e)));
