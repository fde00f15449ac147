import type { FontKind } from './text-measure';

/**
 * The app's two font stacks, as styles.css sets them (--font-ui, --font-serif). SVG written for
 * export names them itself, since a file opened elsewhere has no stylesheet. text-measure.ts
 * measures both with its bundled table, whatever font a machine picks from them.
 */
export const FONT_STACKS: Readonly<Record<FontKind, string>> = {
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  serif: "ui-serif, Georgia, 'Times New Roman', serif",
};
