import { describe, expect, it } from 'vitest';
import { greatCircleGeometry, mapToGeoJson } from './geojson-export';
import { mapModel } from './map-model';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { mapFixture } from './fixtures/map-fixture';

describe('mapToGeoJson', () => {
  it('writes places as Points and legs as great-circle lines, each with its evidence', () => {
    const bundle = seedBundle();
    const fc = mapToGeoJson(bundle, mapModel(bundle));
    const parsed = JSON.parse(JSON.stringify(fc)) as typeof fc;
    expect(parsed.type).toBe('FeatureCollection');
    const points = parsed.features.filter((f) => f.geometry.type === 'Point');
    const lines = parsed.features.filter((f) => f.geometry.type !== 'Point');
    expect(points).toHaveLength(11);
    expect(lines).toHaveLength(7);
    const choe2 = parsed.features.find((f) => f.id === 'j-choe-2');
    expect(choe2?.geometry.type).toBe('LineString');
    const coords = choe2?.geometry.type === 'LineString' ? choe2.geometry.coordinates : [];
    expect(coords[0]).toEqual([116.4, 39.91]);
    expect(coords[coords.length - 1]).toEqual([37.62, 55.75]);
    expect(coords.length).toBeGreaterThan(50);
    const props = choe2?.properties ?? {};
    expect(props.name).toBe(
      'Leg 2 of 2: Beijing to Moscow, on the afternoon of Oct. 6, Choe Son-hui',
    );
    expect(props.when).toEqual({ start: '2018-10-06', text: 'on the afternoon of Oct. 6' });
    const evidence = props.evidence as { start: number; end: number; text: string }[];
    expect(evidence.length).toBe(2);
    for (const e of evidence) expect(e.text).toBe(bundle.article.text.slice(e.start, e.end));
    expect(String(props.evidenceText)).toContain('Sheremetyevo');
    const beijing = parsed.features.find((f) => f.id === 'beijing');
    expect(beijing?.geometry).toEqual({ type: 'Point', coordinates: [116.4, 39.91] });
    expect((beijing?.properties?.evidence as { text: string }[])[0]?.text).toBe('Beijing');
    expect((parsed as unknown as { source: string }).source).toBe(
      'Kim Oi-hyun, The Hankyoreh, 8 Oct 2018',
    );
  });

  it('cuts a line that crosses the antimeridian into two parts', () => {
    const washingtonSeoul = greatCircleGeometry([-77.04, 38.9], [126.98, 37.57]);
    expect(washingtonSeoul.type).toBe('MultiLineString');
    if (washingtonSeoul.type !== 'MultiLineString') return;
    const [east, west] = washingtonSeoul.coordinates;
    expect(east?.[east.length - 1]?.[0]).toBe(-180);
    expect(west?.[0]?.[0]).toBe(180);
    expect(east?.[east.length - 1]?.[1]).toBe(west?.[0]?.[1]);
    for (const part of washingtonSeoul.coordinates)
      for (let i = 1; i < part.length; i++)
        expect(Math.abs((part[i]?.[0] ?? 0) - (part[i - 1]?.[0] ?? 0))).toBeLessThan(180);
  });

  it('leaves out legs it cannot place and keeps every located entity', () => {
    const bundle = mapFixture();
    const fc = mapToGeoJson(bundle, mapModel(bundle));
    expect(fc.features.map((f) => f.id)).toEqual([
      'paris',
      'berlin',
      'warsaw',
      'new-york',
      'france',
      'germany',
      'j-ann-1',
      'j-ann-2',
      'j-bob-1',
      'j-bob-2',
    ]);
  });
});
