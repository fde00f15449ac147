import { cssVariableName, type PaletteKey } from '../timeline-palette';

/** A palette key as the screen paints it: the custom property built from the same table. */
export function paint(key: PaletteKey): string {
  return `var(${cssVariableName(key)})`;
}
