import { describe, expect, it } from 'vitest';
import { overlaps } from './label-placement';
import { baseLayout, mapReference, framePoints } from './map-frame';
import { mapModel } from './map-model';
import { layoutOverlay } from './map-overlay';
import { mapType } from './map-type';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { mapFixture } from './fixtures/map-fixture';
import type { Bundle } from '../../../bundle/bundle-schema';

function overlayFor(bundle: Bundle, width: number, height: number, selected: string[] = []) {
  const model = mapModel(bundle);
  const base = baseLayout(
    model,
    mapReference(framePoints(model)),
    { width, height },
    {
      points: framePoints(model),
      margin: 56,
    },
  );
  return layoutOverlay({
    model,
    places: base.places,
    legLines: base.legs,
    transform: { k: 1, x: 0, y: 0 },
    size: { width, height },
    type: mapType(),
    focus: new Set(selected),
    selected: new Set(selected),
  });
}

describe('layoutOverlay on the seed', () => {
  for (const [w, h] of [
    [700, 640],
    [1100, 700],
    [480, 520],
  ] as const)
    it(`places labels without collisions at ${w}×${h}`, () => {
      const overlay = overlayFor(seedBundle(), w, h);
      const shown = overlay.labels.filter((l) => !l.hidden);
      for (let i = 0; i < shown.length; i++)
        for (let j = i + 1; j < shown.length; j++)
          expect(
            overlaps(shown[i]!.box, shown[j]!.box, 0),
            `${shown[i]!.owner} × ${shown[j]!.owner}`,
          ).toBe(false);
      for (const l of shown) {
        expect(l.box.x).toBeGreaterThanOrEqual(0);
        expect(l.box.x + l.box.width).toBeLessThanOrEqual(w);
      }
    });

  it('shows every framed place and points to the United States at the edge', () => {
    const overlay = overlayFor(seedBundle(), 700, 640);
    const us = overlay.dots.find((d) => d.id === 'united-states');
    expect(us?.onView).toBe(false);
    expect(us?.pointer).not.toBeNull();
    const [px, py] = us?.pointer?.at ?? [0, 0];
    expect(Math.min(px, 700 - px, py, 640 - py)).toBeCloseTo(14, 6);
    for (const id of [
      'pyongyang',
      'beijing',
      'moscow',
      'sheremetyevo-airport',
      'south-korea',
      'japan',
    ])
      expect(overlay.dots.find((d) => d.id === id)?.onView, id).toBe(true);
    // The important labels are all shown at a working size.
    const shown = new Set(overlay.labels.filter((l) => !l.hidden).map((l) => l.owner));
    for (const id of [
      'pyongyang',
      'beijing',
      'moscow',
      'south-korea',
      'japan',
      'j-choe-1',
      'j-choe-2',
    ])
      expect(shown.has(id), id).toBe(true);
  });

  it('folds a country into the dot of its capital: one dot, two label lines, two targets', () => {
    const overlay = overlayFor(seedBundle(), 700, 640);
    expect(overlay.dots.find((d) => d.id === 'north-korea')).toBeUndefined();
    const pyongyang = overlay.dots.find((d) => d.id === 'pyongyang');
    expect(pyongyang?.entities).toEqual(['pyongyang', 'north-korea']);
    const label = overlay.labels.find((l) => l.owner === 'pyongyang');
    expect(label?.lines.map((l) => [l.drawn, l.style, l.entity])).toEqual([
      ['Pyongyang', 'place', 'pyongyang'],
      ['NORTH KOREA', 'country', 'north-korea'],
    ]);
  });

  it('draws all seven legs with an arrowhead and a mid-leg point', () => {
    const overlay = overlayFor(seedBundle(), 700, 640);
    expect(overlay.legs).toHaveLength(7);
    for (const l of overlay.legs) {
      expect(l.d).toMatch(/^M[-\d.]+,[-\d.]+L/);
      expect(l.arrow).toMatch(/Z$/);
    }
  });

  it('always shows the selected leg’s label', () => {
    const overlay = overlayFor(seedBundle(), 420, 380, ['j-putin-1']);
    expect(overlay.labels.find((l) => l.owner === 'j-putin-1')?.hidden).toBe(false);
  });

  it('hides the legs a played journey has not reached', () => {
    const model = mapModel(mapFixture());
    const base = baseLayout(
      model,
      mapReference(framePoints(model)),
      { width: 600, height: 400 },
      { points: framePoints(model), margin: 40 },
    );
    const overlay = layoutOverlay({
      model,
      places: base.places,
      legLines: base.legs,
      transform: { k: 1, x: 0, y: 0 },
      size: { width: 600, height: 400 },
      type: mapType(),
      focus: new Set(),
      selected: new Set(),
      hiddenLegs: new Set(['j-ann-2']),
    });
    expect(overlay.legs.find((l) => l.leg.id === 'j-ann-2')?.hidden).toBe(true);
    expect(overlay.labels.some((l) => l.owner === 'j-ann-2')).toBe(false);
  });
});

describe('place names', () => {
  it('wrap a long name into balanced lines by the shared measure', () => {
    const overlay = overlayFor(seedBundle(), 700, 640);
    const airport = overlay.labels.find((l) => l.owner === 'sheremetyevo-airport');
    expect(airport?.lines.map((l) => l.text)).toEqual(['Sheremetyevo', 'International Airport']);
    expect(overlay.labels.find((l) => l.owner === 'moscow')?.lines[0]?.text).toBe('Moscow');
  });
});
