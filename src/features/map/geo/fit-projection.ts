import { geoAzimuthalEqualArea, geoCentroid, geoEqualEarth, type GeoProjection } from 'd3-geo';
import { angularDistance } from './angular-distance';

/** [longitude, latitude] in degrees, the GeoJSON order. */
export type LonLat = readonly [number, number];

/** Mean Earth radius; every distance in the map is measured on this sphere. */
export const EARTH_RADIUS_KM = 6371;

/**
 * A projection as plain numbers, so it can be memoised, compared and tested without d3 objects.
 * Azimuthal equal-area for regional maps (true area, true directions from the centre, and no
 * preferred latitude band, so it suits a bundle anywhere on Earth); Equal Earth when the places
 * spread over more than a hemisphere, where an azimuthal map would tear its edges apart.
 */
export interface ProjectionParams {
  kind: 'azimuthal-equal-area' | 'equal-earth';
  rotate: [number, number, number];
  scale: number;
  translate: [number, number];
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FitOptions {
  width: number;
  height: number;
  /** Room kept clear at each edge, for labels: a number for all four sides. */
  margin: number | Margin;
  /**
   * The smallest distance the frame spans, so a single place (or a city and its airport) is
   * shown with its surroundings instead of at an absurd zoom.
   */
  minSpanKm?: number;
}

const WORLD_BEYOND_RADIANS = (100 * Math.PI) / 180;
const DEFAULT_MIN_SPAN_KM = 800;

export function toMargin(margin: number | Margin): Margin {
  return typeof margin === 'number'
    ? { top: margin, right: margin, bottom: margin, left: margin }
    : margin;
}

/** Builds the d3 projection the params describe. */
export function createProjection(params: ProjectionParams): GeoProjection {
  const projection =
    params.kind === 'equal-earth' ? geoEqualEarth() : geoAzimuthalEqualArea().clipAngle(150);
  return projection.rotate(params.rotate).scale(params.scale).translate(params.translate);
}

function distinct(places: readonly LonLat[]): LonLat[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = `${p[0].toFixed(4)},${p[1].toFixed(4)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The size-free half of a fit: where the projection is centred and the places' unit box. */
interface UnitFit {
  /** Kind and rotation, at scale 1 with no translation. */
  params: ProjectionParams;
  world: boolean;
  box: { x0: number; x1: number; y0: number; y1: number };
  /** The distinct places projected at scale 1 (those the projection keeps). */
  projected: [number, number][];
}

// The centring (a spherical centroid), the spread and the unit box cost milliseconds for
// thousands of places, and a frame is fitted many times over the same places (the reference
// frame, every margin a control asks to try, the frame itself): once per list of places.
const unitFits = new WeakMap<readonly LonLat[], UnitFit>();

function unitFit(places: readonly LonLat[]): UnitFit {
  const hit = unitFits.get(places);
  if (hit) return hit;
  const points = distinct(places);
  const multi = { type: 'MultiPoint' as const, coordinates: points.map((p) => [p[0], p[1]]) };

  let centre: [number, number] = points.length > 0 ? geoCentroid(multi) : [0, 0];
  // Points spread evenly round the globe have no centroid; any of them will do as a centre.
  if (!Number.isFinite(centre[0]) || !Number.isFinite(centre[1])) {
    const first = points[0] ?? [0, 0];
    centre = [first[0], first[1]];
  }
  const spread = points.reduce((max, p) => Math.max(max, angularDistance(centre, [p[0], p[1]])), 0);
  const world = points.length === 0 || spread > WORLD_BEYOND_RADIANS;

  const params: ProjectionParams = world
    ? { kind: 'equal-earth', rotate: [-centre[0], 0, 0], scale: 1, translate: [0, 0] }
    : {
        kind: 'azimuthal-equal-area',
        rotate: [-centre[0], -centre[1], 0],
        scale: 1,
        translate: [0, 0],
      };
  const unit = createProjection(params);
  const projected = points
    .map((p) => unit([p[0], p[1]]))
    .filter((p): p is [number, number] => p !== null);
  // With no places, the box of the whole world.
  const boxed =
    points.length > 0
      ? projected
      : (
          [
            [-180, 0],
            [180, 0],
            [0, 85],
            [0, -85],
          ] as const
        )
          .map((p) => unit([p[0], p[1]]))
          .filter((p): p is [number, number] => p !== null);
  let box = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  for (const [x, y] of boxed)
    box = {
      x0: Math.min(box.x0, x),
      x1: Math.max(box.x1, x),
      y0: Math.min(box.y0, y),
      y1: Math.max(box.y1, y),
    };
  const fit = { params, world, box, projected };
  unitFits.set(places, fit);
  return fit;
}

/**
 * Centres a projection on the places and scales it so every one of them lies inside the frame,
 * at least `margin` from each edge. Pure: the same places and size give the same numbers (the
 * size-free half is kept per list of places, so pass the same array to fit it again cheaply).
 */
export function fitProjection(places: readonly LonLat[], options: FitOptions): ProjectionParams {
  const { width, height } = options;
  const margin = toMargin(options.margin);
  const inner = {
    width: Math.max(1, width - margin.left - margin.right),
    height: Math.max(1, height - margin.top - margin.bottom),
  };
  const { params, world, box } = unitFit(places);
  // With scale 1 and no translation the projection is linear in both, so the fit is exact:
  // measure the unit-scale box, then scale and shift it into the inner frame.
  const minSpan = (options.minSpanKm ?? DEFAULT_MIN_SPAN_KM) / EARTH_RADIUS_KM;
  // Near the centre one unit of an azimuthal equal-area projection is one radian of arc.
  const bw = Math.max(box.x1 - box.x0, world ? 0 : minSpan);
  const bh = Math.max(box.y1 - box.y0, world ? 0 : minSpan);
  const scale = Math.min(inner.width / (bw || 1), inner.height / (bh || 1));
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  return {
    ...params,
    scale,
    translate: [
      margin.left + inner.width / 2 - cx * scale,
      margin.top + inner.height / 2 - cy * scale,
    ],
  };
}

/**
 * Where the (distinct) places land under a fit of them: their unit positions scaled and
 * shifted, which is what the projection computes (both projections are linear in scale and
 * translation), without projecting thousands of points again for every fit tried.
 */
export function fittedPoints(places: readonly LonLat[], fit: ProjectionParams): [number, number][] {
  const { projected } = unitFit(places);
  const [tx, ty] = fit.translate;
  return projected.map(([x, y]) => [x * fit.scale + tx, y * fit.scale + ty]);
}
