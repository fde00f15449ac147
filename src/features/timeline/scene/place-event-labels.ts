import { measureText, type TextStyle } from '../../../lib/text-measure';
import { wrapText } from '../../../lib/wrap-text';
import type { TimeScale } from '../scale/time-scale';

/** What placing needs of an event: its days and its words. */
export interface LabelInput {
  id: string;
  /** Inclusive day numbers; first === last draws a point. */
  first: number;
  last: number;
  text: string;
  /** Draw the mark alone, no words (context far from a slide's frame). */
  bare?: boolean;
  /**
   * A count mark (events counted as one): a pill over the days, centred on them and at least
   * this wide (its number is inside), its words always beside it.
   */
  minMark?: number;
}

/** One event placed along x (plot coordinates): its mark, its wrapped words and their side. */
export interface PlacedLabel {
  id: string;
  isPoint: boolean;
  markX0: number;
  markX1: number;
  lines: string[];
  side: 'inside' | 'after' | 'before';
  /** Left edge of the words for `inside`/`after`, right edge for `before`. */
  x: number;
  /** The widest line, measured bold. */
  width: number;
  truncated: boolean;
  /** Mark and words together, for packing rows. */
  x0: number;
  x1: number;
}

export interface PlaceOptions {
  /** Words may run from `lo` to `hi` (plot x; a little past the plot into its padding). */
  lo: number;
  hi: number;
  /** Widest a line may be. */
  maxWidth: number;
  /** Narrowest room worth wrapping into. */
  minWrap: number;
  maxLines: number;
  fontSize: number;
  /** Radius of a point mark. */
  radius: number;
  /** Narrowest bar, so a one-day range still shows. */
  minBar: number;
  /** Between a mark and its words. */
  gap: number;
}

/**
 * Where each event's words go, and how they wrap. One line inside a bar wide enough to hold it,
 * else one line after the mark, else before it (near the right edge); where one line does not
 * fit, the words wrap (balanced lines, the shared wrap) on the side that needs the fewest lines,
 * after the mark when that ties. Widths come from the shared measure in bold, so the same words
 * take the same room on every machine and a selected (bold) label is never cut.
 */
export function placeEventLabels(
  items: readonly LabelInput[],
  scale: TimeScale,
  o: PlaceOptions,
): PlacedLabel[] {
  const style: TextStyle = { size: o.fontSize, weight: 'bold' };
  const width = (line: string) => measureText(line, style);
  return items.map((item) => {
    const isPoint = item.first === item.last && item.minMark === undefined;
    let markX0: number;
    let markX1: number;
    if (item.minMark !== undefined) {
      const a = scale.x(item.first);
      const b = scale.x(item.last + 1);
      const w = Math.max(b - a, item.minMark);
      [markX0, markX1] = [(a + b) / 2 - w / 2, (a + b) / 2 + w / 2];
    } else if (isPoint) {
      const cx = scale.x(item.first + 0.5);
      [markX0, markX1] = [cx - o.radius, cx + o.radius];
    } else {
      markX0 = scale.x(item.first);
      markX1 = Math.max(scale.x(item.last + 1), markX0 + o.minBar);
    }
    if (item.bare)
      return {
        id: item.id,
        isPoint,
        markX0,
        markX1,
        lines: [],
        side: 'after',
        x: markX1 + o.gap,
        width: 0,
        truncated: false,
        x0: markX0,
        x1: markX1,
      };
    const natural = width(item.text);
    // Runs of breakable space read as one, as wrapText reads them; no-break spaces stay.
    const whole = item.text.trim().replace(/[^\S\u00a0\u202f]+/gu, ' ');
    const isCut = (lines: readonly string[]) => lines.join(' ') !== whole;
    // A count mark's pill holds its number, not its words.
    const inside = isPoint || item.minMark !== undefined ? 0 : markX1 - markX0 - 2 * o.gap;
    const after = o.hi - (markX1 + o.gap);
    const before = markX0 - o.gap - o.lo;
    const room = { inside, after, before };

    const oneLine = (['inside', 'after', 'before'] as const).find(
      (side) => natural <= room[side] && (side === 'inside' || natural <= o.maxWidth),
    );
    let side: PlacedLabel['side'];
    let lines: string[];
    if (oneLine !== undefined) {
      side = oneLine;
      lines = [item.text.trim()];
    } else {
      const wrapIn = (s: PlacedLabel['side']) =>
        // Inside a bar the words may take its whole width: the footprint is the bar's anyway.
        wrapText(
          item.text,
          Math.max(40, s === 'inside' ? room[s] : Math.min(o.maxWidth, room[s])),
          style,
          {
            maxLines: o.maxLines,
            balance: true,
          },
        );
      // Inside a wide bar first (the bar grows to hold its lines, and the footprint stays the
      // bar's), then after the mark, then before it; fewest lines wins.
      const roomy = (['inside', 'after', 'before'] as const).filter((s) => room[s] >= o.minWrap);
      if (roomy.length > 0) {
        const tries = roomy.map((s) => ({ s, lines: wrapIn(s) }));
        const cut = (t: { lines: string[] }) => Number(isCut(t.lines));
        const best = tries.reduce((a, b) =>
          cut(b) < cut(a) || (cut(b) === cut(a) && b.lines.length < a.lines.length) ? b : a,
        );
        side = best.s;
        lines = best.lines;
      } else {
        // Nowhere is roomy: the side with most room, cut short there.
        side = (['after', 'before', 'inside'] as const).reduce((a, b) =>
          room[b] > room[a] ? b : a,
        );
        lines = wrapIn(side);
      }
    }
    const w = Math.max(0, ...lines.map(width));
    const truncated = isCut(lines);
    const x =
      side === 'before' ? markX0 - o.gap : side === 'after' ? markX1 + o.gap : markX0 + o.gap;
    const left = side === 'before' ? x - w : x;
    return {
      id: item.id,
      isPoint,
      markX0,
      markX1,
      lines,
      side,
      x,
      width: w,
      truncated,
      x0: Math.min(markX0, left),
      x1: Math.max(markX1, left + w),
    };
  });
}
