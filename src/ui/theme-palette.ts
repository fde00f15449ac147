import type { EntityKind } from '../bundle/bundle-schema';

/**
 * The app's colours, one table for both themes: theme-palette.css declares the same values as
 * custom properties (a unit test holds the two together), and SVG writers, which carry no
 * stylesheet, read them from here. Okabe–Ito hues for the kinds (DESIGN.md), darkened in the
 * light theme where a hue on white would fall under 3:1 (organisation, media, place).
 */
export interface ThemePalette {
  bg: string;
  surface: string;
  surface2: string;
  text: string;
  textMuted: string;
  border: string;
  accent: string;
  focus: string;
  /** Each kind's mark (underline, node, badge). */
  kinds: Record<EntityKind, string>;
  /** Each kind's tint behind a hovered or selected name. */
  kindTints: Record<EntityKind, string>;
  groupWarm: string;
  groupCool: string;
  /** The highlighter behind evidence, and the text on it. */
  evidenceBg: string;
  evidenceText: string;
  danger: string;
  dangerBg: string;
}

export type ThemeName = 'light' | 'dark';

export const THEME_PALETTES: Readonly<Record<ThemeName, ThemePalette>> = {
  light: {
    bg: '#fbfaf7',
    surface: '#ffffff',
    surface2: '#f2efe8',
    text: '#1d2329',
    textMuted: '#505a64',
    border: '#d5d0c6',
    accent: '#005a8c',
    focus: '#b34700',
    kinds: {
      person: '#0072b2',
      country: '#d55e00',
      organization: '#007a5e',
      media: '#a8457d',
      place: '#8a5a00',
    },
    kindTints: {
      person: '#e3f0f8',
      country: '#fbe9dc',
      organization: '#dcf2ec',
      media: '#f7e6ef',
      place: '#fbf0d6',
    },
    groupWarm: '#f3e1cf',
    groupCool: '#d9e6f0',
    evidenceBg: '#fff27a',
    evidenceText: '#1d2329',
    danger: '#a4161a',
    dangerBg: '#fdecea',
  },
  dark: {
    bg: '#15191d',
    surface: '#1c2126',
    surface2: '#252b31',
    text: '#e8e4dc',
    textMuted: '#b3b9bf',
    border: '#3a424a',
    accent: '#7cc4f0',
    focus: '#ffb86b',
    kinds: {
      person: '#56b4e9',
      country: '#f08c4a',
      organization: '#3cc7a0',
      media: '#e59ac6',
      place: '#f0c050',
    },
    kindTints: {
      person: '#17303f',
      country: '#3b2515',
      organization: '#133329',
      media: '#38202e',
      place: '#3a2e10',
    },
    groupWarm: '#3a2c22',
    groupCool: '#1e2d3a',
    evidenceBg: '#8a6410',
    evidenceText: '#fff8e6',
    danger: '#ff8a80',
    dangerBg: '#3b1a1a',
  },
};

/** The custom property each colour is declared as in theme-palette.css. */
export function paletteProperties(p: ThemePalette): Record<string, string> {
  const kinds = Object.entries(p.kinds).flatMap(([k, v]) => [[`--${k}`, v]]);
  const tints = Object.entries(p.kindTints).flatMap(([k, v]) => [[`--${k}-bg`, v]]);
  return Object.fromEntries([
    ['--bg', p.bg],
    ['--surface', p.surface],
    ['--surface-2', p.surface2],
    ['--text', p.text],
    ['--text-muted', p.textMuted],
    ['--border', p.border],
    ['--accent', p.accent],
    ['--focus', p.focus],
    ...kinds,
    ...tints,
    ['--group-warm', p.groupWarm],
    ['--group-cool', p.groupCool],
    ['--evidence-bg', p.evidenceBg],
    ['--evidence-text', p.evidenceText],
    ['--danger', p.danger],
    ['--danger-bg', p.dangerBg],
  ]);
}
