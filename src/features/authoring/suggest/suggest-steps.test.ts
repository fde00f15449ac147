import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import * as chrono from 'chrono-node/en';
import countryData from '../places/data/countries.json';
import type { CountryRow } from '../places/gazetteer-types';
import { suggestAll, suggestSteps } from './suggest-steps';

const tools = {
  compromise: nlp,
  chrono,
  countries: countryData as CountryRow[],
  isPlace: (name: string) => ['Nairobi', 'Stockholm'].includes(name),
};
const text = [
  'Envoy Maria Lindqvist Visits Nairobi',
  'Special Envoy Maria Lindqvist of Sweden travelled from Stockholm to Nairobi on Monday, where she met Kenyan Foreign Minister Daniel Otieno.',
  'Lindqvist returns to Stockholm next week.',
].join('\n\n');
const blocks = [
  { start: 0, end: 36, kind: 'headline' },
  { start: 38, end: 177, kind: 'paragraph' },
  { start: 179, end: text.length, kind: 'paragraph' },
];

describe('suggestSteps', () => {
  it('yields between passages and, run through, gives what suggestAll gives', () => {
    const steps = suggestSteps({ text, blocks, published: '2024-03-15' }, tools);
    let yields = 0;
    let s = steps.next();
    while (s.done !== true) {
      yields += 1;
      s = steps.next();
    }
    // One pause per tagged block, and one before the dates.
    expect(yields).toBe(4);
    expect(s.value).toEqual(suggestAll({ text, blocks, published: '2024-03-15' }, tools));
    const names = s.value.names.map((n) => `${n.name}, ${n.kind}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'Maria Lindqvist, person',
        'Daniel Otieno, person',
        'Kenya, country',
        'Nairobi, place',
      ]),
    );
    // The dates keep the article's words and where they stand.
    for (const d of s.value.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(s.value.dates.map((d) => d.text)).toEqual(['on Monday', 'next week']);
  });

  it('finds no dates without a publication date', () => {
    expect(suggestAll({ text, blocks, published: '' }, tools).dates).toEqual([]);
  });
});
