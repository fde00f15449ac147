import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { EntityKind } from '../../../bundle/bundle-schema';
import { createLcg } from '../../../model/lcg';
import type { NetworkGraph } from '../graph/network-graph';
import { layoutAnchors, type LayoutOrientation } from './layout-anchors';
import { shapeOuterRadius } from './node-shape';

/** A node where the layout put it. */
export interface LayoutNode {
  id: string;
  kind: EntityKind;
  x: number;
  y: number;
  /** Size radius (the shape has a circle of this radius's area). */
  r: number;
  /** Distance from the centre to the farthest point of the shape. */
  outer: number;
}

export interface NetworkLayout {
  width: number;
  height: number;
  orientation: LayoutOrientation;
  nodes: LayoutNode[];
  byId: Map<string, LayoutNode>;
  /** Clear space kept between the outlines of any two nodes. */
  gap: number;
}

export interface LayoutOptions {
  width: number;
  height: number;
  seed: number;
  /** Simulation steps; 300 takes alpha from 1 to d3's alphaMin. */
  ticks?: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  kind: EntityKind;
  r: number;
  outer: number;
}

/** Panel margin the outlines keep; labels have their own bounds check. */
const MARGIN = 10;

/**
 * Size by how often the article names a node, on a square-root scale so area tracks the count.
 * The largest radius follows the panel, so a small panel still fits everyone.
 */
export function nodeRadius(mentions: number, maxMentions: number, width: number, height: number) {
  const rMax = Math.max(9, Math.min(22, Math.min(width, height) * 0.03));
  const rMin = Math.max(4.5, rMax * 0.36);
  const share = maxMentions > 0 ? Math.sqrt(Math.max(mentions, 0) / maxMentions) : 0;
  return rMin + (rMax - rMin) * share;
}

/**
 * Positions for every node, computed synchronously (stop, then tick) so the picture is final
 * when first drawn. Deterministic: the same graph, size and seed give the same numbers.
 */
export function computeNetworkLayout(graph: NetworkGraph, options: LayoutOptions): NetworkLayout {
  const width = Math.max(options.width, 120);
  const height = Math.max(options.height, 120);
  const random = createLcg(options.seed);
  const { orientation, anchors } = layoutAnchors(graph, width, height);
  const maxMentions = Math.max(0, ...graph.nodes.map((n) => n.mentions));
  const small = Math.min(width, height);
  const gap = Math.max(6, Math.min(22, small * 0.028));

  const nodes: SimNode[] = graph.nodes.map((n) => {
    const r = nodeRadius(n.mentions, maxMentions, width, height);
    const anchor = anchors.get(n.id) ?? { x: width / 2, y: height / 2 };
    // Start near the anchor with a seeded jitter: the seed, not d3's phyllotaxis, decides.
    return {
      id: n.id,
      kind: n.kind,
      r,
      outer: shapeOuterRadius(n.kind, r),
      x: anchor.x + (random() - 0.5) * small * 0.2,
      y: anchor.y + (random() - 0.5) * small * 0.2,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));

  // Each node hangs on its state with a short link; relations add a weak pull on top, weaker
  // still across groups so a dispute does not drag the two camps together.
  const home = graph.nodes
    .filter((n) => n.country !== null && n.country !== n.id && byId.has(n.country))
    .map((n) => ({ source: n.id, target: n.country ?? '' }));
  const groupOf = new Map(graph.nodes.map((n) => [n.id, n.group]));
  const relations = graph.edges
    .filter((e) => e.source !== e.target)
    .map((e) => ({
      source: e.source,
      target: e.target,
      same: groupOf.get(e.source) === groupOf.get(e.target),
    }));

  const simulation = forceSimulation<SimNode>(nodes)
    .randomSource(random)
    .force(
      'home',
      forceLink<SimNode, { source: string | SimNode; target: string | SimNode }>(home)
        .id((d) => d.id)
        .distance(small * 0.12)
        .strength(0.35),
    )
    .force(
      'relations',
      forceLink<SimNode, { source: string | SimNode; target: string | SimNode; same: boolean }>(
        relations,
      )
        .id((d) => d.id)
        .distance(small * 0.18)
        .strength((l) => (l.same ? 0.04 : 0.005)),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength(-small * 0.25)
        .distanceMax(small * 0.3),
    )
    .force('collide', forceCollide<SimNode>((d) => d.outer + gap).iterations(3))
    .force(
      'x',
      forceX<SimNode>((d) => anchors.get(d.id)?.x ?? width / 2).strength(
        (d) => anchors.get(d.id)?.strength ?? 0.1,
      ),
    )
    .force(
      'y',
      forceY<SimNode>((d) => anchors.get(d.id)?.y ?? height / 2).strength(
        (d) => anchors.get(d.id)?.strength ?? 0.1,
      ),
    )
    .stop();

  const ticks = options.ticks ?? 300;
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    for (const n of nodes) clampToPanel(n, width, height);
  }
  fitToPanel(nodes, width, height, graph.groups.length > 0);
  separate(nodes, gap, width, height);

  const placed: LayoutNode[] = nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    x: n.x ?? 0,
    y: n.y ?? 0,
    r: n.r,
    outer: n.outer,
  }));
  return {
    width,
    height,
    orientation,
    nodes: placed,
    byId: new Map(placed.map((n) => [n.id, n])),
    gap,
  };
}

