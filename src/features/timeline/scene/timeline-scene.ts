import type { Basis, Status } from '../../../bundle/bundle-schema';
import type { TimeStatus } from '../../../model/as-of';
import type { SceneOptions } from '../../../ui/view-module';
import type { AxisTick, SegmentCaption } from '../scale/axis-ticks';
import type { TimeScaleData } from '../scale/time-scale';
import type { ClusterUnit } from './cluster-events';

/**
 * How the selection touches a mark. The screen, the SVG writer and the tests read these flags;
 * none recomputes them.
 */
export interface MarkEmphasis {
  /** The selection names it or concerns it (`data-selected="true"`). */
  selected: boolean;
  /** The selection names it (the outline and the bold label). */
  subject: boolean;
  /** Something is selected and this event has no part in it (it recedes). */
  dimmed: boolean;
}

/** A box in scene px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An event's words, measured and wrapped: each line's baseline is `y + i * lineHeight`. */
export interface EventLabel {
  /** Empty for a mark drawn without words (context far from a slide's frame). */
  lines: string[];
  /** Where the lines are anchored: their left edge (`start`) or their right edge (`end`). */
  x: number;
  anchor: 'start' | 'end';
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
  fontSize: number;
  /** Inside a range bar, after the mark, or before it (near the right edge). */
  side: 'inside' | 'after' | 'before';
  /** The words did not fit in the lines allowed and end in "…"; the tooltip has them all. */
  truncated: boolean;
  /** The lines' extent (measured in bold, so a selected label is never cut). */
  box: Box;
}

/** A known day is a point; a month, a year or a range of days is a bar over every day it can mean. */
export type EventShape =
  | { kind: 'point'; cx: number; cy: number; r: number }
  | { kind: 'range'; x: number; y: number; width: number; height: number };

/** One event as every renderer draws it. */
export interface TimelineEventMark extends MarkEmphasis {
  id: string;
  /** Row index, top row 0. */
  row: number;
  status: Status;
  basis: Basis;
  /** Where it stands on the "as of" day (`past` when no day is set). */
  time: Exclude<TimeStatus, 'timeless'>;
  shape: EventShape;
  label: EventLabel;
  /** The whole clickable footprint: mark and words. */
  hit: Box;
  /** The full words ("Planned: Trilateral talks … · on Oct. 9"), for the tooltip. */
  text: string;
  /** What a screen reader says for the mark. */
  ariaLabel: string;
  /** Drawn from the passage hovered in the text (screen only). */
  lit: boolean;
}

/**
 * Events counted as one mark where they would pile up (a story with more events than rows can
 * name, or a slide's context): a pill over the members' days with their number in it, and words
 * beside it ("38 events · 1–30 Sep 2018"). Selecting it zooms to its days, where it opens.
 */
export interface TimelineClusterMark {
  id: string;
  unit: ClusterUnit;
  /** The members' days (inclusive): what a zoom to this mark shows. */
  first: number;
  last: number;
  /** Member event ids, in time order. */
  members: string[];
  row: number;
  /** The pill: at least as wide as its number. */
  box: Box;
  /** The number in the pill, centred at `x`, baseline `y`. */
  count: { text: string; x: number; y: number; fontSize: number };
  /** Words beside the pill; no lines on a slide's context (the number says it). */
  label: EventLabel;
  hit: Box;
  /** "38 events, 1–30 Sep 2018: Meeting 1, Meeting 13, Meeting 25 and 35 more". */
  ariaLabel: string;
  /** Something is selected and none of these events is part of it. */
  dimmed: boolean;
}

/** A labelled vertical rule over the chart: the posting moment, the "as of" day. */
export interface RuleMark {
  x: number;
  label: string;
  /** The label sits on the outer side of its rule, so the two labels never meet. */
  labelX: number;
  anchor: 'start' | 'end';
  /** Baseline of the label. */
  labelY: number;
}

/** The "as of" rule, and the stretch after it, shaded as "not yet". */
export interface AsOfMark extends RuleMark {
  day: string;
  later: { x0: number; x1: number };
}

/** The screen's scrubber over the axis (workspace only: a slide has no pointer furniture). */
export interface SliderGeometry {
  /** Left edge of the plot and its width: the track's value is x on the plot. */
  x0: number;
  width: number;
  /** Top of the thumb row. */
  y: number;
  /** Days the arrow keys stop on (every day of the wide week, coarser where compressed). */
  stops: number[];
  /** Event dates, ISO, for PageUp / PageDown and Play. */
  steps: string[];
}

/** One entry of the key; the writer and the screen draw the same swatch for each kind. */
export interface LegendEntry {
  kind:
    | 'happened'
    | 'planned'
    | 'expected'
    | 'range'
    | 'inferred'
    | 'unsure'
    | 'later'
    | 'posted'
    | 'asof'
    | 'compressed';
  text: string;
}

/** The type sizes and measures of one scene, in px (labelScale and mode applied). */
export interface TimelineMetrics {
  labelFont: number;
  /** Ruler ticks, captions and the rules' labels. */
  smallFont: number;
  lineHeight: number;
  padX: number;
  /** The ruler's height; the slider's row hangs below it, down to `headHeight`. */
  axisHeight: number;
  headHeight: number;
}

/** Everything the timeline draws for one bundle, state and size, as plain data. */
export interface TimelineScene {
  width: number;
  height: number;
  title: string;
  /** "Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018" */
  source: string;
  labelScale: number;
  mode: NonNullable<SceneOptions['mode']>;
  frame: NonNullable<SceneOptions['frame']>;
  metrics: TimelineMetrics;
  /** x of the plot's left edge; a day's x on the scene is `plotX + scale.x(day)`. */
  plotX: number;
  scale: TimeScaleData;
  /** Ruler: ticks and captions in scene x; labels dropped where they would collide. */
  ticks: AxisTick[];
  captions: SegmentCaption[];
  /** Compressed stretches (hatched) and the seams between stretches, scene x. */
  compressed: { x0: number; x1: number }[];
  seams: number[];
  /** Where the rows begin and end (the rules run from `top` to `bottom`). */
  body: { top: number; bottom: number };
  rows: { top: number; height: number }[];
  posted: RuleMark;
  asOf: AsOfMark | null;
  events: TimelineEventMark[];
  /** Events counted per day, week, month or year where they would pile up (often none). */
  clusters: TimelineClusterMark[];
  /** The days a zoom shows across most of the width, or null for the whole story. */
  zoom: { first: number; last: number; label: string } | null;
  slider: SliderGeometry | null;
  legend: LegendEntry[];
  counts: { known: number; unsure: number; later: number };
  /** Is anything selected (so the context recedes)? */
  emphasis: boolean;
  /** The axis in words, for screen readers and the picture's description. */
  description: string;
}
