import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DARK_MAP_PALETTE, LIGHT_MAP_PALETTE, type MapPalette } from './map-palette';
import { mapThemeStyle } from './map-theme-style';

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

const surfaces = (p: MapPalette) => [
  p.background,
  p.water,
  p.land,
  p.halo,
  p.groups.warm,
  p.groups.cool,
  p.groups.neutral,
];

describe('map palettes', () => {
  for (const [name, p] of [
    ['light', LIGHT_MAP_PALETTE],
    ['dark', DARK_MAP_PALETTE],
  ] as const)
    describe(name, () => {
      it('keeps a slide’s context at ≥ 3:1 on every surface a mark sits on', () => {
        for (const s of surfaces(p)) expect(contrast(p.context, s), s).toBeGreaterThanOrEqual(3);
      });

      it('sets labels at AA on their halo, and leg numbers at AA on their traveller', () => {
        expect(contrast(p.text, p.halo)).toBeGreaterThanOrEqual(7);
        expect(contrast(p.muted, p.halo)).toBeGreaterThanOrEqual(4.5);
        p.travellers.forEach((t, i) =>
          expect(contrast(t, p.travellerInk[i] ?? ''), t).toBeGreaterThanOrEqual(4.5),
        );
      });

      it('draws every traveller’s line at ≥ 3:1 on the land and the water', () => {
        for (const t of p.travellers)
          for (const s of [p.land, p.water])
            expect(contrast(t, s), `${t} on ${s}`).toBeGreaterThanOrEqual(3);
      });
    });

  it('is the one copy: the screen’s custom properties are written from the table', () => {
    const style = mapThemeStyle();
    expect(style['--map-water']).toBe('light-dark(#eef1f1, #101417)');
    expect(style['--map-traveller-2']).toBe('light-dark(#b04600, #f08c4a)');
    expect(style['--map-group-warm']).toBe(
      `light-dark(${LIGHT_MAP_PALETTE.groups.warm}, ${DARK_MAP_PALETTE.groups.warm})`,
    );
    // No stylesheet of the map holds a colour of its own (white for the draw-in mask aside).
    for (const file of ['map-theme.css', 'map.css', 'map-panels.css']) {
      const css = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
      expect(css.length, file).toBeGreaterThan(500);
      expect(css.replace(/#fff\b/g, '').match(/#[0-9a-f]{3,8}\b/gi), file).toBeNull();
    }
  });
});
