import { geoAzimuthalEqualArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { roundDown, scaleBar } from './scale-bar';

describe('roundDown', () => {
  it('gives 1, 2 or 5 times a power of ten', () => {
    expect(roundDown(1234)).toBe(1000);
    expect(roundDown(2600)).toBe(2000);
    expect(roundDown(730)).toBe(500);
    expect(roundDown(0.37)).toBeCloseTo(0.2, 12);
    expect(roundDown(0)).toBe(0);
  });
});

describe('scaleBar', () => {
  // Scale 6371 px per radian at the centre: one pixel is one kilometre there.
  const projection = geoAzimuthalEqualArea().rotate([-100, -45]).scale(6371).translate([400, 300]);
  const size = { width: 800, height: 600 };

  it('measures a round distance at the centre of the view', () => {
    const bar = scaleBar(projection, { k: 1, x: 0, y: 0 }, size, 120);
    expect(bar?.km).toBe(100);
    expect(bar?.px).toBeCloseTo(100, 0);
    expect(bar?.label).toBe('100 km');
  });

  it('follows the zoom: twice the zoom, half the kilometres per pixel', () => {
    const bar = scaleBar(projection, { k: 2, x: -400, y: -300 }, size, 120);
    expect(bar?.km).toBe(50);
    expect(bar?.px).toBeCloseTo(100, 0);
  });

  it('labels long distances with a thousands separator', () => {
    const small = geoAzimuthalEqualArea().rotate([-100, -45]).scale(300).translate([400, 300]);
    const bar = scaleBar(small, { k: 1, x: 0, y: 0 }, size, 120);
    // 6371/300 ≈ 21.2 km per px → 120 px ≈ 2,548 km → 2,000 km.
    expect(bar?.label).toBe('2,000 km');
    expect(bar?.px).toBeCloseTo(2000 / (6371 / 300), 0);
  });

  it('gives no bar when the centre is off the globe', () => {
    expect(scaleBar(projection, { k: 1, x: 100000, y: 0 }, size)).toBeNull();
  });
});
