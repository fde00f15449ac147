import { geoGraticule10, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { createProjection, type ProjectionParams } from './fit-projection';
import type { WorldTopology } from './world-topology';

/** The base map as SVG path strings in projected pixels (before zoom). */
export interface BaseMapPaths {
  /** The globe's outline: water. */
  sphere: string;
  graticule: string;
  land: string;
  /** Hairlines between countries only (coasts are the land's own edge). */
  borders: string;
  /** Feature index → path, for the countries a bundle shades. */
  countries: Map<number, string>;
}

interface WorldGeo {
  land: FeatureCollection | Feature;
  countries: Feature[];
  borders: MultiLineString;
}

// Converting 50m TopoJSON to GeoJSON takes tens of milliseconds: once per topology object.
const converted = new WeakMap<WorldTopology, WorldGeo>();

function worldGeo(topology: WorldTopology): WorldGeo {
  const hit = converted.get(topology);
  if (hit) return hit;
  const countries = feature(topology, topology.objects.countries).features;
  const geo: WorldGeo = {
    land: feature(topology, topology.objects.land),
    countries,
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
  converted.set(topology, geo);
  return geo;
}

/** Country names in feature order, for matching bundle countries to features. */
export function featureNames(topology: WorldTopology): string[] {
  return topology.objects.countries.geometries.map((g) =>
    g.properties && 'name' in g.properties ? g.properties.name : '',
  );
}

/**
 * Paths for the base map at a reference scale, centred on the origin. They depend on the
 * projection's kind and rotation only, not on the pane's size, so they are computed once per
 * bundle (a few hundred milliseconds for 1:50m) and placed by a transform on every resize and
 * zoom: screen = (zoom) · (translate + scale / refScale · path). The globe is clipped to a cap
 * `clipAngle` degrees round the centre, a little more than the farthest zoom-out can show:
 * the far side of the world, which no one will look at, costs nothing to draw.
 */
export function baseMapPaths(
  topology: WorldTopology,
  params: Pick<ProjectionParams, 'kind' | 'rotate'>,
  refScale: number,
  clipAngle: number,
  shaded: readonly number[],
): BaseMapPaths {
  const projection = createProjection({ ...params, scale: refScale, translate: [0, 0] });
  if (params.kind === 'azimuthal-equal-area') projection.clipAngle(clipAngle);
  return pathsFor(projection, topology, shaded);
}

/**
 * Paths for exactly one view: the projection as placed on screen, every path cut to the box.
 * Only what the picture shows is written, so an exported file or a slide holds a few tens of
 * kilobytes of geography instead of the whole cap the screen keeps for zooming.
 */
export function clippedMapPaths(
  topology: WorldTopology,
  params: ProjectionParams,
  clipAngle: number,
  size: { width: number; height: number },
  shaded: readonly number[],
): BaseMapPaths {
  const projection = createProjection(params).clipExtent([
    [0, 0],
    [size.width, size.height],
  ]);
  if (params.kind === 'azimuthal-equal-area') projection.clipAngle(clipAngle);
  return pathsFor(projection, topology, shaded);
}

function pathsFor(
  projection: GeoProjection,
  topology: WorldTopology,
  shaded: readonly number[],
): BaseMapPaths {
  // A tenth of a pixel: finer than the eye at the deepest zoom the map allows.
  const path = geoPath(projection).digits(1);
  const geo = worldGeo(topology);
  const countries = new Map<number, string>();
  for (const i of shaded) {
    const f = geo.countries[i];
    if (f) countries.set(i, path(f) ?? '');
  }
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    land: path(geo.land) ?? '',
    borders: path(geo.borders) ?? '',
    countries,
  };
}
