import { THEME_PALETTES, type ThemeName } from '../../ui/theme-palette';

/**
 * The timeline's colours, light and dark, written once: what it shares with the app (surface,
 * text, accent, highlighter…) comes from the app's table (`src/ui/theme-palette.ts`), and only
 * its own tints are written here. The SVG writer takes values from here;
 * the screen gets the same values as CSS custom properties (`--tl-*`, each a `light-dark()` pair
 * built from this table by `timelineCssVariables`), so no stylesheet repeats a colour and the
 * picture and the screen cannot drift apart.
 */
export interface TimelinePalette {
  /** The chart's surface (the app's --surface). */
  background: string;
  text: string;
  /** Secondary words: captions, dimmed labels, labels later than the "as of" day. */
  muted: string;
  /** Gridlines, hatching and the slider's track. */
  grid: string;
  /** Event marks and the "as of" rule: one accent; status is shape and line style, not hue. */
  accent: string;
  /** Fill of a range bar that happened (the accent at 18 % on the surface). */
  rangeFill: string;
  /** Fill of a mark unsure on the "as of" day (the accent at 30 %), with its "?". */
  unsureFill: string;
  /** The stretch after the "as of" rule, shaded as "not yet". */
  later: string;
  /** Outline of a mark later than the "as of" day, on screen (faded, like dimmed marks). */
  laterMark: string;
  /** Context on a slide: ≥ 3:1 against the background and the "later" shade. */
  context: string;
  /** The evidence highlighter behind a label drawn from the hovered passage. */
  evidence: string;
  evidenceText: string;
  /** Keyboard focus ring (screen only). */
  focus: string;
}

export type PaletteKey = keyof TimelinePalette;

/** The app's colours for what the timeline shares with every view; its own beside them. */
function timelinePalette(
  theme: ThemeName,
  own: Pick<TimelinePalette, 'rangeFill' | 'unsureFill' | 'later' | 'laterMark' | 'context'>,
): TimelinePalette {
  const app = THEME_PALETTES[theme];
  return {
    background: app.surface,
    text: app.text,
    muted: app.textMuted,
    grid: app.border,
    accent: app.accent,
    evidence: app.evidenceBg,
    evidenceText: app.evidenceText,
    focus: app.focus,
    ...own,
  };
}

export const TIMELINE_PALETTES: Readonly<Record<ThemeName, TimelinePalette>> = {
  light: timelinePalette('light', {
    // The accent at 18 % and 30 % on the surface; the app's surface-2 at 75 %.
    rangeFill: '#d1e1ea',
    unsureFill: '#b3cedc',
    later: '#f5f3ee',
    laterMark: '#b0b5b9',
    // 4.6:1 on white, 4.3:1 on the "later" shade.
    context: '#6f767d',
  }),
  dark: timelinePalette('dark', {
    rangeFill: '#2d3e4a',
    unsureFill: '#395263',
    later: '#23292e',
    laterMark: '#60656b',
    // 4.5:1 on the dark surface, 4.2:1 on the "later" shade.
    context: '#7f878f',
  }),
};

/** `rangeFill` → `--tl-range-fill`. */
export function cssVariableName(key: PaletteKey): string {
  return `--tl-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * The palette as custom properties for the screen: `--tl-accent: light-dark(#005a8c, #7cc4f0)`.
 * `light-dark()` follows the `color-scheme` the app sets for its theme (the toggle or the
 * system's), so one declaration serves both themes.
 */
export function timelineCssVariables(): Record<string, string> {
  const { light, dark } = TIMELINE_PALETTES;
  return Object.fromEntries(
    (Object.keys(light) as PaletteKey[]).map((key) => [
      cssVariableName(key),
      `light-dark(${light[key]}, ${dark[key]})`,
    ]),
  );
}
