import {
  DARK_NETWORK_PALETTE,
  LIGHT_NETWORK_PALETTE,
  type NetworkPalette,
} from '../export/network-palette';

/**
 * The theme's colours as the exported file needs them: resolved values, since a downloaded
 * SVG carries no stylesheet. Read from the network element so the current theme is exported.
 */
export function readExportPalette(element: Element): NetworkPalette {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const text = v('--text', '#1d2329');
  // The theme may come from the toggle or from the system: tell by the resolved surface.
  const dark = v('--surface', '') === DARK_NETWORK_PALETTE.background;
  return {
    halo: v('--evidence-bg', '#fff27a'),
    context: (dark ? DARK_NETWORK_PALETTE : LIGHT_NETWORK_PALETTE).context,
    background: v('--surface', '#ffffff'),
    text,
    muted: v('--text-muted', '#505a64'),
    edge: { strong: text, muted: v('--text-muted', '#505a64'), opposed: v('--danger', '#a4161a') },
    kinds: {
      person: v('--person', '#0072b2'),
      country: v('--country', '#d55e00'),
      organization: v('--organization', '#007a5e'),
      media: v('--media', '#a8457d'),
      place: v('--place', '#8a5a00'),
    },
    groups: {
      warm: v('--group-warm', '#f3e1cf'),
      cool: v('--group-cool', '#d9e6f0'),
      neutral: v('--surface-2', '#f2efe8'),
    },
  };
}
