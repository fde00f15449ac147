import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { LayoutInput } from './layout-input';
import { layoutAnchors } from './layout-anchors';

/** A state's people (or the frame's members) packed as one disc. */
export interface ClusterDisc {
  x: number;
  y: number;
  /** Room for its members at the layout's spacing. */
  r: number;
}

/** The cluster of what belongs to no state. */
export const FRAME_CLUSTER = '';

interface Disc extends SimulationNodeDatum {
  key: string;
  r: number;
  homeX: number;
  homeY: number;
}

/**
 * The coarse level of a large layout: each state with everyone who belongs to it becomes one
 * disc sized for its members (area ∝ count), starting where the small layout would anchor the
 * state (its grouping's band, see layout-anchors.ts), pulled to its grouping's centre and packed
 * so no two discs overlap. Members then start around their disc's centre, so the fine layout
 * only has to settle neighbours, not carry thousands of nodes across the picture. Deterministic.
 */
export function clusterDiscs(
  input: LayoutInput,
  width: number,
  height: number,
  spacing: number,
  random: () => number,
): Map<string, ClusterDisc> {
  const { anchors } = layoutAnchors(input, width, height);
  const members = new Map<string, number>();
  for (const n of input.nodes) {
    const key = n.country ?? FRAME_CLUSTER;
    members.set(key, (members.get(key) ?? 0) + 1);
  }
  // A grouping's centre: the mean of its states' anchors (they sit on an ellipse around it).
  const groupOfCountry = new Map<string, string>();
  for (const g of input.groups) for (const c of g.countries) groupOfCountry.set(c, g.id);
  const centres = new Map<string, { x: number; y: number; k: number }>();
  // A state starts at its own anchor; the frame at the anchor of its first member.
  const firstOf = new Map<string, string>();
  for (const n of input.nodes) {
    const key = n.country === null ? FRAME_CLUSTER : n.country === n.id ? n.id : null;
    if (key !== null && !firstOf.has(key)) firstOf.set(key, n.id);
  }
  const startOf = (key: string) => anchors.get(firstOf.get(key) ?? '');
  const discs: Disc[] = [];
  for (const [key, count] of members) {
    const at = startOf(key) ?? { x: width / 2, y: height / 2 };
    // Hexagonal packing needs about 0.87 spacing² per member; almost a spacing of air around.
    const r = spacing * Math.sqrt((count * 0.87) / Math.PI) + spacing * 0.9;
    const group = groupOfCountry.get(key) ?? `self:${key}`;
    const c = centres.get(group) ?? { x: 0, y: 0, k: 0 };
    centres.set(group, { x: c.x + at.x, y: c.y + at.y, k: c.k + 1 });
    discs.push({ key, r, x: at.x, y: at.y, homeX: 0, homeY: 0 });
  }
  for (const d of discs) {
    const c = centres.get(groupOfCountry.get(d.key) ?? `self:${d.key}`) ?? { x: 0, y: 0, k: 0 };
    d.homeX = c.k > 0 ? c.x / c.k : width / 2;
    d.homeY = c.k > 0 ? c.y / c.k : height / 2;
  }
  forceSimulation(discs)
    .randomSource(random)
    .force('x', forceX<Disc>((d) => d.homeX).strength(0.08))
    .force('y', forceY<Disc>((d) => d.homeY).strength(0.08))
    .force('collide', forceCollide<Disc>((d) => d.r).iterations(2))
    .stop()
    .tick(200);
  return new Map(discs.map((d) => [d.key, { x: d.x ?? 0, y: d.y ?? 0, r: d.r }]));
}
