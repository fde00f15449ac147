import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCountryTable, buildGazetteer } from './gazetteer-data';

const shipped = (file: string): unknown =>
  JSON.parse(
    readFileSync(
      new URL(`../../src/features/authoring/places/data/${file}`, import.meta.url),
      'utf8',
    ),
  );

describe('New story place data', () => {
  it('is what the generator writes from the kept packages (rerun build-gazetteer.ts and commit both)', () => {
    expect(shipped('countries.json')).toEqual(buildCountryTable());
    expect(shipped('gazetteer.json')).toEqual(buildGazetteer());
  });
});