/**
 * Stretches the settled layout to fill the panel (never shrinks it): the forces pull toward
 * anchors and leave the panel's edges empty. Stretching only moves nodes apart, so it keeps
 * every gap. The margin leaves room for a label above the top node and below the bottom one,
 * and for a grouping's caption.
 */
function fitToPanel(nodes: SimNode[], width: number, height: number, captions: boolean) {
  if (nodes.length < 2) return;
  const mx = MARGIN + 14;
  // Groupings get a caption line above or below their hull: leave room for it.
  const my = MARGIN + (captions ? 32 : 22);
  const x0 = Math.min(...nodes.map((n) => (n.x ?? 0) - n.outer));
  const x1 = Math.max(...nodes.map((n) => (n.x ?? 0) + n.outer));
  const y0 = Math.min(...nodes.map((n) => (n.y ?? 0) - n.outer));
  const y1 = Math.max(...nodes.map((n) => (n.y ?? 0) + n.outer));
  const sx = Math.min(1.6, Math.max(1, (width - 2 * mx) / Math.max(1, x1 - x0)));
  const sy = Math.min(1.6, Math.max(1, (height - 2 * my) / Math.max(1, y1 - y0)));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  for (const n of nodes) {
    n.x = width / 2 + ((n.x ?? 0) - cx) * sx;
    n.y = height / 2 + ((n.y ?? 0) - cy) * sy;
    clampToPanel(n, width, height);
  }
}

function clampToPanel(n: SimNode, width: number, height: number) {
  const pad = MARGIN + n.outer;
  n.x = Math.min(width - pad, Math.max(pad, n.x ?? 0));
  n.y = Math.min(height - pad, Math.max(pad, n.y ?? 0));
}

/**
 * The simulation ends with nodes nearly clear of each other; this pass makes it exact, pushing
 * any overlapping pair apart along the line between them until every outline keeps `gap`.
 */
function separate(nodes: SimNode[], gap: number, width: number, height: number) {
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        if (!a || !b) continue;
        const dx = (b.x ?? 0) - (a.x ?? 0);
        const dy = (b.y ?? 0) - (a.y ?? 0);
        const dist = Math.hypot(dx, dy);
        const need = a.outer + b.outer + gap;
        if (dist >= need) continue;
        // Coincident nodes part along a fixed diagonal so the result stays deterministic.
        const ux = dist > 1e-9 ? dx / dist : Math.SQRT1_2;
        const uy = dist > 1e-9 ? dy / dist : Math.SQRT1_2;
        const push = (need - dist) / 2 + 0.01;
        a.x = (a.x ?? 0) - ux * push;
        a.y = (a.y ?? 0) - uy * push;
        b.x = (b.x ?? 0) + ux * push;
        b.y = (b.y ?? 0) + uy * push;
        clampToPanel(a, width, height);
        clampToPanel(b, width, height);
        moved = true;
      }
    if (!moved) return;
  }
}
