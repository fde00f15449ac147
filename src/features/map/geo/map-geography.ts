import type { Bundle } from '../../../bundle/bundle-schema';
import { countryGroups, type GroupTone } from '../../../model/country-groups';
import {
  baseMapPathsJob,
  clippedMapPaths,
  featureNames,
  type BaseMapJob,
  type BaseMapPaths,
} from './base-map-paths';
import type { ProjectionParams } from './fit-projection';
import type { MapReference } from './map-frame';
import type { ViewTransform } from './scale-bar';
import { matchCountryFeatures } from './world-features';
import type { WorldTopology } from './world-topology';

/** A bundle country drawn with its grouping's fill. */
export interface ShadedCountry {
  entity: string;
  /** Its feature's index in the topology. */
  feature: number;
  tone: GroupTone;
}

/** The base map as path strings, and the transform that puts them on the view. */
export interface MapGeography {
  /** screen = k · path + (x, y); the identity for paths made for one view. */
  transform: ViewTransform;
  /** The paths for one view (`clipped`); null for `shared`, whose paths are sharedMapPathsJob's. */
  paths: BaseMapPaths | null;
  shaded: ShadedCountry[];
}

const shadedCache = new WeakMap<Bundle, WeakMap<WorldTopology, ShadedCountry[]>>();

/** The bundle's grouped countries that the topology has, with their grouping's tone. */
export function shadedCountries(bundle: Bundle, world: WorldTopology): ShadedCountry[] {
  let byWorld = shadedCache.get(bundle);
  if (!byWorld) shadedCache.set(bundle, (byWorld = new WeakMap()));
  const hit = byWorld.get(world);
  if (hit) return hit;
  const features = matchCountryFeatures(bundle.entities, featureNames(world));
  const shaded = countryGroups(bundle).flatMap((g) =>
    g.countries.flatMap((entity) => {
      const feature = features.get(entity);
      return feature === undefined ? [] : [{ entity, feature, tone: g.tone }];
    }),
  );
  byWorld.set(world, shaded);
  return shaded;
}

// The shared paths are the costly part (a few hundred ms at 1:50m): a few per topology, keyed by
// what they depend on (the projection's kind, rotation, reference scale, clip and the shading).
// A job is kept from its start, so the screen asking again while it runs continues it.
const sharedCache = new WeakMap<WorldTopology, Map<string, BaseMapJob>>();

/**
 * The screen's base map paths for a bundle and reference frame, as a job (`BaseMapJob`): done
 * at once when another view of the same frame has computed them, otherwise a piece per
 * `step()`. The screen runs it between frames; `mapGeography('shared')` runs it to the end.
 */
export function sharedMapPathsJob(
  bundle: Bundle,
  world: WorldTopology,
  reference: MapReference,
): BaseMapJob {
  const shaded = shadedCountries(bundle, world);
  const key = JSON.stringify([reference, shaded.map((s) => s.feature)]);
  let byKey = sharedCache.get(world);
  if (!byKey) sharedCache.set(world, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const job = baseMapPathsJob(
    world,
    reference.params,
    reference.refScale,
    reference.clipAngle,
    shaded.map((s) => s.feature),
  );
  if (byKey.size >= 4) byKey.delete(byKey.keys().next().value ?? key);
  byKey.set(key, job);
  return job;
}

/**
 * The base map for a view. `shared`: the transform that places the screen's shared paths (at a
 * reference scale, once per bundle and frame, so zooming and resizing never recompute them) —
 * the paths themselves are `sharedMapPathsJob`'s, which the screen computes between frames.
 * `clipped`: paths for exactly this view, cut to its box: a picture holds only what it shows.
 */
export function mapGeography(
  bundle: Bundle,
  world: WorldTopology,
  how: 'shared' | 'clipped',
  view: {
    reference: MapReference;
    params: ProjectionParams;
    zoom: ViewTransform;
    size: { width: number; height: number };
  },
): MapGeography {
  const shaded = shadedCountries(bundle, world);
  const { reference, params, zoom, size } = view;
  if (how === 'shared')
    return {
      transform: {
        k: (zoom.k * params.scale) / reference.refScale,
        x: zoom.x + zoom.k * params.translate[0],
        y: zoom.y + zoom.k * params.translate[1],
      },
      paths: null,
      shaded,
    };
  const placed: ProjectionParams = {
    ...params,
    scale: params.scale * zoom.k,
    translate: [params.translate[0] * zoom.k + zoom.x, params.translate[1] * zoom.k + zoom.y],
  };
  return {
    transform: { k: 1, x: 0, y: 0 },
    paths: clippedMapPaths(
      world,
      placed,
      reference.clipAngle,
      size,
      shaded.map((s) => s.feature),
    ),
    shaded,
  };
}
