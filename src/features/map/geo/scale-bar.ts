import { type GeoProjection } from 'd3-geo';
import { angularDistance } from './angular-distance';
import { EARTH_RADIUS_KM } from './fit-projection';

/** A pan-and-zoom state: screen = base × k + (x, y), as d3-zoom's transform. */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export interface ScaleBar {
  km: number;
  /** Length of the bar on screen. */
  px: number;
  label: string;
}

/** The largest 1, 2 or 5 × 10ⁿ not above `value`: the lengths a reader can add up at a glance. */
export function roundDown(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const first = value / power;
  const step = first >= 5 ? 5 : first >= 2 ? 2 : 1;
  return step * power;
}

/**
 * A scale bar true at the centre of the view, measured east–west across it, for the current
 * projection and zoom. A regional map's scale varies across the frame, so the bar says where it
 * holds ("at the centre") in its label's tooltip; the number is a round length that fits
 * `maxPx`. Null where the centre is off the globe.
 */
export function scaleBar(
  projection: GeoProjection,
  transform: ViewTransform,
  size: { width: number; height: number },
  maxPx = 120,
): ScaleBar | null {
  const invert = projection.invert;
  if (!invert || transform.k <= 0) return null;
  const toBase = (sx: number, sy: number): [number, number] => [
    (sx - transform.x) / transform.k,
    (sy - transform.y) / transform.k,
  ];
  const cx = size.width / 2;
  const cy = size.height / 2;
  const half = 50;
  const a = invert(toBase(cx - half, cy));
  const b = invert(toBase(cx + half, cy));
  if (!a || !b || [...a, ...b].some((n) => !Number.isFinite(n))) return null;
  const kmPerPx = (angularDistance(a, b) * EARTH_RADIUS_KM) / (2 * half);
  if (!(kmPerPx > 0)) return null;
  const km = roundDown(maxPx * kmPerPx);
  const px = km / kmPerPx;
  const label = km >= 1 ? `${km.toLocaleString('en-GB')} km` : `${Math.round(km * 1000)} m`;
  return { km, px, label };
}
