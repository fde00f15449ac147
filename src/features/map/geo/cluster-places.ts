import { quadtree, type QuadtreeLeaf } from 'd3-quadtree';
import type { Box } from './label-placement';
import type { Point } from './leg-arc';
import type { ViewTransform } from './scale-bar';

/**
 * The map counts places only when a story has more dots than this: below it, label placement
 * (leaders, names shown on demand) keeps every place its own mark, as the seed's Moscow and its
 * airport 3 px apart are. Stories in public/bundles have at most 33.
 */
export const CLUSTER_MIN_PLACES = 100;
/**
 * At labelScale 1, places closer than this (screen px) at the current zoom are one count mark:
 * a count's disc is up to 2 × 13 px across and a place's name needs about this much room beside
 * its dot, so closer marks would overlap. The deepest zoom counts with it too: a smaller radius
 * there lets count discs overlap and cover each other (12 px: 314 overlapping pairs on the
 * 3,000-place story; 20 px: 22; 28 px: none).
 */
export const CLUSTER_RADIUS = 28;
/** Rounds of merging: a merged centre may land within the radius of another mark. */
const PASSES = 4;

/** A dot to be counted: its id, its screen position and the entities drawn at it. */
export interface ClusterInput {
  id: string;
  at: Point;
  entities: readonly string[];
}

/** Places drawn as one count mark. */
export interface PlaceCluster {
  /** The first member's id, prefixed: `cluster-<id>`. */
  id: string;
  /** The mean of its members' positions. */
  at: Point;
  /** The dots counted, in input order. */
  members: string[];
  /** Every entity drawn at those dots. */
  entities: string[];
  /** The members' bounding box on screen. */
  bounds: Box;
}

/** What clustering leaves: count marks, and the dots still drawn on their own. */
export interface Clustering {
  clusters: PlaceCluster[];
  singles: string[];
}

interface Group {
  at: Point;
  members: number[];
  first: number;
}

/**
 * Greedy, deterministic grouping of dots closer than `radius` (screen px), as supercluster does
 * on a tile, but in this projection's screen space: biggest groups first (input order breaks
 * ties), each absorbs every group whose centre is within the radius of its own, the new centre
 * being the members' mean; repeated until nothing merges. A quadtree finds the neighbours, so
 * thousands of dots take a few milliseconds.
 */
export function clusterPlaces(dots: readonly ClusterInput[], radius: number): Clustering {
  let groups: Group[] = dots.map((d, i) => ({ at: d.at, members: [i], first: i }));
  for (let pass = 0; pass < PASSES; pass++) {
    const next = mergeOnce(groups, radius);
    const merged = next.length < groups.length;
    groups = next;
    if (!merged) break;
  }
  const clusters: PlaceCluster[] = [];
  const singles: string[] = [];
  for (const g of groups.sort((a, b) => a.first - b.first)) {
    const members = [...g.members].sort((a, b) => a - b).map((i) => dots[i] as ClusterInput);
    if (members.length === 1) {
      singles.push(members[0]?.id ?? '');
      continue;
    }
    const xs = members.map((m) => m.at[0]);
    const ys = members.map((m) => m.at[1]);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    clusters.push({
      id: `cluster-${members[0]?.id ?? ''}`,
      at: g.at,
      members: members.map((m) => m.id),
      entities: members.flatMap((m) => m.entities),
      bounds: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y },
    });
  }
  return { clusters, singles };
}

function mergeOnce(groups: readonly Group[], radius: number): Group[] {
  const order = groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => b.g.members.length - a.g.members.length || a.g.first - b.g.first);
  const tree = quadtree<number>()
    .x((i) => groups[i]?.at[0] ?? 0)
    .y((i) => groups[i]?.at[1] ?? 0)
    .addAll(groups.map((_, i) => i));
  const taken = new Uint8Array(groups.length);
  const out: Group[] = [];
  const r2 = radius * radius;
  for (const { g, i } of order) {
    if (taken[i]) continue;
    taken[i] = 1;
    const [cx, cy] = g.at;
    const near: number[] = [];
    tree.visit((node, x0, y0, x1, y1) => {
      if (!node.length) {
        for (let leaf: QuadtreeLeaf<number> | undefined = node; leaf; leaf = leaf.next) {
          const j = leaf.data;
          const o = groups[j];
          if (!taken[j] && o && (o.at[0] - cx) ** 2 + (o.at[1] - cy) ** 2 < r2) near.push(j);
        }
      }
      return x0 > cx + radius || x1 < cx - radius || y0 > cy + radius || y1 < cy - radius;
    });
    if (near.length === 0) {
      out.push(g);
      continue;
    }
    near.sort((a, b) => a - b);
    let sx = g.at[0] * g.members.length;
    let sy = g.at[1] * g.members.length;
    const members = [...g.members];
    let first = g.first;
    for (const j of near) {
      taken[j] = 1;
      const o = groups[j] as Group;
      sx += o.at[0] * o.members.length;
      sy += o.at[1] * o.members.length;
      members.push(...o.members);
      first = Math.min(first, o.first);
    }
    out.push({ at: [sx / members.length, sy / members.length], members, first });
  }
  return out;
}

/**
 * The zoom that opens a count mark: its members' box fitted into the view with `pad` px to
 * spare, at least `minFactor` times the current scale (so members closer than the radius come
 * apart), at most `maxK`; the box's centre at the view's centre.
 */
export function clusterZoom(
  bounds: Box,
  size: { width: number; height: number },
  current: ViewTransform,
  options: { pad: number; minFactor: number; maxK: number },
): ViewTransform {
  const { pad, minFactor, maxK } = options;
  const fit = Math.min(
    (size.width - 2 * pad) / Math.max(bounds.width, 1),
    (size.height - 2 * pad) / Math.max(bounds.height, 1),
  );
  const k = Math.min(maxK, current.k * Math.max(minFactor, fit));
  // The box is in screen px at the current zoom: back to drawing units, then forward at k.
  const cx = (bounds.x + bounds.width / 2 - current.x) / current.k;
  const cy = (bounds.y + bounds.height / 2 - current.y) / current.k;
  return { k, x: size.width / 2 - cx * k, y: size.height / 2 - cy * k };
}
