import type { GroupTone } from '../../../model/country-groups';

/** The number of traveller colours; the seventh traveller takes the first colour again. */
export const TRAVELLER_COLOURS = 6;

/**
 * Every colour the map draws with, as values. This table is the only place they are written:
 * the SVG writer reads it, and the screen's CSS custom properties (--map-*) are set from it
 * (map-theme-style.ts), so a download and the screen cannot drift apart.
 */
export interface MapPalette {
  /** Behind the globe (the pane). */
  background: string;
  water: string;
  land: string;
  /** The land's own edge. */
  coast: string;
  /** Hairlines between countries. */
  border: string;
  graticule: string;
  text: string;
  muted: string;
  /** Behind labels and round marks, so they read over lines and borders. */
  halo: string;
  /** Context on a slide: ≥ 3:1 against every surface a mark can sit on (see the test). */
  context: string;
  /** A leg drawn from the passage hovered in the text: the evidence highlighter. */
  lit: string;
  groups: Record<GroupTone, string>;
  /** One colour per traveller, in traveller order. */
  travellers: readonly string[];
  /** The leg number's ink on each traveller's colour (≥ 4.5:1). */
  travellerInk: readonly string[];
}

/** Light: land in a warm light grey, water lighter, the parties in two muted fills (DESIGN.md). */
export const LIGHT_MAP_PALETTE: MapPalette = {
  background: '#fbfaf7',
  water: '#eef1f1',
  land: '#e2ded6',
  coast: '#b9b2a6',
  border: '#a2998c',
  graticule: '#dfe3e3',
  text: '#1d2329',
  muted: '#505a64',
  halo: '#ffffff',
  context: '#6f767d',
  lit: '#fff27a',
  groups: { warm: '#f3e1cf', cool: '#d9e6f0', neutral: '#e2ded6' },
  // Okabe–Ito hues, darkened where needed for white numbers at AA.
  travellers: ['#0072b2', '#b04600', '#007a5e', '#a8457d', '#8a5a00', '#4b5563'],
  travellerInk: ['#ffffff', '#ffffff', '#ffffff', '#ffffff', '#ffffff', '#ffffff'],
};

/** Dark: the same roles inverted with care; travellers lightened, with dark numbers. */
export const DARK_MAP_PALETTE: MapPalette = {
  background: '#15191d',
  water: '#101417',
  land: '#2a2f35',
  coast: '#4b545d',
  border: '#5a636d',
  graticule: '#1c2227',
  text: '#e8e4dc',
  muted: '#b3b9bf',
  halo: '#15191d',
  context: '#8a9199',
  lit: '#8a6410',
  groups: { warm: '#3a2c22', cool: '#1e2d3a', neutral: '#2a2f35' },
  travellers: ['#56b4e9', '#f08c4a', '#3cc7a0', '#e59ac6', '#f0c050', '#c0c6cc'],
  travellerInk: ['#15191d', '#15191d', '#15191d', '#15191d', '#15191d', '#15191d'],
};

/** The table for a theme. */
export function mapPalette(theme: 'light' | 'dark' = 'light'): MapPalette {
  return theme === 'dark' ? DARK_MAP_PALETTE : LIGHT_MAP_PALETTE;
}

/** A traveller's colour and the ink of the number on it. */
export function travellerColours(p: MapPalette, index: number): { line: string; ink: string } {
  const i = ((index % TRAVELLER_COLOURS) + TRAVELLER_COLOURS) % TRAVELLER_COLOURS;
  return { line: p.travellers[i] ?? p.text, ink: p.travellerInk[i] ?? p.background };
}
