import type { GazetteerData } from './gazetteer-types';

/** A populated place from the gazetteer. */
export interface GazetteerPlace {
  name: string;
  /** ISO alpha-2 of the country it lies in. */
  country: string;
  lat: number;
  lon: number;
}

/** Case, accents, apostrophes and hyphens set aside: "Krakow" finds Kraków, "Namp'o" Namp’o. */
export function foldPlaceName(name: string): string {
  return name
    .replace(/[Đđ]/g, 'd')
    .replace(/[Łł]/g, 'l')
    .replace(/[Øø]/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Looks places up by name; built once from the shipped data when New story needs it. */
export interface Gazetteer {
  size: number;
  has: (name: string) => boolean;
  /**
   * Places with this name, best first: those in the story's countries before the rest, then in
   * the gazetteer's order (English exonyms, then by population). At most `limit`.
   */
  lookup: (name: string, countries?: readonly string[], limit?: number) => GazetteerPlace[];
}

export function makeGazetteer(data: GazetteerData): Gazetteer {
  const names = data.names.split('\n');
  const index = new Map<string, number[]>();
  names.forEach((name, i) => {
    const key = foldPlaceName(name);
    const list = index.get(key);
    if (list === undefined) index.set(key, [i]);
    else list.push(i);
  });
  const place = (i: number): GazetteerPlace => ({
    name: names[i] ?? '',
    country: data.cc.slice(2 * i, 2 * i + 2),
    lat: (data.coords[2 * i] ?? 0) / 100,
    lon: (data.coords[2 * i + 1] ?? 0) / 100,
  });
  return {
    size: names.length,
    has: (name) => index.has(foldPlaceName(name)),
    lookup: (name, countries = [], limit = 5) => {
      const rows = index.get(foldPlaceName(name)) ?? [];
      const inStory = rows.filter((i) => countries.includes(data.cc.slice(2 * i, 2 * i + 2)));
      const rest = rows.filter((i) => !inStory.includes(i));
      // The same town twice (an exonym row and its own) is shown once.
      const seen = new Set<string>();
      const out: GazetteerPlace[] = [];
      for (const i of [...inStory, ...rest]) {
        const p = place(i);
        const key = `${p.country}:${p.lat}:${p.lon}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(p);
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
