import {
  DARK_MAP_PALETTE,
  LIGHT_MAP_PALETTE,
  TRAVELLER_COLOURS,
  type MapPalette,
} from './map-palette';

/**
 * The map's CSS custom properties, written from the palette table: each is
 * `light-dark(<light>, <dark>)`, which the browser resolves by the page's `color-scheme` (light
 * or dark, set by the theme on :root). Set as an inline style on the map's root element, so the
 * screen's colours are the writer's colours by construction; no stylesheet holds a second copy.
 */
export function mapThemeStyle(
  light: MapPalette = LIGHT_MAP_PALETTE,
  dark: MapPalette = DARK_MAP_PALETTE,
): Record<string, string> {
  const pair = (a: string, b: string) => `light-dark(${a}, ${b})`;
  const style: Record<string, string> = {
    '--map-bg': pair(light.background, dark.background),
    '--map-water': pair(light.water, dark.water),
    '--map-land': pair(light.land, dark.land),
    '--map-coast': pair(light.coast, dark.coast),
    '--map-border': pair(light.border, dark.border),
    '--map-graticule': pair(light.graticule, dark.graticule),
    '--map-ink': pair(light.text, dark.text),
    '--map-ink-muted': pair(light.muted, dark.muted),
    '--map-halo': pair(light.halo, dark.halo),
    '--map-lit': pair(light.lit, dark.lit),
    '--map-group-warm': pair(light.groups.warm, dark.groups.warm),
    '--map-group-cool': pair(light.groups.cool, dark.groups.cool),
    '--map-group-neutral': pair(light.groups.neutral, dark.groups.neutral),
  };
  for (let i = 0; i < TRAVELLER_COLOURS; i++) {
    style[`--map-traveller-${i + 1}`] = pair(
      light.travellers[i] ?? light.text,
      dark.travellers[i] ?? dark.text,
    );
    style[`--map-traveller-${i + 1}-ink`] = pair(
      light.travellerInk[i] ?? light.background,
      dark.travellerInk[i] ?? dark.background,
    );
  }
  return style;
}
