import type { PaletteKey } from '../timeline-palette';
import type { TimelineClusterMark, TimelineEventMark } from './timeline-scene';

/** How selection emphasis is drawn (SvgOptions.emphasis; the screen draws `scene`). */
export type Emphasis = 'none' | 'scene' | 'presentation';

/** How one event is painted: palette keys, never colours, so the screen and a file agree. */
export interface MarkPaint {
  fill: PaletteKey;
  stroke: PaletteKey;
  strokeWidth: number;
  /** `null` is solid (happened); dashes for planned, dots for expected. */
  dash: string | null;
  /** The mark's opacity (a dimmed or later mark fades on screen; never on a slide). */
  opacity: number;
  /** Inferred, not stated: a second, thin outline around the mark. */
  doubleOutline: boolean;
  /** "?" on a point unsure on the "as of" day (a bar holds words: it is striped instead). */
  glyph: '?' | null;
  /** Stripes across a bar unsure on the "as of" day, in this colour. */
  stripes: PaletteKey | null;
  label: PaletteKey;
  italic: boolean;
  bold: boolean;
  /** The subject: a 2 px outline around mark and words. */
  outline: boolean;
  /** Drawn from the hovered passage: the highlighter behind the words. */
  highlight: boolean;
}

/** Dash patterns in units of the stroke width: planned dashed, expected dotted (round caps). */
export function dashFor(status: TimelineEventMark['status'], width: number): string | null {
  if (status === 'planned') return `${4 * width} ${2.5 * width}`;
  if (status === 'expected') return `0 ${2.2 * width}`;
  return null;
}

/**
 * The paint of one event. Status is the line (solid, dashed, dotted) and the fill (a mark that
 * happened is filled); basis is a double outline; the "as of" day greys what came later and marks
 * what is unsure with "?". Selection: `scene` fades the context as the workspace does;
 * `presentation` greys it at ≥ 3:1 instead (the room must still read it); `none` draws no
 * selection at all (a download for a page).
 */
export function markPaint(e: TimelineEventMark, emphasis: Emphasis, scale = 1): MarkPaint {
  const strokeWidth = 2 * scale;
  const show = emphasis !== 'none';
  const dimmed = show && e.dimmed;
  const slide = emphasis === 'presentation';
  const future = e.time === 'future';
  const happened = e.status === 'happened';
  let fill: PaletteKey = happened
    ? e.shape.kind === 'range'
      ? 'rangeFill'
      : 'accent'
    : 'background';
  let stroke: PaletteKey = 'accent';
  const unsure = e.time === 'uncertain';
  if (unsure) fill = e.shape.kind === 'point' ? 'unsureFill' : 'background';
  if (future) {
    fill = 'background';
    stroke = slide ? 'context' : 'laterMark';
  }
  if (dimmed && slide) {
    stroke = 'context';
    if (fill === 'accent') fill = 'context';
    else if (fill !== 'background') fill = 'background';
  }
  let label: PaletteKey = 'text';
  if (future) label = slide ? 'context' : 'muted';
  if (dimmed) label = slide ? 'context' : 'muted';
  const lit = e.lit && !slide;
  return {
    fill,
    stroke,
    strokeWidth,
    dash: dashFor(e.status, strokeWidth),
    opacity: dimmed && !slide ? 0.3 : 1,
    doubleOutline: e.basis === 'inferred',
    glyph: unsure && e.shape.kind === 'point' ? '?' : null,
    stripes: unsure && e.shape.kind === 'range' ? 'unsureFill' : null,
    label: lit ? 'evidenceText' : label,
    italic: future,
    bold: show && e.subject,
    outline: show && e.subject,
    highlight: lit,
  };
}

/** How a count mark is painted: a pill in the range colour, its number and words in text. */
export interface ClusterPaint {
  fill: PaletteKey;
  stroke: PaletteKey;
  number: PaletteKey;
  label: PaletteKey;
  opacity: number;
}

/**
 * The paint of a count mark: counted events are never the subject (the selection's own events
 * are drawn alone), so it only recedes when something is selected — faded on screen, greyed at
 * ≥ 3:1 on a slide, as events are.
 */
export function clusterPaint(
  c: Pick<TimelineClusterMark, 'dimmed'>,
  emphasis: Emphasis,
): ClusterPaint {
  const dimmed = emphasis !== 'none' && c.dimmed;
  const slide = emphasis === 'presentation';
  if (dimmed && slide)
    return {
      fill: 'background',
      stroke: 'context',
      number: 'context',
      label: 'context',
      opacity: 1,
    };
  return {
    fill: 'rangeFill',
    stroke: 'accent',
    number: 'text',
    label: dimmed ? 'muted' : 'text',
    opacity: dimmed ? 0.3 : 1,
  };
}
