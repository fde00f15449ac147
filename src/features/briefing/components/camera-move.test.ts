import { geoAzimuthalEqualArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { PictureCamera } from '../../../lib/picture-camera';
import { readCamera, writeCamera } from '../../../lib/picture-camera';
import { cameraMove, type Affine } from './camera-move';

const size = { width: 1200, height: 800 };
/** Centred on Beijing (116.4° E, 39.9° N), about 2,400 km across. */
const beijing: PictureCamera = {
  kind: 'azimuthal-equal-area',
  rotate: [-116.4, -39.9, 0],
  scale: 3000,
  translate: [600, 400],
};
/** Centred between Beijing and Moscow, zoomed out, its centre off the middle of the picture. */
const wide: PictureCamera = {
  kind: 'azimuthal-equal-area',
  rotate: [-76.5, -50, 0],
  scale: 900,
  translate: [560, 430],
};
const apply = (m: Affine, p: readonly [number, number]): [number, number] => [
  m.a * p[0] + m.c * p[1] + m.e,
  m.b * p[0] + m.d * p[1] + m.f,
];
const projection = (c: PictureCamera) =>
  geoAzimuthalEqualArea()
    .rotate([...c.rotate])
    .scale(c.scale)
    .translate([...c.translate]);

describe('cameraMove', () => {
  const move = cameraMove(beijing, wide, size)!;

  it('starts on the first frame and lands on the second', () => {
    const first = move(0);
    for (const [key, value] of Object.entries({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }))
      expect(first.leaving[key as keyof Affine]).toBeCloseTo(value, 9);
    expect(first.scale).toBeCloseTo(3000, 6);
    const last = move(1);
    for (const [key, value] of Object.entries({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }))
      expect(last.shown[key as keyof Affine]).toBeCloseTo(value, 6);
    // The frames' own scales, within what a similarity between two projections can hold.
    expect(last.scale / 900).toBeGreaterThan(0.9);
    expect(last.scale / 900).toBeLessThan(1.1);
  });

  it('passes through scales between the two, never overshooting', () => {
    for (const t of [0.1, 0.25, 0.5, 0.75, 0.9]) {
      const { scale } = move(t);
      expect(scale).toBeLessThan(3000);
      expect(scale).toBeGreaterThan(move(1).scale);
    }
    expect(move(0.25).scale).toBeGreaterThan(move(0.75).scale);
  });

  it('keeps the two pictures on top of each other at both frames’ centres, in every frame', () => {
    // Each centre drawn through the second picture's projection and transform, and through the
    // first's, lands on the same pixel.
    for (const centre of [
      [76.5, 50],
      [116.4, 39.9],
    ] as [number, number][]) {
      const inFirst = projection(beijing)(centre)!;
      const inSecond = projection(wide)(centre)!;
      for (const t of [0, 0.3, 0.6, 1]) {
        const f = move(t);
        const a = apply(f.shown, inSecond);
        const b = apply(f.leaving, inFirst);
        expect(a[0]).toBeCloseTo(b[0], 6);
        expect(a[1]).toBeCloseTo(b[1], 6);
      }
    }
  });

  it('keeps a place between the centres within a few pixels in both pictures', () => {
    const ulaanbaatar: [number, number] = [106.9, 47.9];
    const f = move(0.5);
    const a = apply(f.shown, projection(wide)(ulaanbaatar)!);
    const b = apply(f.leaving, projection(beijing)(ulaanbaatar)!);
    expect(Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)).toBeLessThan(8);
  });

  it('moves Beijing smoothly from where the first picture has it to where the second has it', () => {
    const place: [number, number] = [116.4, 39.9];
    const inWide = projection(wide)(place)!;
    const track = [0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => apply(move(t).shown, inWide));
    // Where the first picture draws it (600, 400), then exactly where the second draws it.
    expect(Math.hypot(track[0]![0]! - 600, track[0]![1]! - 400)).toBeLessThan(1e-6);
    for (let i = 1; i < track.length; i += 1)
      expect(
        Math.hypot(track[i]![0]! - track[i - 1]![0]!, track[i]![1]! - track[i - 1]![1]!),
      ).toBeGreaterThan(0);
    expect(track[5]![0]).toBeCloseTo(inWide[0], 6);
    expect(track[5]![1]).toBeCloseTo(inWide[1], 6);
  });

  it('declines two different projections', () => {
    expect(cameraMove(beijing, { ...wide, kind: 'equal-earth' }, size)).toBeNull();
  });
});

describe('picture camera attribute', () => {
  it('reads what it writes, and nothing else', () => {
    expect(readCamera(writeCamera(wide))).toEqual(wide);
    expect(readCamera('azimuthal-equal-area 1 2 3 0 5 6')).toBeNull();
    expect(readCamera('mercator 1 2 3 4 5 6')).toBeNull();
    expect(readCamera(null)).toBeNull();
  });
});
