import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { suggestNames } from './suggest-names';
import { compromiseTags } from './compromise-tags';
import { capitalRuns } from './capital-runs';
import { makeGazetteer } from '../places/gazetteer';
import type { CountryRow, GazetteerData } from '../places/gazetteer-types';

const data = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../places/data/${file}`, import.meta.url), 'utf8'));
const countries = data('countries.json') as CountryRow[];
const gazetteer = makeGazetteer(data('gazetteer.json') as GazetteerData);

const suggest = (text: string) =>
  suggestNames(text, { countries, tagsAt: compromiseTags(nlp, text), isPlace: gazetteer.has });

// Written for this test.
const TEXT =
  'Foreign Minister Lucía Restrepo of Colombia met Japanese officials in Tokyo on Monday. ' +
  'Restrepo said the U.S. and Japan would fund the International Organization for Migration. ' +
  'Reuters reported that Restrepo flew on to Honolulu.';

describe('suggestNames', () => {
  it('finds people, places, organisations, countries and media, each with its kind', () => {
    const byName = new Map(suggest(TEXT).map((s) => [s.name, s]));
    expect(byName.get('Lucía Restrepo')).toMatchObject({
      kind: 'person',
      aliases: ['Restrepo'],
      occurrences: 3,
    });
    expect(byName.get('Japan')).toMatchObject({
      kind: 'country',
      aliases: ['Japanese'],
      occurrences: 2,
      countryCode: 'JP',
    });
    expect(byName.get('United States')).toMatchObject({
      kind: 'country',
      aliases: ['U.S.'],
      occurrences: 1,
    });
    expect(byName.get('Colombia')).toMatchObject({ kind: 'country', occurrences: 1 });
    expect(byName.get('Tokyo')).toMatchObject({ kind: 'place', occurrences: 1 });
    expect(byName.get('Honolulu')).toMatchObject({ kind: 'place', occurrences: 1 });
    expect(byName.get('International Organization for Migration')).toMatchObject({
      kind: 'organization',
    });
    expect(byName.get('Reuters')).toMatchObject({ kind: 'media' });
    // Titles, weekdays and sentence openers are not names.
    for (const notAName of ['Foreign Minister', 'Monday', 'Foreign Minister Lucía Restrepo'])
      expect(byName.has(notAName)).toBe(false);
  });

  it('ranks table matches above guesses and every confidence lies in 0–1', () => {
    const list = suggest(TEXT);
    for (const s of list) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    const japan = list.find((s) => s.name === 'Japan')!;
    const guesses = list.filter((s) => s.source === 'capitalised words');
    for (const g of guesses) expect(japan.confidence).toBeGreaterThan(g.confidence);
  });

  it('cuts runs of capitals at punctuation and months, joins “of”', () => {
    const runs = capitalRuns('In Bogotá on August 12, the University of Chile and Peru met.');
    expect(runs.map((r) => r.words.map((w) => w.text).join(' '))).toEqual([
      'In Bogotá',
      'University of Chile',
      'Peru',
    ]);
  });

  // Written for this test (fictional people and storm).
  it('cuts a title led by its own words, skips storms and meetings, keeps an agency its country', () => {
    const text =
      'Trade Minister Jonas Ekberg Holm spoke after Typhoon Marla. ' +
      'The Harbour Ministers’ Meeting opened on Monday, and the U.S. Agency for International Development sent teams. ' +
      'Delegates from the Economic Community of West African States and the Quiet Lake press office attended.';
    const found = suggest(text).map((s) => `${s.name}, ${s.kind}`);
    expect(found).toContain('Jonas Ekberg Holm, person');
    expect(found).toContain('U.S. Agency for International Development, organization');
    expect(found).toContain('Economic Community of West African States, organization');
    expect(found.some((f) => f.startsWith('Typhoon Marla'))).toBe(false);
    expect(found.some((f) => f.includes('Meeting'))).toBe(false);
    // "the Quiet Lake press office": a name after "the" is not taken for a person.
    expect(found).not.toContain('Quiet Lake, person');
  });

  it('gives a shared adjective to the country the text also names', () => {
    const countriesFound = (text: string) =>
      suggest(text)
        .filter((s) => s.kind === 'country')
        .map((s) => s.name)
        .sort();
    // "American" is also the adjective of the Northern Mariana Islands and American Samoa.
    expect(countriesFound('American officials said the U.S. would help.')).toEqual([
      'United States',
    ]);
    // Named by nothing else, it goes to the country with the most names in the table.
    expect(countriesFound('American officials would help.')).toEqual(['United States']);
    expect(countriesFound('Norwegian officials would help.')).toEqual(['Norway']);
  });
});
