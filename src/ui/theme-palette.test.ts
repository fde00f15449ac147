import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paletteProperties, THEME_PALETTES } from './theme-palette';

/** The declarations of the first rule with exactly this selector in the stylesheet. */
function declarations(css: string, selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]),
  );
}

describe('the palette', () => {
  // Comments may name what the file avoids; only the rules count.
  const css = readFileSync(new URL('./theme-palette.css', import.meta.url), 'utf8').replace(
    /\/\*[\s\S]*?\*\//g,
    '',
  );

  it('declares in CSS exactly the colours the SVG writers use, for both themes', () => {
    expect(declarations(css, ':root')).toEqual(paletteProperties(THEME_PALETTES.light));
    expect(declarations(css, ":root[data-theme='dark']")).toEqual(
      paletteProperties(THEME_PALETTES.dark),
    );
  });

  it('writes the dark theme once: no prefers-color-scheme copy of it', () => {
    expect(css).not.toMatch(/prefers-color-scheme/);
    expect(css.match(/--person:/g)).toHaveLength(2);
  });
});
