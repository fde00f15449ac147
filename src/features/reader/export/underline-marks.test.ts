import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../model/entity-kinds';
import { underlineStrokes } from './underline-marks';

describe('underlineStrokes', () => {
  it('gives every kind a line that differs in more than colour', () => {
    const looks = ENTITY_KINDS.map((k) =>
      underlineStrokes(k, 0, 60, 10)
        .map((s) => `${s.d.replace(/[\d.,-]+/g, '#')}|${s.dasharray !== null}|${s.linecap}`)
        .join('+'),
    );
    expect(new Set(looks).size).toBe(ENTITY_KINDS.length);
  });

  it('draws a person solid from x0 to x1 at y, 2 px at 1×', () => {
    expect(underlineStrokes('person', 10, 70.123, 20)).toEqual([
      { d: 'M10,20H70.12', width: 2, dasharray: null, linecap: 'butt' },
    ]);
  });

  it('doubles a country 2.5 px apart and scales with k', () => {
    const [a, b] = underlineStrokes('country', 0, 10, 20, 2);
    expect(a?.d).toBe('M0,17.5H10');
    expect(b?.d).toBe('M0,22.5H10');
    expect(a?.width).toBeCloseTo(2.2, 9);
  });

  it('waves a place in whole half-periods that end at x1', () => {
    const [wave] = underlineStrokes('place', 0, 31, 5);
    const curves = wave?.d.match(/Q/g) ?? [];
    expect(curves).toHaveLength(10);
    expect(wave?.d.endsWith(' 31,5')).toBe(true);
  });
});
