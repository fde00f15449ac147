import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Where a point lies against the outline of the country it should be in. */
export type OutlineVerdict =
  /** Inside the outline. */
  | 'inside'
  /** Just outside (within about 30 km): a coastal city on a coarse coastline. */
  | 'near'
  /** Outside, but inside once latitude and longitude are swapped: the classic slip. */
  | 'swapped'
  /** Outside and not explained by a swap. */
  | 'outside';

/** How far around the point a coastal miss is forgiven, in degrees of latitude (~33 km). */
const NEAR = 0.3;

/**
 * Checks a place's point against its country's outline (Natural Earth 1:50m from world-atlas).
 * The outline is coarse at the coast, so a point within ~30 km of it counts as near, not wrong;
 * a point that lands inside only with lat and lon swapped is called out as a swap (Lima typed as
 * lat −77, lon −12 would sit in Antarctica).
 */
export function checkInCountry(
  point: { lat: number; lon: number },
  outline: Feature<Geometry | null> | FeatureCollection<Geometry | null>,
): OutlineVerdict {
  const { lat, lon } = point;
  if (geoContains(outline, [lon, lat])) return 'inside';
  // Rings of 3, 11 and 33 km: a small island is missed by the wide ring alone.
  for (const ring of [NEAR / 10, NEAR / 3, NEAR])
    if (aroundIsInside(outline, lat, lon, ring)) return 'near';
  if (Math.abs(lon) <= 90 && geoContains(outline, [lat, lon])) return 'swapped';
  // A country of small islands (Kiribati, Pitcairn) is a few specks at 1:50m, or none: a point
  // within half a degree of its extent is as near as the outline can tell.
  const [[west, south], [east, north]] = geoBounds(outline);
  const small = east - west < 3 && north - south < 3;
  if (small && lat >= south - 0.5 && lat <= north + 0.5 && lon >= west - 0.5 && lon <= east + 0.5)
    return 'near';
  return 'outside';
}

function aroundIsInside(
  outline: Feature<Geometry | null> | FeatureCollection<Geometry | null>,
  lat: number,
  lon: number,
  ring: number,
): boolean {
  const dLon = ring / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
  for (const [dx, dy] of [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
    [0.7, 0.7],
    [0.7, -0.7],
    [-0.7, 0.7],
    [-0.7, -0.7],
  ] as const)
    if (geoContains(outline, [lon + dx * dLon, lat + dy * ring])) return true;
  return false;
}
