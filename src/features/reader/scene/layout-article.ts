import type { BlockKind, Span } from '../../../bundle/bundle-schema';
import { measureText, type TextStyle } from '../../../lib/text-measure';
import { wrapText } from '../../../lib/wrap-text';
import { blockAtoms, type Atom, type Fragment } from './line-atoms';
import type { ReaderBlock } from './reader-content';
import { typeStyle, type ExtraKind, type TypeStyle } from './reader-type';

/** A fragment placed on a line. `x` is from the block's left edge. */
export interface LaidSegment extends Fragment {
  x: number;
  width: number;
}

export interface LaidLine {
  /** Baseline, from the top of the scene. */
  baseline: number;
  /** Top of the line box (the highlighter's top). */
  top: number;
  height: number;
  segments: LaidSegment[];
}

/** A block of the article, or a line of the frame (posting line, "as of" note, omitted-text mark). */
export interface LaidBlock {
  /** The block's id; '' for lines that are not blocks. */
  id: string;
  kind: BlockKind | ExtraKind;
  x: number;
  top: number;
  height: number;
  style: TypeStyle;
  lines: LaidLine[];
  /** The selection is this block (drawn outlined). */
  selected: boolean;
  /** "PHOTO CAPTION" before a caption's first word. */
  marker: { text: string; style: TypeStyle; width: number } | null;
  /** Lines were left off for lack of room; the last one ends in "…". */
  cut: boolean;
}

export interface ArticleLayout {
  blocks: LaidBlock[];
  /** Height used, ≤ the height given. */
  height: number;
  /** Blocks that did not fit (counted in the picture: "3 more paragraphs"). */
  omitted: number;
}

export interface LayoutInput {
  blocks: readonly ReaderBlock[];
  /** Lines of the frame drawn above the article in the sans (the posting line, the "as of" note). */
  header: readonly string[];
  evidence: readonly Span[];
  width: number;
  height: number;
  labelScale: number;
  mode: 'workspace' | 'presentation';
  /** Mark where blocks were skipped between the ones shown (a slide framed on its subject). */
  markGaps: boolean;
}

const CAPTION_RULE = 13; // 3 px rule + 10 px padding, as the screen draws a caption.

function measureStyle(style: TypeStyle, bold: boolean): TextStyle {
  return {
    font: style.font,
    size: style.size,
    weight: bold || style.bold ? 'bold' : 'normal',
    letterSpacing: style.letterSpacing,
  };
}

/** An atom wider than a whole line, cut where wrapText breaks it (between words or letters). */
function splitWideAtom(atom: Atom, width: number, style: TypeStyle): Atom[] {
  const chars = atom.fragments.flatMap((f) =>
    [...f.text].map((ch, i) => ({ ch, fragment: f, offset: f.start + i })),
  );
  const isSpace = (i: number) => /\s/u.test(chars[i]?.ch ?? '');
  const text = chars.map((c) => c.ch).join('');
  const lines = wrapText(text, width, measureStyle(style, atom.fragments[0]?.bold ?? false));
  // Read each wrapped line back against the source, so every piece keeps its fragment's flags.
  let p = 0;
  return lines.map((line, n) => {
    const fragments: Fragment[] = [];
    for (const ch of line) {
      if (ch !== ' ') while (p < chars.length && isSpace(p)) p += 1;
      const c = chars[p];
      if (!c) break;
      p += 1;
      if (ch === ' ') while (p < chars.length && isSpace(p)) p += 1;
      const last = fragments[fragments.length - 1];
      if (last && last.mention === c.fragment.mention && last.evidence === c.fragment.evidence)
        last.text += ch;
      else fragments.push({ ...c.fragment, text: ch, start: c.offset });
    }
    return { fragments, space: null, breakBefore: n === 0 ? atom.breakBefore : true };
  });
}

/**
 * Greedy line filling over atoms, every width from the one text measure. The first line may
 * start further in (`firstIndent`: room for the caption marker).
 */
