import type { TextStyle } from '../../../lib/text-measure';

/** The kinds of label line the map sets, each with its own size, weight and ink. */
export type LineStyle = 'place' | 'context' | 'country' | 'traveller' | 'date';

/** How one kind of label line is set. */
export interface LineType {
  /** Font size in px. */
  size: number;
  /** CSS weight: 600 for names, 400 for dates and places named in passing. */
  weight: 400 | 600;
  italic: boolean;
  /** Set in capitals (country names, as an atlas sets them). */
  caps: boolean;
  /** Tracking in em, added after every character (measured and drawn alike). */
  letterSpacing: number;
  lineHeight: number;
  /** Which ink: the text colour or the muted one. */
  ink: 'text' | 'muted';
}

/** Sizes of the marks, in px; they stay this size at every zoom. */
export interface MarkSizes {
  /** Radius of a place's dot. */
  dot: number;
  /** Radius of the hollow ring of a place named only in passing. */
  contextDot: number;
  /** Side of a country's square. */
  square: number;
  /** Radius of the numbered marker at the middle of a leg. */
  mid: number;
  /** Length of a leg's arrowhead. */
  arrow: number;
  /** Half-length of the arrow at the edge pointing to a place off the view. */
  pointer: number;
  /** Width of a leg's line (a selected leg is drawn wider). */
  leg: number;
}

/** The map's whole type and mark ramp for one scene. */
export interface MapType {
  lines: Record<LineStyle, LineType>;
  /** The leg number inside its marker. */
  number: number;
  /** The scale bar's label. */
  scaleLabel: number;
  marks: MarkSizes;
}

const WORKSPACE_LINES: Record<LineStyle, LineType> = {
  place: {
    size: 13,
    weight: 600,
    italic: false,
    caps: false,
    letterSpacing: 0,
    lineHeight: 16,
    ink: 'text',
  },
  context: {
    size: 12,
    weight: 400,
    italic: true,
    caps: false,
    letterSpacing: 0,
    lineHeight: 15,
    ink: 'muted',
  },
  country: {
    size: 10,
    weight: 600,
    italic: false,
    caps: true,
    letterSpacing: 0.1,
    lineHeight: 13,
    ink: 'text',
  },
  traveller: {
    size: 11,
    weight: 600,
    italic: false,
    caps: false,
    letterSpacing: 0,
    lineHeight: 13,
    ink: 'text',
  },
  date: {
    size: 11,
    weight: 400,
    italic: false,
    caps: false,
    letterSpacing: 0,
    lineHeight: 13,
    ink: 'muted',
  },
};

const MARKS: MarkSizes = {
  dot: 4.5,
  contextDot: 3.5,
  square: 7,
  mid: 8.5,
  arrow: 9,
  pointer: 7,
  leg: 2.25,
};

/**
 * A room reads a slide from metres away: the workspace's small secondary lines (10–11 px country
 * capitals, dates) would fall under 24 px at a slide's labelScale of 1.8. In presentation every
 * line starts at 13.5 px (24.3 px at 1.8) and the place names a little above, so the hierarchy
 * survives as weight, capitals and ink rather than as size.
 */
const PRESENTATION_FLOOR = 13.5;

/**
 * The type and marks for a scene: the workspace ramp, lifted to the presentation floor on a
 * slide, then multiplied by `labelScale`. Marks grow with the labels so a 24 px name does not
 * stand beside a 4 px dot, and the leg's marker always holds its number.
 */
export function mapType(labelScale = 1, mode: 'workspace' | 'presentation' = 'workspace'): MapType {
  const k = labelScale > 0 && Number.isFinite(labelScale) ? labelScale : 1;
  const floor = mode === 'presentation' ? PRESENTATION_FLOOR : 0;
  const lines = Object.fromEntries(
    Object.entries(WORKSPACE_LINES).map(([style, t]) => {
      const base = style === 'place' && floor > 0 ? floor + 0.5 : Math.max(t.size, floor);
      const size = base * k;
      return [style, { ...t, size, lineHeight: (t.lineHeight / t.size) * size }];
    }),
  ) as Record<LineStyle, LineType>;
  const number = Math.max(10, floor) * k;
  const marks: MarkSizes = {
    dot: MARKS.dot * k,
    contextDot: MARKS.contextDot * k,
    square: MARKS.square * k,
    mid: MARKS.mid * k,
    arrow: MARKS.arrow * k,
    pointer: MARKS.pointer * k,
    leg: MARKS.leg * k,
  };
  // The marker is a circle round a one- or two-digit number: at least 0.85 of its size.
  marks.mid = Math.max(marks.mid, number * 0.85);
  return { lines, number, scaleLabel: Math.max(11, floor) * k, marks };
}

/** The measure's view of a line type (text-measure.ts): caps are measured as drawn. */
export function measureStyle(t: LineType): TextStyle {
  return { size: t.size, weight: t.weight, letterSpacing: t.letterSpacing };
}
