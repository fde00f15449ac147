import { METRIC_RUNS } from './text-metrics';

/** The app's two type stacks (font-stacks.ts): the interface sans and the reading serif. */
export type FontKind = 'sans' | 'serif';

/** How a run of text is set, as far as its width is concerned. */
export interface TextStyle {
  /** Which stack; the sans unless said. */
  font?: FontKind;
  /** Font size in px. */
  size: number;
  /** CSS weight; 600 and above measure as bold. */
  weight?: 'normal' | 'bold' | number;
  /** CSS letter-spacing in em, added after every character as browsers do. */
  letterSpacing?: number;
}

/**
 * Widths of characters the table lacks, in 1/1000 em. East Asian wide characters (CJK, kana,
 * Hangul, full-width forms) are one em in every font that has them; emoji are drawn a little
 * wider than an em by the colour fonts browsers use; anything else (another script, a rare
 * symbol) gets a width wider than the average Latin letter, so an unknown label errs wide.
 */
export const FALLBACK_WIDTH = { wide: 1000, emoji: 1250, other: 700 } as const;

/** Bold text the table lacks is drawn this much wider than regular. */
const BOLD_FALLBACK_FACTOR = 1.1;

type Slot = 0 | 1 | 2 | 3;
const SLOT = { sans: 0, sansBold: 1, serif: 2, serifBold: 3 } as const;

let table: Map<number, readonly [number, number, number, number]> | null = null;

/** Code point → advances per style; built on first use, since most pages never measure. */
function lookup(): Map<number, readonly [number, number, number, number]> {
  if (table !== null) return table;
  const map = new Map<number, readonly [number, number, number, number]>();
  for (const run of METRIC_RUNS)
    run.sans.forEach((w, i) =>
      map.set(run.first + i, [w, run.sansBold[i] ?? w, run.serif[i] ?? w, run.serifBold[i] ?? w]),
    );
  table = map;
  return map;
}

const MARK = /\p{M}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Code points that add nothing to the width of the character before them. */
function isZeroWidth(code: number, ch: string): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code < 0xa0) ||
    code === 0x200d ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0000 && code <= 0xe007f) ||
    MARK.test(ch)
  );
}

/** East Asian Wide and Fullwidth blocks (UAX #11), the ones news text meets. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

const isRegionalIndicator = (code: number) => code >= 0x1f1e6 && code <= 0x1f1ff;

/**
 * The width in px of one line of text, from the bundled metric table (text-metrics.ts), never
 * from the fonts this machine happens to have: the same text and style give the same number in
 * the browser, in Node and in every export, so labels are placed identically everywhere.
 *
 * Policy: the sum of the characters' advance widths (kerning and ligatures ignored, which only
 * narrow Latin text, so the measure errs wide); combining marks, variation selectors, skin-tone
 * modifiers and zero-width joiners add nothing, and an emoji joined by a ZWJ to the one before
 * counts once, as does a flag (two regional indicators); characters the table lacks take
 * FALLBACK_WIDTH by class. Italic measures as upright. Whitespace is not collapsed: pass one
 * line as it will be drawn.
 */
export function measureText(text: string, style: TextStyle): number {
  const weight = style.weight ?? 'normal';
  const bold = weight === 'bold' || (typeof weight === 'number' && weight >= 600);
  const slot: Slot =
    (style.font ?? 'sans') === 'serif'
      ? SLOT[bold ? 'serifBold' : 'serif']
      : SLOT[bold ? 'sansBold' : 'sans'];
  const advances = lookup();
  // Integer thousandths of an em, scaled once at the end: the sum is exact and the same on
  // every engine, whatever the order of floating-point additions would have done.
  let thousandths = 0;
  let characters = 0;
  let joinNext = false;
  let openFlag = false;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x200d) {
      joinNext = true;
      continue;
    }
    if (isZeroWidth(code, ch)) continue;
    if (joinNext && PICTOGRAPH.test(ch)) {
      joinNext = false;
      continue;
    }
    joinNext = false;
    if (isRegionalIndicator(code)) {
      openFlag = !openFlag;
      if (!openFlag) continue;
    } else openFlag = false;
    characters += 1;
    const known = advances.get(code);
    if (known !== undefined) thousandths += known[slot];
    else {
      // Wide characters and emoji keep their em box when bold; other scripts widen.
      if (isWide(code)) thousandths += FALLBACK_WIDTH.wide;
      else if (PICTOGRAPH.test(ch) || isRegionalIndicator(code))
        thousandths += FALLBACK_WIDTH.emoji;
      else
        thousandths += bold
          ? Math.round(FALLBACK_WIDTH.other * BOLD_FALLBACK_FACTOR)
          : FALLBACK_WIDTH.other;
    }
  }
  const spacing = (style.letterSpacing ?? 0) * characters;
  return (thousandths / 1000 + spacing) * style.size;
}
