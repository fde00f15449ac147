import type { ExportColours } from '../geo/svg-export';
import { TRAVELLER_COLOURS } from './leg-mark';

/** The map's theme colours as values, read from the element the map's CSS variables apply to. */
export function readExportColours(element: Element): ExportColours {
  const css = getComputedStyle(element);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const indices = Array.from({ length: TRAVELLER_COLOURS }, (_, i) => i + 1);
  return {
    background: v('--map-bg', '#fbfaf7'),
    water: v('--map-water', '#f4f3ee'),
    land: v('--map-land', '#e4e0d8'),
    coast: v('--map-coast', '#bdb6aa'),
    border: v('--map-border', '#a39b8f'),
    graticule: v('--map-graticule', '#e6e3dc'),
    text: v('--map-ink', '#1d2329'),
    muted: v('--map-ink-muted', '#505a64'),
    halo: v('--map-halo', '#ffffff'),
    groups: {
      warm: v('--map-group-warm', '#f3e1cf'),
      cool: v('--map-group-cool', '#d9e6f0'),
      neutral: v('--map-land', '#e4e0d8'),
    },
    travellers: indices.map((i) => v(`--map-traveller-${i}`, '#1d2329')),
    travellerInk: indices.map((i) => v(`--map-traveller-${i}-ink`, '#ffffff')),
  };
}
