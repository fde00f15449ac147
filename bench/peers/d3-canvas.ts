/** Peer: d3-force (Barnes–Hut many-body, 300 ticks, run to its end) drawn on a 2D canvas. */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import { quadtree } from 'd3-quadtree';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { afterPaint, KIND_COLOURS, loadPeerGraph } from './peer-graph';

interface Node {
  id: string;
  kind: string;
  degree: number;
  x?: number;
  y?: number;
}

async function main() {
  const graph = await loadPeerGraph();
  const canvas = document.querySelector('canvas') as HTMLCanvasElement;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const dpr = window.devicePixelRatio || 1;
  canvas.width = width * dpr;
  canvas.height = height * dpr;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;

  const nodes: Node[] = graph.nodes.map((n) => ({ id: n.id, kind: n.kind, degree: n.degree }));
  const links = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  let seed = 1;
  const simulation = forceSimulation(nodes)
    .randomSource(() => ((seed = (1664525 * seed + 1013904223) >>> 0), seed / 4294967296))
    .force(
      'link',
      forceLink<Node, { source: string | Node; target: string | Node }>(links).id((d) => d.id),
    )
    .force('charge', forceManyBody())
    .force('x', forceX())
    .force('y', forceY())
    .stop();
  simulation.tick(300);

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const resolved = graph.edges.map(
    (e) => [byId.get(e.source) as Node, byId.get(e.target) as Node] as const,
  );
  const neighbours = new Map<string, Set<string>>();
  for (const [s, t] of resolved) {
    neighbours.set(s.id, (neighbours.get(s.id) ?? new Set()).add(t.id));
    neighbours.set(t.id, (neighbours.get(t.id) ?? new Set()).add(s.id));
  }
  // Fit the laid-out graph into the canvas.
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k0 = 0.9 * Math.min(width / Math.max(1, x1 - x0), height / Math.max(1, y1 - y0));
  let transform: ZoomTransform = zoomIdentity
    .translate(width / 2, height / 2)
    .scale(k0)
    .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
  const tree = quadtree<Node>()
    .x((d) => d.x ?? 0)
    .y((d) => d.y ?? 0)
    .addAll(nodes);
  let selected: string | null = null;

  const radius = (n: Node) => 2 + Math.sqrt(n.degree);
  const draw = () => {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.translate(transform.x, transform.y);
    ctx.scale(transform.k, transform.k);
    const lit =
      selected === null ? null : (neighbours.get(selected) ?? new Set<string>()).add(selected);
    ctx.lineWidth = 0.6 / transform.k;
    ctx.strokeStyle = lit ? 'rgba(120,120,120,0.15)' : 'rgba(120,120,120,0.5)';
    ctx.beginPath();
    for (const [s, t] of resolved) {
      ctx.moveTo(s.x ?? 0, s.y ?? 0);
      ctx.lineTo(t.x ?? 0, t.y ?? 0);
    }
    ctx.stroke();
    if (lit) {
      ctx.strokeStyle = '#222';
      ctx.lineWidth = 1.5 / transform.k;
      ctx.beginPath();
      for (const [s, t] of resolved)
        if (s.id === selected || t.id === selected) {
          ctx.moveTo(s.x ?? 0, s.y ?? 0);
          ctx.lineTo(t.x ?? 0, t.y ?? 0);
        }
      ctx.stroke();
    }
    for (const n of nodes) {
      ctx.globalAlpha = lit && !lit.has(n.id) ? 0.2 : 1;
      ctx.fillStyle = KIND_COLOURS[n.kind] ?? '#666';
      ctx.beginPath();
      ctx.arc(n.x ?? 0, n.y ?? 0, radius(n), 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.globalAlpha = 1;
  };
  let queued = false;
  const redraw = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      draw();
    });
  };

  select(canvas).call(
    zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.05, 40])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        transform = event.transform;
        redraw();
      }),
  );
  select(canvas).property('__zoom', transform);
  canvas.addEventListener('click', (event) => {
    const rect = canvas.getBoundingClientRect();
    const [x, y] = transform.invert([event.clientX - rect.left, event.clientY - rect.top]);
    const hit = tree.find(x, y, 12 / transform.k);
    selected = hit ? hit.id : null;
    draw();
    afterPaint((t) => (window.benchPeer.highlightedAt = t));
  });
  window.benchPeer.position = (id) => {
    const n = byId.get(id);
    if (!n) return null;
    const rect = canvas.getBoundingClientRect();
    const [x, y] = transform.apply([n.x ?? 0, n.y ?? 0]);
    return { x: rect.left + x, y: rect.top + y };
  };
  draw();
  afterPaint((t) => {
    window.benchPeer.firstFrame = t;
    window.benchPeer.stable = t;
  });
}

main().catch((e: unknown) => (window.benchPeer.error = String(e)));
