import { angularDistance } from './angular-distance';
import type { Bundle } from '../../../bundle/bundle-schema';
import { EARTH_RADIUS_KM, type LonLat } from './fit-projection';

/** A located entity the map marks: a place as a dot, a country as a square at its capital. */
export interface MapPlace {
  id: string;
  name: string;
  kind: 'place' | 'country';
  lonLat: LonLat;
  /** A leg or an event touches it; others (a region named in passing) are drawn quieter. */
  primary: boolean;
  /**
   * For a country located at one of the bundle's places (its capital, e.g. North Korea at
   * Pyongyang): that place's id. The two share one dot, and the country adds a line to its label,
   * instead of two markers drawn on top of each other.
   */
  sharesDotWith: string | null;
}

/** Closer than this, a country's point and a place's point are the same point. */
const SAME_POINT_KM = 2;

const lonLatOf = (loc: { lat: number; lon: number }): LonLat => [loc.lon, loc.lat];
const km = (a: LonLat, b: LonLat) => angularDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_RADIUS_KM;

/** Places and countries with a location, in bundle order (places first, as the map draws them). */
export function mapPlaces(bundle: Bundle): MapPlace[] {
  const touched = new Set<string>();
  for (const j of bundle.journeys)
    for (const l of j.legs) {
      touched.add(l.from);
      touched.add(l.to);
    }
  for (const e of bundle.events) if (e.place !== undefined) touched.add(e.place);

  const located = bundle.entities.filter(
    (e) => (e.kind === 'place' || e.kind === 'country') && e.location !== undefined,
  );
  const places = located.filter((e) => e.kind === 'place');
  const countries = located.filter((e) => e.kind === 'country');

  const toPlace = (e: (typeof located)[number]): MapPlace => ({
    id: e.id,
    name: e.name,
    kind: e.kind === 'country' ? 'country' : 'place',
    lonLat: lonLatOf(e.location ?? { lat: 0, lon: 0 }),
    primary: touched.has(e.id),
    sharesDotWith: null,
  });

  const placeMarks = places.map(toPlace);
  const countryMarks = countries.map((c) => {
    const mark = toPlace(c);
    // Prefer a place the bundle says is in this country; else any place at the same point.
    const same = placeMarks
      .filter((p) => km(p.lonLat, mark.lonLat) <= SAME_POINT_KM)
      .sort((a, b) => {
        const inA = bundle.entities.find((e) => e.id === a.id)?.country === c.id ? 0 : 1;
        const inB = bundle.entities.find((e) => e.id === b.id)?.country === c.id ? 0 : 1;
        return inA - inB;
      })[0];
    return { ...mark, sharesDotWith: same?.id ?? null };
  });
  return [...placeMarks, ...countryMarks];
}
