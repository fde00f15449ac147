import { geoGraticule10, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
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

// Converting 50m TopoJSON to GeoJSON takes tens of milliseconds: once per topology object, each
// part on its own (so a job can convert one part per piece of work).
const lands = new WeakMap<WorldTopology, MultiPolygon | Polygon | null>();
const countryFeatures = new WeakMap<WorldTopology, Map<number, Feature>>();
const borderLines = new WeakMap<WorldTopology, MultiLineString>();

function landOf(topology: WorldTopology): MultiPolygon | Polygon | null {
  const hit = lands.get(topology);
  if (hit !== undefined) return hit;
  const land = feature(topology, topology.objects.land);
  const polygons = land.features.flatMap((f): Position[][][] =>
    f.geometry.type === 'MultiPolygon'
      ? f.geometry.coordinates
      : f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : [],
  );
  const geometry: MultiPolygon | null =
    polygons.length === 0 ? null : { type: 'MultiPolygon', coordinates: polygons };
  lands.set(topology, geometry);
  return geometry;
}

function countryOf(topology: WorldTopology, index: number): Feature | null {
  let byIndex = countryFeatures.get(topology);
  if (!byIndex) countryFeatures.set(topology, (byIndex = new Map()));
  const hit = byIndex.get(index);
  if (hit) return hit;
  const geometry = topology.objects.countries.geometries[index];
  if (!geometry) return null;
  const country = feature(topology, geometry);
  if (country.type !== 'Feature') return null;
  byIndex.set(index, country);
  return country;
}

function bordersOf(topology: WorldTopology): MultiLineString {
  const hit = borderLines.get(topology);
  if (hit) return hit;
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  borderLines.set(topology, borders);
  return borders;
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
  const job = baseMapPathsJob(topology, params, refScale, clipAngle, shaded);
  while (!job.step());
  return job.result ?? EMPTY;
}

/** `baseMapPaths` as a job: the same paths, worked out a piece per `step()` (see BaseMapJob). */
export function baseMapPathsJob(
  topology: WorldTopology,
  params: Pick<ProjectionParams, 'kind' | 'rotate'>,
  refScale: number,
  clipAngle: number,
  shaded: readonly number[],
): BaseMapJob {
  const projection = createProjection({ ...params, scale: refScale, translate: [0, 0] });
  if (params.kind === 'azimuthal-equal-area') projection.clipAngle(clipAngle);
  return pathsJob(projection, topology, shaded);
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

const EMPTY: BaseMapPaths = {
  sphere: '',
  graticule: '',
  land: '',
  borders: '',
  countries: new Map(),
};

/**
 * About this many coordinates per piece of work: a few milliseconds of projecting and writing
 * path data, so a job's pieces fit between frames on a slow machine.
 */
const PIECE_POINTS = 1500;

/** Splits a list of rings or lines into runs of about PIECE_POINTS coordinates, in order. */
function pieces<T>(items: readonly T[], points: (item: T) => number): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let count = 0;
  for (const item of items) {
    run.push(item);
    count += points(item);
    if (count >= PIECE_POINTS) {
      out.push(run);
      run = [];
      count = 0;
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}

const polygonPoints = (polygon: Position[][]) => polygon.reduce((n, ring) => n + ring.length, 0);

/**
 * The base map's paths worked out one piece at a time, so the screen can compute them between
 * frames instead of in one long task. `step()` does the next piece (a part of the topology
 * converted, the sphere and graticule, a run of land polygons, a shaded country, a run of
 * border lines) and says whether all are done; `result` is then the paths. A path of a
 * MultiPolygon (or MultiLineString) is its polygons' (lines') paths one after another, since
 * d3-geo streams each on its own, so the pieces joined are the very string a single call writes
 * (a unit test checks): the picture is the same however the work is cut.
 */
export interface BaseMapJob {
  step(): boolean;
  readonly result: BaseMapPaths | null;
}

function pathsJob(
  projection: GeoProjection,
  topology: WorldTopology,
  shaded: readonly number[],
): BaseMapJob {
  // A tenth of a pixel: finer than the eye at the deepest zoom the map allows.
  const path = geoPath(projection).digits(1);
  const land: string[] = [];
  const borders: string[] = [];
  const countries = new Map<number, string>();
  let sphere = '';
  const graticule: string[] = [];
  let result: BaseMapPaths | null = null;
  // Later pieces are planned when the earlier ones have converted what they need.
  const queue: (() => void)[] = [
    () => (sphere = path({ type: 'Sphere' }) ?? ''),
    () => {
      for (const coordinates of pieces(geoGraticule10().coordinates, (l) => l.length))
        queue.push(() => graticule.push(path({ type: 'MultiLineString', coordinates }) ?? ''));
    },
    () => {
      const geometry = landOf(topology);
      const runs =
        geometry === null
          ? []
          : geometry.type === 'Polygon'
            ? [[geometry.coordinates]]
            : pieces(geometry.coordinates, polygonPoints);
      for (const coordinates of runs)
        queue.push(() => land.push(path({ type: 'MultiPolygon', coordinates }) ?? ''));
      // Only the shaded countries are converted, one at a time.
      for (const i of shaded)
        queue.push(() => {
          const f = countryOf(topology, i);
          if (f) countries.set(i, path(f) ?? '');
        });
      queue.push(() => {
        for (const coordinates of pieces(bordersOf(topology).coordinates, (l) => l.length))
          queue.push(() => borders.push(path({ type: 'MultiLineString', coordinates }) ?? ''));
      });
    },
  ];
  let next = 0;
  return {
    step() {
      if (result !== null) return true;
      queue[next++]?.();
      if (next < queue.length) return false;
      result = {
        sphere,
        graticule: graticule.join(''),
        land: land.join(''),
        borders: borders.join(''),
        countries,
      };
      return true;
    },
    get result() {
      return result;
    },
  };
}

function pathsFor(
  projection: GeoProjection,
  topology: WorldTopology,
  shaded: readonly number[],
): BaseMapPaths {
  const job = pathsJob(projection, topology, shaded);
  while (!job.step());
  return job.result ?? EMPTY;
}
