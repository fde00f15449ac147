import {
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { createLcg } from '../../../model/lcg';
import { clusterDiscs, FRAME_CLUSTER } from './cluster-discs';
import { forceNeighbourhood } from './force-neighbourhood';
import type { LayoutInput } from './layout-input';
import { layoutAnchors } from './layout-anchors';
import { shapeOuterRadius } from './node-shape';

/**
 * The algorithm's version: part of every cache key, so a changed algorithm never draws a layout
 * cached by an older one. Bump it with any change that moves a node.
 */
export const LAYOUT_VERSION = 1;

/** The frame a small graph is laid out in (landscape; a portrait panel gets it turned). */
export const BASE_FRAME = { width: 1000, height: 700 } as const;

/** Past this many nodes the layout works in two levels (states as discs, then people). */
export const LARGE_LAYOUT = 400;

/**
 * Room per node in a large layout, in frame units (a node is 8–21 units in radius, and keeps
 * 19.6 clear around it); the frame gets twice that, so groupings and states have air between.
 */
const SPACING = 56;
/** How hard a large graph's nodes are drawn to their state's disc. */
const LARGE_PULL = 0.1;
/** A large graph's repulsion reaches this many spacings (its regions come from the discs). */
const LARGE_CUTOFF = 2;

/**
 * Positions in an abstract landscape frame, independent of any panel: a panel fits them (see
 * fit-layout.ts), so opening a file or resizing never lays out again.
 */
export interface AbstractLayout {
  width: number;
  height: number;
  /** Node ids, in the input's order. */
  ids: string[];
  x: Float64Array;
  y: Float64Array;
}

export interface AbstractLayoutOptions {
  seed: number;
  /** Simulation steps (default 300 small, 160 large). */
  ticks?: number;
  /** Told every few steps how far the layout has got (0–1), with the positions so far. */
  onProgress?: (done: number, x: Float64Array, y: Float64Array) => void;
}

/**
 * Size by how often the article names a node, on a square-root scale so area tracks the count.
 * The largest radius follows the frame, so a small panel still fits everyone.
 */
export function nodeRadius(mentions: number, maxMentions: number, width: number, height: number) {
  const rMax = Math.max(9, Math.min(22, Math.min(width, height) * 0.03));
  const rMin = Math.max(4.5, rMax * 0.36);
  const share = maxMentions > 0 ? Math.sqrt(Math.max(mentions, 0) / maxMentions) : 0;
  return rMin + (rMax - rMin) * share;
}

/** Clear space kept between two outlines, for a frame's short side. */
export function nodeGap(width: number, height: number): number {
  return Math.max(6, Math.min(22, Math.min(width, height) * 0.028));
}

interface SimNode extends SimulationNodeDatum {
  index: number;
}

type Link = SimulationLinkDatum<SimNode> & { strength: number };

/**
 * The seeded network layout, in its own frame and not in any panel. Small graphs keep the
 * designed picture: bands for the groupings with the frame between (layout-anchors.ts), states
 * anchored, everyone hanging on their state, relations a weak pull, repulsion and collisions.
 * Large graphs lay out in two levels: states as discs packed in their grouping's region
 * (cluster-discs.ts), then everyone settled around their state's centre. Repulsion and
 * collisions are one grid-based force with a cutoff (force-neighbourhood.ts), so a step costs
 * time linear in the nodes. Nothing is clamped to a panel and nothing is pushed apart pair by
 * pair afterwards: the frame grows with the graph. Pure and deterministic: the same input and
 * seed give the same numbers, in a worker or not.
 */
export function layoutAbstract(input: LayoutInput, options: AbstractLayoutOptions): AbstractLayout {
  const n = input.nodes.length;
  const large = n > LARGE_LAYOUT;
  const random = createLcg(options.seed);
  const area = Math.max(BASE_FRAME.width * BASE_FRAME.height, n * SPACING * SPACING * 2);
  const width = large ? Math.sqrt((area * BASE_FRAME.width) / BASE_FRAME.height) : BASE_FRAME.width;
  const height = large ? (width * BASE_FRAME.height) / BASE_FRAME.width : BASE_FRAME.height;
  // Forces are sized for the base frame at every scale: a large graph gets more room, not
  // longer springs.
  const small = Math.min(BASE_FRAME.width, BASE_FRAME.height);
  const gap = nodeGap(BASE_FRAME.width, BASE_FRAME.height);
  const maxMentions = Math.max(0, ...input.nodes.map((d) => d.mentions));
  const outer = input.nodes.map((d) =>
    shapeOuterRadius(
      d.kind,
      nodeRadius(d.mentions, maxMentions, BASE_FRAME.width, BASE_FRAME.height),
    ),
  );
  const index = new Map(input.nodes.map((d, i) => [d.id, i]));

  // Where each node starts and what pulls it: the designed anchors, or its state's disc.
  const targetX = new Float64Array(n);
  const targetY = new Float64Array(n);
  const pull = new Float64Array(n);
  const nodes: SimNode[] = [];
  if (!large) {
    const { anchors } = layoutAnchors(input, width, height);
    input.nodes.forEach((d, i) => {
      const a = anchors.get(d.id) ?? { x: width / 2, y: height / 2, strength: 0.1 };
      targetX[i] = a.x;
      targetY[i] = a.y;
      pull[i] = a.strength;
      // Start near the anchor with a seeded jitter: the seed, not d3's phyllotaxis, decides.
      nodes.push({
        index: i,
        x: a.x + (random() - 0.5) * small * 0.2,
        y: a.y + (random() - 0.5) * small * 0.2,
      });
    });
  } else {
    const discs = clusterDiscs(input, width, height, SPACING, random);
    // Members around their disc's centre on a sunflower, most-mentioned innermost, the state
    // itself at the centre; each is drawn back to its disc so the regions hold.
    const rank = new Map<string, number>();
    const order = input.nodes
      .map((_, i) => i)
      .sort(
        (a, b) =>
          Number(input.nodes[b]?.country === input.nodes[b]?.id) -
            Number(input.nodes[a]?.country === input.nodes[a]?.id) ||
          (input.nodes[b]?.mentions ?? 0) - (input.nodes[a]?.mentions ?? 0) ||
          a - b,
      );
    const slot = new Int32Array(n);
    for (const i of order) {
      const key = input.nodes[i]?.country ?? FRAME_CLUSTER;
      const k = rank.get(key) ?? 0;
      rank.set(key, k + 1);
      slot[i] = k;
    }
    const golden = Math.PI * (3 - Math.sqrt(5));
    input.nodes.forEach((d, i) => {
      const disc = discs.get(d.country ?? FRAME_CLUSTER) ?? { x: width / 2, y: height / 2, r: 0 };
      const k = slot[i] ?? 0;
      const radius = SPACING * 0.53 * Math.sqrt(k + 0.5);
      targetX[i] = disc.x;
      targetY[i] = disc.y;
      pull[i] = LARGE_PULL;
      nodes.push({
        index: i,
        x: disc.x + radius * Math.cos(k * golden) + (random() - 0.5) * 2,
        y: disc.y + radius * Math.sin(k * golden) + (random() - 0.5) * 2,
      });
    });
  }

  // Each node hangs on its state with a short link (small graphs; in a large one the disc holds
  // them); relations add a weak pull, weaker still across groupings so a dispute does not drag
  // the two camps together.
  const links: Link[] = [];
  if (!large)
    input.nodes.forEach((d, i) => {
      const home = d.country === null || d.country === d.id ? undefined : index.get(d.country);
      if (home !== undefined) links.push({ source: i, target: home, strength: 0.35 });
    });
  const homeLinks = links.length;
  for (let e = 0; e < input.sources.length; e++) {
    const s = input.sources[e] ?? 0;
    const t = input.targets[e] ?? 0;
    const same = input.nodes[s]?.group === input.nodes[t]?.group;
    links.push({ source: s, target: t, strength: same ? 0.04 : 0.005 });
  }
  const neighbourhood = forceNeighbourhood<SimNode>({
    charge: -small * 0.25,
    // A large graph's regions come from the discs: repulsion only spreads near neighbours.
    cutoff: large ? SPACING * LARGE_CUTOFF : small * 0.3,
    radius: (i) => (outer[i] ?? 0) + gap,
    collideIterations: large ? 1 : 3,
  });
  const ticks = options.ticks ?? (large ? 160 : 300);
  const simulation = forceSimulation<SimNode>(nodes)
    .randomSource(random)
    .force(
      'links',
      forceLink<SimNode, Link>(links)
        .id((d) => d.index)
        .distance((_, i) => (i < homeLinks ? small * 0.12 : small * 0.18))
        .strength((l) => l.strength),
    )
    .force('neighbourhood', neighbourhood)
    .force(
      'x',
      forceX<SimNode>((d) => targetX[d.index] ?? 0).strength((d) => pull[d.index] ?? 0),
    )
    .force(
      'y',
      forceY<SimNode>((d) => targetY[d.index] ?? 0).strength((d) => pull[d.index] ?? 0),
    )
    // Alpha runs from 1 to d3's alphaMin over the given steps, however many that is.
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop();

  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const read = () => {
    for (let i = 0; i < n; i++) {
      x[i] = nodes[i]?.x ?? 0;
      y[i] = nodes[i]?.y ?? 0;
    }
  };
  const every = Math.max(1, Math.round(ticks / 20));
  for (let t = 0; t < ticks; t++) {
    simulation.tick();
    if (options.onProgress && (t + 1) % every === 0 && t + 1 < ticks) {
      read();
      options.onProgress((t + 1) / ticks, x, y);
    }
  }
  read();
  return { width, height, ids: input.nodes.map((d) => d.id), x, y };
}
