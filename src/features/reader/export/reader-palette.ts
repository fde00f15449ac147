import type { EntityKind } from '../../../bundle/bundle-schema';
import { THEME_PALETTES, type ThemeName } from '../../../ui/theme-palette';

/** Colours written into the article's SVG as values (a file carries no stylesheet). */
export interface ReaderPalette {
  background: string;
  text: string;
  /** Captions, the posting line, passages muted by "as of" (≥ 4.5:1: they must stay readable). */
  muted: string;
  /** A caption's rule; a muted passage's underlines. */
  rule: string;
  evidenceBg: string;
  evidenceText: string;
  kinds: Record<EntityKind, string>;
  kindTints: Record<EntityKind, string>;
}

/** The reader's colours in a theme, from the app's one palette table. */
export function readerPalette(theme: ThemeName): ReaderPalette {
  const p = THEME_PALETTES[theme];
  return {
    background: p.bg,
    text: p.text,
    muted: p.textMuted,
    rule: p.border,
    evidenceBg: p.evidenceBg,
    evidenceText: p.evidenceText,
    kinds: p.kinds,
    kindTints: p.kindTints,
  };
}
