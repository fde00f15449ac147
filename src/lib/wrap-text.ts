import { measureText, type TextStyle } from './text-measure';

/** How wrapText breaks lines. */
export interface WrapOptions {
  /**
   * At most this many lines (default: no limit). Text that does not fit is cut at the last line,
   * which ends in "…" and still fits the width; the full text belongs in an accessible name.
   */
  maxLines?: number;
  /**
   * Balanced lines: as few lines as greedy filling needs, but with the longest line as short as
   * it can be, so "Russian embassy / in North Korea" instead of "Russian embassy in North /
   * Korea". Right for labels; greedy (the default) is right for running text and quotes.
   */
  balance?: boolean;
}

const ELLIPSIS = '…';
/** Whitespace a line may break at: any but the no-break spaces. */
const BREAKABLE_SPACE = /[^\S\u00a0\u202f]+/u;

/**
 * Breaks text into lines no wider than `maxWidth` px as measured by measureText, the app's one
 * text measure, so the same text wraps the same way on screen, on a slide and in every export.
 * Words break at whitespace (runs of it count as one space), never at a no-break space (U+00A0,
 * U+202F), which binds "name · date" or "5 Oct" as the text asks; a word wider than a whole line
 * is broken between characters. Blank text gives no lines; a width that is not positive gives the
 * text on one line.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  style: TextStyle,
  options: WrapOptions = {},
): string[] {
  const words = text.split(BREAKABLE_SPACE).filter((w) => w !== '');
  if (words.length === 0) return [];
  if (!(maxWidth > 0)) return [words.join(' ')];
  const width = (s: string) => measureText(s, style);
  const pieces = words.flatMap((w) => (width(w) <= maxWidth ? [w] : breakWord(w, maxWidth, width)));
  const maxLines = Math.max(1, options.maxLines ?? Infinity);

  let lines = fill(pieces, maxWidth, width);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxWidth, width);
    return kept;
  }
  if (options.balance && lines.length > 1) lines = balanced(pieces, lines.length, maxWidth, width);
  return lines;
}

/** Greedy fill: each line takes words while they fit. */
function fill(pieces: string[], maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line === '' ? piece : `${line} ${piece}`;
    if (line === '' || width(next) <= maxWidth) line = next;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The narrowest width at which greedy filling still needs only `count` lines, found among the
 * widths of every run of consecutive words (the longest line is always one of them); greedy
 * filling at that width gives the balanced lines.
 */
function balanced(
  pieces: string[],
  count: number,
  maxWidth: number,
  width: (s: string) => number,
): string[] {
  const candidates = new Set<number>();
  for (let i = 0; i < pieces.length; i++)
    for (let j = i + 1; j <= pieces.length; j++) {
      const w = width(pieces.slice(i, j).join(' '));
      if (w > maxWidth) break;
      candidates.add(w);
    }
  const sorted = [...candidates].sort((a, b) => a - b);
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fill(pieces, sorted[mid] ?? maxWidth, width).length <= count) hi = mid;
    else lo = mid + 1;
  }
  return fill(pieces, sorted[lo] ?? maxWidth, width);
}

/** A word too wide for a line, cut into pieces that each fit (at least one character each). */
function breakWord(word: string, maxWidth: number, width: (s: string) => number): string[] {
  const out: string[] = [];
  let piece = '';
  for (const ch of word) {
    // A combining mark or joined emoji adds no width, so it stays with the character before.
    if (piece === '' || width(piece + ch) <= maxWidth) piece += ch;
    else {
      out.push(piece);
      piece = ch;
    }
  }
  if (piece !== '') out.push(piece);
  return out;
}

/** The line shortened, word by word (or character by character), until it fits with "…". */
function withEllipsis(line: string, maxWidth: number, width: (s: string) => number): string {
  let base = line;
  for (;;) {
    // No "word,…" or "word …": trailing spaces and punctuation go before the ellipsis.
    const trimmed = base.replace(/[\s.,;:]+$/u, '');
    const candidate = `${trimmed}${ELLIPSIS}`;
    if (trimmed === '' || width(candidate) <= maxWidth)
      return trimmed === '' ? ELLIPSIS : candidate;
    const space = trimmed.lastIndexOf(' ');
    base = space > 0 ? trimmed.slice(0, space) : [...trimmed].slice(0, -1).join('');
  }
}
