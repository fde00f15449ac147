import type { EntityKind } from '../../../bundle/bundle-schema';
import type { GroupTone } from '../../../model/country-groups';
import { THEME_PALETTES, type ThemeName } from '../../../ui/theme-palette';
import type { EdgeTone } from '../layout/edge-tone';

/** Colours written into an SVG file as values (a file carries no stylesheet). */
export interface NetworkPalette {
  background: string;
  text: string;
  muted: string;
  /** Selection halo on a relation (the evidence highlighter). */
  halo: string;
  /** Context on a slide: ≥ 3:1 against the background, so the room still sees it. */
  context: string;
  edge: Record<EdgeTone, string>;
  kinds: Record<EntityKind, string>;
  groups: Record<GroupTone, string>;
}

/**
 * The network's colours in a theme: everything it shares with the app from the app's one table
 * (src/ui/theme-palette.ts, which theme-palette.css declares for the screen), and only its own
 * context grey written here. No colour is read from the page.
 */
function networkPalette(theme: ThemeName, context: string): NetworkPalette {
  const app = THEME_PALETTES[theme];
  return {
    background: app.surface,
    text: app.text,
    muted: app.textMuted,
    halo: app.evidenceBg,
    context,
    edge: { strong: app.text, muted: app.textMuted, opposed: app.danger },
    kinds: { ...app.kinds },
    groups: { warm: app.groupWarm, cool: app.groupCool, neutral: app.surface2 },
  };
}

/** The light theme's network colours. */
// Context: 4.6:1 on white, 3.6:1 on either grouping's fill.
export const LIGHT_NETWORK_PALETTE: NetworkPalette = networkPalette('light', '#6f767d');

/** The dark theme's. */
// Context: 4.5:1 on the dark surface, 3.7:1 on either grouping's fill.
export const DARK_NETWORK_PALETTE: NetworkPalette = networkPalette('dark', '#7f878f');

/** Both, by theme name (the page's theme: src/ui/resolved-theme.ts). */
export const NETWORK_PALETTES: Readonly<Record<ThemeName, NetworkPalette>> = {
  light: LIGHT_NETWORK_PALETTE,
  dark: DARK_NETWORK_PALETTE,
};
