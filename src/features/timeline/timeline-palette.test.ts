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

  it("leaves no colour to the stylesheets: they paint with the table's custom properties", () => {
    // Read from disk: Vitest hands CSS modules over empty.
    const folder = fileURLToPath(new URL('./', import.meta.url));
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.css')))
      expect(readFileSync(join(folder, file), 'utf8'), file).not.toMatch(/#[0-9a-f]{3,8}\b/i);
  });
});
