import type { BlockKind } from '../../../bundle/bundle-schema';
import type { FontKind } from '../../../lib/text-measure';

/** How one kind of text is set: the stack, size, weight and leading, in px. */
export interface TypeStyle {
  font: FontKind;
  size: number;
  bold: boolean;
  italic: boolean;
  /** Distance between baselines. */
  lineHeight: number;
  /** Space kept above and below a block of this kind (margins collapse: the larger wins). */
  margin: number;
  /** Letter spacing in em (the caption marker's small capitals). */
  letterSpacing: number;
}

/** Lines that are not blocks of the article: the posting line, the "as of" note, the marker. */
export type ExtraKind = 'meta' | 'marker' | 'gap';

/**
 * The screen's type (reader.css) at 1× in px: the body 18 px serif at 1.6 (DESIGN.md: 18–20 px),
 * the headline large, captions smaller and italic, byline and notes in the interface sans. Sizes
 * are chosen so that at a slide's labelScale of 1.8 the smallest (the caption marker, 13.5 px)
 * is 24 px and the body 32 px.
 */
const BASE: Record<
  BlockKind | ExtraKind,
  Omit<TypeStyle, 'lineHeight' | 'margin'> & {
    leading: number;
    marginEm: number;
  }
> = {
  headline: {
    font: 'serif',
    size: 30,
    bold: true,
    italic: false,
    leading: 1.2,
    marginEm: 0.6,
    letterSpacing: 0,
  },
  paragraph: {
    font: 'serif',
    size: 18,
    bold: false,
    italic: false,
    leading: 1.6,
    marginEm: 1,
    letterSpacing: 0,
  },
  caption: {
    font: 'serif',
    size: 16,
    bold: false,
    italic: true,
    leading: 1.5,
    marginEm: 1,
    letterSpacing: 0,
  },
  byline: {
    font: 'sans',
    size: 16,
    bold: false,
    italic: false,
    leading: 1.5,
    marginEm: 1,
    letterSpacing: 0,
  },
  note: {
    font: 'sans',
    size: 16,
    bold: false,
    italic: false,
    leading: 1.5,
    marginEm: 1,
    letterSpacing: 0,
  },
  meta: {
    font: 'sans',
    size: 14,
    bold: false,
    italic: false,
    leading: 1.45,
    marginEm: 0.8,
    letterSpacing: 0,
  },
  marker: {
    font: 'sans',
    size: 13.5,
    bold: false,
    italic: false,
    leading: 1.5,
    marginEm: 0,
    letterSpacing: 0.05,
  },
  gap: {
    font: 'sans',
    size: 16,
    bold: true,
    italic: false,
    leading: 1.2,
    marginEm: 0.6,
    letterSpacing: 0,
  },
};

/** On a slide no text is smaller than this (DESIGN.md: every label in a slide's picture ≥ 24 px). */
export const PRESENTATION_MIN_SIZE = 24;

/** The style of a kind of text at a label scale; a presentation never goes under 24 px. */
export function typeStyle(
  kind: BlockKind | ExtraKind,
  labelScale: number,
  mode: 'workspace' | 'presentation',
): TypeStyle {
  const base = BASE[kind];
  const scaled = base.size * labelScale;
  const size = mode === 'presentation' ? Math.max(scaled, PRESENTATION_MIN_SIZE) : scaled;
  return {
    font: base.font,
    size,
    bold: base.bold,
    italic: base.italic,
    lineHeight: size * base.leading,
    margin: size * base.marginEm,
    letterSpacing: base.letterSpacing,
  };
}
