import { readdirSync, readFileSync } from 'node:fs';
import { geoCentroid, geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../bundle/bundle-schema';
import { withManyPlaces } from '../../../bundle/fixtures/many-places-bundle';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { createLcg } from '../../../model/lcg';
import { EARTH_RADIUS_KM, type LonLat } from './fit-projection';
import { framePlaces, type FrameChoice, type FrameOptions, type FramePoint } from './frame-places';
import { mapModel, modelFrame } from './map-model';

const pt = (id: string, lon: number, lat: number, weight = 2): FramePoint => ({
  id,
  lonLat: [lon, lat],
  weight,
});

describe('framePlaces', () => {
  it('frames East Asia to Moscow on the seed and leaves the United States off the frame', () => {
    const frame = modelFrame(mapModel(seedBundle()));
    expect(frame.remote).toEqual(['united-states']);
    expect(frame.frame).toEqual(
      expect.arrayContaining(['moscow', 'sheremetyevo-airport', 'beijing', 'pyongyang', 'japan']),
    );
  });

  it('keeps a far place the story is largely about', () => {
    const points = [
      pt('seoul', 126.98, 37.57, 3),
      pt('tokyo', 139.69, 35.69, 3),
      pt('beijing', 116.4, 39.91, 3),
      pt('washington', -77.04, 38.9, 5),
    ];
    expect(framePlaces(points).remote).toEqual([]);
  });

  it('drops a lightly touched outlier, then stops', () => {
    const points = [
      pt('paris', 2.35, 48.86),
      pt('berlin', 13.4, 52.52),
      pt('warsaw', 21.01, 52.23),
      pt('rome', 12.5, 41.9),
      pt('new-york', -74, 40.71, 1),
    ];
    const choice = framePlaces(points);
    expect(choice.remote).toEqual(['new-york']);
    expect(choice.frame).toEqual(['paris', 'berlin', 'warsaw', 'rome']);
  });

  it('never drops from a two- or three-place map', () => {
    expect(framePlaces([pt('a', 0, 0), pt('b', 150, 10, 1)]).remote).toEqual([]);
    expect(framePlaces([pt('a', 0, 0), pt('b', 1, 0), pt('c', 150, 10, 1)]).remote).toEqual([]);
  });

  it('treats a city and its airport as one location', () => {
    const points = [
      pt('moscow', 37.62, 55.75, 1),
      pt('sheremetyevo', 37.41, 55.97, 1),
      pt('seoul', 126.98, 37.57, 20),
      pt('tokyo', 139.69, 35.69, 20),
      pt('beijing', 116.4, 39.91, 20),
    ];
    const choice = framePlaces(points);
    // Together they are one location: dropped or kept together, never split.
    expect(choice.remote.includes('moscow')).toBe(choice.remote.includes('sheremetyevo'));
  });
});

// The implementation before it was made linear (O(n × locations) clustering, a centroid and a
// farthest-point pass per location per step), kept verbatim as the oracle: the faster one must
// choose the same frame.
interface RefCluster {
  ids: string[];
  at: LonLat;
  weight: number;
}

const refKm = (a: LonLat, b: LonLat) => geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_RADIUS_KM;

function refClusters(points: readonly FramePoint[], clusterKm: number): RefCluster[] {
  const out: RefCluster[] = [];
  for (const p of points) {
    const near = out.find((c) => refKm(c.at, p.lonLat) <= clusterKm);
    if (near) {
      near.ids.push(p.id);
      near.weight += p.weight;
    } else out.push({ ids: [p.id], at: p.lonLat, weight: p.weight });
  }
  return out;
}

function referenceFramePlaces(
  points: readonly FramePoint[],
  options: FrameOptions = {},
): FrameChoice {
  const { clusterKm = 100, farRatio = 1.75, minRemoteKm = 2500, maxRemoteShare = 0.15 } = options;
  const kept = refClusters(points, clusterKm);
  const total = kept.reduce((s, c) => s + c.weight, 0);
  const maxDrops = Math.floor(kept.length / 3);
  const remote: RefCluster[] = [];

  while (remote.length < maxDrops && kept.length > 2) {
    let found: { index: number; ratio: number; distance: number } | null = null;
    for (const [index, c] of kept.entries()) {
      const others = kept.filter((o) => o !== c);
      const centre = geoCentroid({
        type: 'MultiPoint',
        coordinates: others.map((o) => [o.at[0], o.at[1]]),
      });
      if (!Number.isFinite(centre[0])) continue;
      const distance = refKm(c.at, centre);
      const reach = Math.max(...others.map((o) => refKm(o.at, centre)), 1);
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

/** The points mapModel frames a bundle by (as map-model.ts weighs them). */
function pointsOf(bundle: Bundle): FramePoint[] {
  const model = mapModel(bundle);
  const weight = new Map(model.places.map((p) => [p.id, 1]));
  const bump = (id: string) => weight.set(id, (weight.get(id) ?? 1) + 1);
  for (const l of model.legs) {
    bump(l.from);
    bump(l.to);
  }
  for (const e of bundle.events) if (e.place !== undefined && weight.has(e.place)) bump(e.place);
  return model.places.map((p) => ({ id: p.id, lonLat: p.lonLat, weight: weight.get(p.id) ?? 1 }));
}

const FIXTURES = new URL('../../../../public/bundles/fixtures/', import.meta.url);

describe('framePlaces chooses the frame the quadratic version chose', () => {
  const bundles: [string, Bundle][] = [
    ['seed', seedBundle()],
    ...readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .map((f): [string, Bundle] => [
        f,
        JSON.parse(readFileSync(new URL(f, FIXTURES), 'utf8')) as Bundle,
      ]),
    ['3,000 places', withManyPlaces(seedBundle(), 3000)],
  ];
  it.each(bundles)('%s', (_, bundle) => {
    const points = pointsOf(bundle);
    const choice: FrameChoice = framePlaces(points);
    expect(choice).toEqual(referenceFramePlaces(points));
    expect(modelFrame(mapModel(bundle))).toEqual(choice);
  });

  it('on seeded random maps: world-wide, across the date line, round a pole, with outliers', () => {
    const random = createLcg(15);
    const options: FrameOptions[] = [
      {},
      { clusterKm: 500 },
      { clusterKm: 20, farRatio: 1.2, minRemoteKm: 500 },
    ];
    let remote = 0;
    for (let round = 0; round < 60; round++) {
      const n = 3 + Math.floor(random() * 60);
      const centre: LonLat = [random() * 360 - 180, random() * 170 - 85];
      const spread = random() < 0.5 ? 5 : 60;
      const points: FramePoint[] = Array.from({ length: n }, (_, i) => {
        const far = random() < 0.08;
        const lon = far ? random() * 360 - 180 : centre[0] + (random() - 0.5) * spread;
        const lat = far
          ? random() * 160 - 80
          : Math.max(-89, Math.min(89, centre[1] + (random() - 0.5) * spread));
        return {
          id: `p${i}`,
          lonLat: [((lon + 540) % 360) - 180, lat],
          weight: 1 + Math.floor(random() * 4),
        };
      });
      for (const o of options) {
        const choice = framePlaces(points, o);
        expect(choice).toEqual(referenceFramePlaces(points, o));
        remote += choice.remote.length;
      }
    }
    // The cases exercise the outlier rule, not only the keep-everything path.
    expect(remote).toBeGreaterThan(10);
  });
});
