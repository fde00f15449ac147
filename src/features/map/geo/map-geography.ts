import type { Bundle } from '../../../bundle/bundle-schema';
import { countryGroups, type GroupTone } from '../../../model/country-groups';
import { baseMapPaths, clippedMapPaths, featureNames, type BaseMapPaths } from './base-map-paths';
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
  paths: BaseMapPaths;
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
const sharedCache = new WeakMap<WorldTopology, Map<string, BaseMapPaths>>();

function sharedPaths(
  world: WorldTopology,
  reference: MapReference,
  shaded: readonly ShadedCountry[],
): BaseMapPaths {
  const key = JSON.stringify([reference, shaded.map((s) => s.feature)]);
  let byKey = sharedCache.get(world);
  if (!byKey) sharedCache.set(world, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const paths = baseMapPaths(
    world,
    reference.params,
    reference.refScale,
    reference.clipAngle,
    shaded.map((s) => s.feature),
  );
  if (byKey.size >= 4) byKey.delete(byKey.keys().next().value ?? key);
  byKey.set(key, paths);
  return paths;
}

/**
 * The base map for a view. `shared`: paths at a reference scale, computed once per bundle and
 * frame and placed by a transform, so zooming and resizing never recompute them (the screen).
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
      paths: sharedPaths(world, reference, shaded),
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