function breakLines(
  atoms: Atom[],
  width: number,
  style: TypeStyle,
  firstIndent = 0,
): LaidSegment[][] {
  const lines: LaidSegment[][] = [];
  let line: LaidSegment[] = [];
  let x = firstIndent;
  const spaceWidth = measureText(' ', measureStyle(style, false));
  const widthOf = (f: Fragment) => measureText(f.text, measureStyle(style, f.bold));
  const newLine = () => {
    lines.push(line);
    line = [];
    x = 0;
  };
  for (const whole of atoms) {
    const total = whole.fragments.reduce((s, f) => s + widthOf(f), 0);
    const parts = total > width ? splitWideAtom(whole, width, style) : [whole];
    for (const atom of parts) {
      const widths = atom.fragments.map(widthOf);
      const w = widths.reduce((s, v) => s + v, 0);
      if (atom.breakBefore && (line.length > 0 || lines.length > 0)) newLine();
      const gap = line.length > 0 && atom.space ? spaceWidth : 0;
      if (line.length > 0 && x + gap + w > width) newLine();
      else if (gap > 0 && atom.space) {
        const { start, evidence, dimmed } = atom.space;
        line.push({
          text: ' ',
          start,
          evidence,
          dimmed,
          bold: false,
          mention: null,
          x,
          width: gap,
        });
        x += gap;
      }
      atom.fragments.forEach((f, i) => {
        const fw = widths[i] ?? 0;
        line.push({ ...f, x, width: fw });
        x += fw;
      });
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Plain one-style text (the frame's lines) as atoms. */
function plainAtoms(text: string): Atom[] {
  let offset = 0;
  return text.split(/(\s+)/u).flatMap((part) => {
    const start = offset;
    offset += part.length;
    if (part === '' || /^\s/u.test(part)) return [];
    return [
      {
        fragments: [
          { text: part, start, evidence: false, dimmed: false, bold: false, mention: null },
        ],
        space: start > 0 ? { start: start - 1, evidence: false, dimmed: false } : null,
        breakBefore: false,
      },
    ];
  });
}

/** The line ended with "…" so that it still fits. */
function endWithEllipsis(line: LaidLine, width: number, style: TypeStyle): void {
  const ellipsis = measureText('…', measureStyle(style, false));
  while (line.segments.length > 1) {
    const last = line.segments[line.segments.length - 1];
    if (!last || last.x + last.width + ellipsis <= width) break;
    line.segments.pop();
  }
  const last = line.segments[line.segments.length - 1];
  const x = last ? last.x + last.width : 0;
  line.segments.push({
    text: '…',
    start: last ? last.start + last.text.length : 0,
    evidence: false,
    dimmed: last?.dimmed ?? false,
    bold: false,
    mention: null,
    x,
    width: ellipsis,
  });
}

/**
 * Sets the article in lines for a box: each block in its type (serif body, sans byline and
 * notes, italic captions), greedy line filling over words and names measured with the shared
 * metric table, line breaks in the text kept, no line starting with the punctuation after a name.
 * What does not fit in the height is left off: the last line that fits ends in "…" and the blocks
 * after it are counted in `omitted`.
 */
export function layoutArticle(input: LayoutInput): ArticleLayout {
  const { width, labelScale, mode } = input;
  const out: LaidBlock[] = [];
  let y = 0;
  let previousMargin = 0;
  let omitted = 0;
  let full = false;

  const place = (
    id: string,
    kind: BlockKind | ExtraKind,
    atoms: Atom[],
    selected: boolean,
  ): boolean => {
    const style = typeStyle(kind, labelScale, mode);
    const indent = kind === 'caption' ? CAPTION_RULE * labelScale : 0;
    const markerStyle = typeStyle('marker', labelScale, mode);
    const marker =
      kind === 'caption'
        ? {
            text: 'PHOTO CAPTION',
            style: markerStyle,
            width: measureText('PHOTO CAPTION ', measureStyle(markerStyle, false)),
          }
        : null;
    const innerWidth = width - indent;
    const rows = breakLines(atoms, innerWidth, style, marker?.width ?? 0);
    const top = y + (out.length === 0 ? 0 : Math.max(previousMargin, style.margin));
    const available = input.height - top;
    const fit = Math.min(rows.length, Math.floor((available + 1e-6) / style.lineHeight));
    if (fit <= 0) return false;
    const lines: LaidLine[] = rows.slice(0, fit).map((segments, i) => ({
      top: top + i * style.lineHeight,
      baseline: top + i * style.lineHeight + style.lineHeight / 2 + style.size * 0.35,
      height: style.lineHeight,
      segments,
    }));
    const cut = fit < rows.length;
    const lastLine = lines[lines.length - 1];
    if (cut && lastLine) endWithEllipsis(lastLine, innerWidth, style);
    out.push({
      id,
      kind,
      x: indent,
      top,
      height: fit * style.lineHeight,
      style,
      lines,
      selected,
      marker,
      cut,
    });
    y = top + fit * style.lineHeight;
    previousMargin = style.margin;
    return !cut;
  };

  for (const text of input.header) if (!full) full = !place('', 'meta', plainAtoms(text), false);

  let previousNumber = 0;
  input.blocks.forEach((block, i) => {
    if (full) {
      omitted += 1;
      return;
    }
    if (input.markGaps && block.number > previousNumber + 1 && (i > 0 || block.number > 1))
      full = !place('', 'gap', plainAtoms('· · ·'), false);
    previousNumber = block.number;
    if (full) {
      omitted += 1;
      return;
    }
    full = !place(block.id, block.kind, blockAtoms(block, input.evidence), block.selected);
  });
  return { blocks: out, height: y, omitted };
}
