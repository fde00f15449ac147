import { type GeoProjection } from 'd3-geo';
import { angularDistance } from './angular-distance';
import {
  createProjection,
  fitProjection,
  type LonLat,
  type Margin,
  type ProjectionParams,
} from './fit-projection';
import { bowLine, greatCircle, legBows, projectLine, type Point } from './leg-arc';
import { modelFrame, type MapModel } from './map-model';

/** Zoom limits: out far enough to bring a remote place into view, in to a city's streets. */
export const MIN_ZOOM = 0.4;
export const MAX_ZOOM = 16;
/** The reference frame the base map's paths are computed in (see baseMapPaths). */
const REF_SIZE = 1000;

/** The lon/lat the projection is fitted to: the framed places (all of them if none). */
export function framePoints(model: MapModel): LonLat[] {
  // The same array for the same model: fits of it are kept per array (fitProjection).
  const hit = framed.get(model);
  if (hit) return hit;
  const ids = new Set(modelFrame(model).frame);
  const inFrame = model.places.filter((p) => ids.has(p.id)).map((p) => p.lonLat);
  const points = inFrame.length > 0 ? inFrame : model.places.map((p) => p.lonLat);
  framed.set(model, points);
  return points;
}
const framed = new WeakMap<MapModel, LonLat[]>();

/** Size-independent parts of the projection: kind, rotation, reference scale and clip. */
export interface MapReference {
  params: Pick<ProjectionParams, 'kind' | 'rotate'>;
  refScale: number;
  clipAngle: number;
}

export function mapReference(points: readonly LonLat[]): MapReference {
  const ref = fitProjection(points, { width: REF_SIZE, height: REF_SIZE, margin: 0 });
  const centre: [number, number] = [-ref.rotate[0], -ref.rotate[1]];
  const radius = points.reduce(
    (m, p) => Math.max(m, (angularDistance(centre, [p[0], p[1]]) * 180) / Math.PI),
    0,
  );
  // Zoomed right out the view spans 1 / MIN_ZOOM frames: clip the globe a little beyond that.
  const clipAngle = Math.max(60, Math.min(150, (radius / MIN_ZOOM) * 1.05));
  return { params: { kind: ref.kind, rotate: ref.rotate }, refScale: ref.scale, clipAngle };
}

/** Where everything sits before zooming: place points and bowed leg lines, in pixels. */
export interface BaseLayout {
  projection: GeoProjection;
  params: ProjectionParams;
  places: Map<string, Point>;
  legs: Map<string, Point[]>;
  /** Maps the reference-scale base-map paths onto this frame. */
  baseScale: number;
  baseTranslate: [number, number];
}

/** How the projection is fitted: which points, with how much room at the edges. */
export interface FrameFit {
  /** The lon/lat the projection is fitted to (framePoints, or a selection's places). */
  points: readonly LonLat[];
  /** Room kept clear at each edge, for labels (and for controls standing against an edge). */
  margin: number | Margin;
  /** The smallest distance the frame spans (fitProjection's default when absent). */
  minSpanKm?: number;
}

// A leg's great circle depends on its ends only: worked out once per story, not once per frame
// fitted (a resize, a selection's frame, a slide), which matters with thousands of legs.
const circleCache = new WeakMap<MapModel, Map<string, LonLat[]>>();

/** Whether the legs' great circles are worked out for this model (see `legCircles`). */
export function legCirclesKept(model: MapModel): boolean {
  return circleCache.has(model);
}

/** Each leg's great circle (lon/lat points about every 100 km), kept per model. */
export function legCircles(model: MapModel): Map<string, LonLat[]> {
  const hit = circleCache.get(model);
  if (hit) return hit;
  const circles = new Map(model.legs.map((l) => [l.id, greatCircle(l.fromAt, l.toAt)]));
  circleCache.set(model, circles);
  return circles;
}

export function baseLayout(
  model: MapModel,
  reference: MapReference,
  size: { width: number; height: number },
  fit: FrameFit,
): BaseLayout {
  const params = fitProjection(fit.points, {
    ...size,
    margin: fit.margin,
    ...(fit.minSpanKm === undefined ? {} : { minSpanKm: fit.minSpanKm }),
  });
  const projection = createProjection(params);
  const places = new Map<string, Point>();
  for (const p of model.places) {
    const xy = projection([p.lonLat[0], p.lonLat[1]]);
    if (xy) places.set(p.id, [xy[0], xy[1]]);
  }
  const bows = legBows(model.legs);
  const circles = legCircles(model);
  const legs = new Map<string, Point[]>();
  for (const l of model.legs) {
    const line = projectLine(projection, circles.get(l.id) ?? greatCircle(l.fromAt, l.toAt));
    legs.set(l.id, bowLine(line, bows.get(l.id) ?? 0));
  }
  return {
    projection,
    params,
    places,
    legs,
    baseScale: params.scale / reference.refScale,
    baseTranslate: params.translate,
  };
}
