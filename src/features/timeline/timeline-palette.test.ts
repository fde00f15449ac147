import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  cssVariableName,
  TIMELINE_PALETTES,
  timelineCssVariables,
  type PaletteKey,
} from './timeline-palette';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('timeline palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    const p = TIMELINE_PALETTES[theme];
    it(`${theme}: words read at AA, marks and slide context at 3:1 or more`, () => {
      for (const ground of [p.background, p.later]) {
        expect(contrast(p.text, ground)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(p.muted, ground)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(p.accent, ground)).toBeGreaterThanOrEqual(3);
        // The context on a slide: legible at ≥ 3:1 wherever it stands (DESIGN.md).
        expect(contrast(p.context, ground)).toBeGreaterThanOrEqual(3);
      }
      // Words inside a bar, over its fill or its stripes.
      expect(contrast(p.text, p.rangeFill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.text, p.unsureFill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.evidenceText, p.evidence)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('gives the screen every colour as a light-dark() pair from the same table', () => {
    const vars = timelineCssVariables();
    const keys = Object.keys(TIMELINE_PALETTES.light) as PaletteKey[];
    expect(Object.keys(vars)).toHaveLength(keys.length);
    for (const key of keys)
      expect(vars[cssVariableName(key)]).toBe(
        `light-dark(${TIMELINE_PALETTES.light[key]}, ${TIMELINE_PALETTES.dark[key]})`,
      );
    expect(cssVariableName('rangeFill')).toBe('--tl-range-fill');
  });

  it("agrees with the app's theme where they share a colour", () => {
    // Wherever the app declares its theme, the values it gives these properties (light and dark)
    // are the table's: a change of the app's surface shows up here, not as a seam on screen.
    // Read from disk: Vitest hands CSS modules over empty.
    const src = fileURLToPath(new URL('../../', import.meta.url));
    const sheets = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(join(src, file), 'utf8'))
      .join('\n');
    const shared: [string, PaletteKey][] = [
      ['--surface', 'background'],
      ['--text', 'text'],
      ['--text-muted', 'muted'],
      ['--border', 'grid'],
      ['--accent', 'accent'],
      ['--evidence-bg', 'evidence'],
      ['--evidence-text', 'evidenceText'],
      ['--focus', 'focus'],
    ];
    for (const [property, key] of shared) {
      const declared = new Set(
        [...sheets.matchAll(new RegExp(`${property}:\\s*([^;]+);`, 'g'))].flatMap((m) =>
          [...(m[1] ?? '').matchAll(/#[0-9a-f]{6}\b/gi)].map((h) => h[0].toLowerCase()),
        ),
      );
      expect([...declared].sort(), property).toEqual(
        [TIMELINE_PALETTES.light[key], TIMELINE_PALETTES.dark[key]].sort(),
      );
    }
  });
});
