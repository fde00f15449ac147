import { geoCentroid, geoDistance } from 'd3-geo';
import { EARTH_RADIUS_KM, type LonLat } from './fit-projection';

/** A place the map could frame, weighted by how much of the story happens there. */
export interface FramePoint {
  id: string;
  lonLat: LonLat;
  /** 1 + the legs and events that touch it: where the story is, not just where it is named. */
  weight: number;
}

export interface FrameChoice {
  /** Ids the projection is fitted to. */
  frame: string[];
  /** Ids drawn at the frame's edge as pointers, their legs running off the map towards them. */
  remote: string[];
}

export interface FrameOptions {
  /** Cities closer than this count as one location (Moscow and its airport). */
  clusterKm?: number;
  /** A location this many times farther out than the farthest of the rest is a candidate. */
  farRatio?: number;
  /** …if it is also at least this far from the rest… */
  minRemoteKm?: number;
  /** …and carries less than this share of the story's weight. */
  maxRemoteShare?: number;
}

interface Cluster {
  ids: string[];
  at: LonLat;
  weight: number;
}

const km = (a: LonLat, b: LonLat) => geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_RADIUS_KM;

function clusters(points: readonly FramePoint[], clusterKm: number): Cluster[] {
  const out: Cluster[] = [];
  for (const p of points) {
    const near = out.find((c) => km(c.at, p.lonLat) <= clusterKm);
    if (near) {
      near.ids.push(p.id);
      near.weight += p.weight;
    } else out.push({ ids: [p.id], at: p.lonLat, weight: p.weight });
  }
  return out;
}

/**
 * Which places the map frames. A far outlier that little of the story touches (the seed: the
 * United States, one inferred leg's starting point, 10,000 km from East Asia) would shrink
 * everything else to half size; it is left off the frame and shown by a pointer at the edge.
 * Never drops more than a third of the locations, nor leaves fewer than two.
 */
export function framePlaces(
  points: readonly FramePoint[],
  options: FrameOptions = {},
): FrameChoice {
  const { clusterKm = 100, farRatio = 1.75, minRemoteKm = 2500, maxRemoteShare = 0.15 } = options;
  const kept = clusters(points, clusterKm);
  const total = kept.reduce((s, c) => s + c.weight, 0);
  const maxDrops = Math.floor(kept.length / 3);
  const remote: Cluster[] = [];

  while (remote.length < maxDrops && kept.length > 2) {
    let found: { index: number; ratio: number; distance: number } | null = null;
    for (const [index, c] of kept.entries()) {
      const others = kept.filter((o) => o !== c);
      const centre = geoCentroid({
        type: 'MultiPoint',
        coordinates: others.map((o) => [o.at[0], o.at[1]]),
      });
      if (!Number.isFinite(centre[0])) continue;
      const distance = km(c.at, centre);
      const reach = Math.max(...others.map((o) => km(o.at, centre)), 1);
      const ratio = distance / reach;
      if (!found || ratio > found.ratio) found = { index, ratio, distance };
    }
    if (!found) break;
    const candidate = kept[found.index];
    if (
      !candidate ||
      found.ratio < farRatio ||
      found.distance < minRemoteKm ||
      candidate.weight / total >= maxRemoteShare
    )
      break;
    remote.push(candidate);
    kept.splice(found.index, 1);
  }

  return { frame: kept.flatMap((c) => c.ids), remote: remote.flatMap((c) => c.ids) };
}
