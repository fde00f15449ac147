import { describe, expect, it } from 'vitest';
import { legendForView, legendModel } from './legend-model';
import { baseLayout, framePoints, mapReference } from './map-frame';
import { layoutOverlay } from './map-overlay';
import { mapType } from './map-type';
import { mapModel } from './map-model';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { mapFixture } from './fixtures/map-fixture';

describe('legendModel', () => {
  it('names the travellers, the three leg styles and both groupings on the seed', () => {
    const bundle = seedBundle();
    const legend = legendModel(bundle, mapModel(bundle));
    expect(legend.travellers.map((t) => `${t.name} ${t.legs}`)).toEqual([
      'Choe Son-hui 2',
      'Steve Biegun 2',
      'Valentina Matviyenko 1',
      'Kim Jong-un 1',
      'Vladimir Putin 1',
    ]);
    expect(legend.styles.map((s) => s.label)).toEqual([
      'Reported',
      'Inferred',
      'Planned or expected',
    ]);
    expect(legend.groups.map((g) => [g.tone, g.countries.length])).toEqual([
      ['warm', 3],
      ['cool', 3],
    ]);
    expect(legend.groups[0]?.countries).toContain('north-korea');
    expect(legend.groups[1]?.countries).toContain('united-states');
    expect(legend.offFrame).toEqual(['United States']);
    expect(legend.hasContextPlaces).toBe(true);
  });

  it('says which legs it could not draw', () => {
    const bundle = mapFixture();
    const legend = legendModel(bundle, mapModel(bundle));
    expect(legend.undrawn).toEqual(['Leg 3 of 3: Germany to Poland, Bob (no location for Poland)']);
    expect(legend.styles.map((s) => s.style)).toEqual(['reported', 'inferred', 'planned']);
  });

  it('follows the view: what is beyond the edge, and whether a passing mention is marked', () => {
    const bundle = seedBundle();
    const model = mapModel(bundle);
    const size = { width: 700, height: 600 };
    const base = baseLayout(model, mapReference(framePoints(model)), size, {
      points: framePoints(model),
      margin: 64,
    });
    const at = (k: number, x: number, y: number) =>
      legendForView(
        legendModel(bundle, model),
        layoutOverlay({
          model,
          places: base.places,
          legLines: base.legs,
          transform: { k, x, y },
          size,
          type: mapType(),
          focus: new Set(),
          selected: new Set(),
        }),
        model,
      );
    expect(at(1, 0, 0).offFrame).toEqual(['United States']);
    // Zoomed 4× on the top-left quarter: Moscow stays, East Asia leaves the view.
    const zoomed = at(4, 0, 0);
    expect(zoomed.offFrame).toEqual(expect.arrayContaining(['Beijing', 'Japan', 'United States']));
    // Zoomed out and panned to the United States: it is on the map, Beijing is not.
    const [ux, uy] = base.places.get('united-states') ?? [0, 0];
    const panned = at(0.4, 350 - 0.4 * ux, 300 - 0.4 * uy);
    expect(panned.offFrame).not.toContain('United States');
    expect(panned.offFrame).toContain('Beijing');
  });
});
