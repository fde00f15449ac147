import type { EntityKind } from '../../../bundle/bundle-schema';
import type { GroupTone } from '../../../model/country-groups';
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

/** The app's light theme (styles.css), for callers that have no page to read it from. */
export const LIGHT_NETWORK_PALETTE: NetworkPalette = {
  background: '#ffffff',
  text: '#1d2329',
  muted: '#505a64',
  halo: '#fff27a',
  // 4.6:1 on white, 3.6:1 on either grouping's fill.
  context: '#6f767d',
  edge: { strong: '#1d2329', muted: '#505a64', opposed: '#a4161a' },
  kinds: {
    person: '#0072b2',
    country: '#d55e00',
    organization: '#007a5e',
    media: '#a8457d',
    place: '#8a5a00',
  },
  groups: { warm: '#f3e1cf', cool: '#d9e6f0', neutral: '#f2efe8' },
};

/** The app's dark theme. */
export const DARK_NETWORK_PALETTE: NetworkPalette = {
  background: '#1c2126',
  text: '#e8e4dc',
  muted: '#b3b9bf',
  halo: '#8a6410',
  // 4.5:1 on the dark surface, 3.7:1 on either grouping's fill.
  context: '#7f878f',
  edge: { strong: '#e8e4dc', muted: '#b3b9bf', opposed: '#ff8a80' },
  kinds: {
    person: '#56b4e9',
    country: '#f08c4a',
    organization: '#3cc7a0',
    media: '#e59ac6',
    place: '#f0c050',
  },
  groups: { warm: '#3a2c22', cool: '#1e2d3a', neutral: '#252b31' },
};
