import { scaleLinear } from 'd3-scale';
import type { DaySpan } from '../../../model/day-number';
import { denseWindow, type DayWindow } from './dense-window';

/** A stretch of the axis drawn at one rate: the busy focus, or compressed context either side. */
export interface ScaleSegment {
  kind: 'focus' | 'context' | 'linear';
  /** Day numbers, half-open: a day d occupies [d, d + 1). */
  start: number;
  end: number;
  x0: number;
  x1: number;
  pxPerDay: number;
}

/** A time scale as plain data (what a scene carries): enough to rebuild the mapping exactly. */
export interface TimeScaleData {
  /** [first day, last day + 1): every dated item lies inside. */
  domain: readonly [number, number];
  width: number;
  /** The busy window drawn wide, or null when one linear scale already shows everything. */
  focus: DayWindow | null;
  segments: ScaleSegment[];
}

/** Days ↔ x for one width: piecewise linear, monotonic, invertible. */
export interface TimeScale extends TimeScaleData {
  /** x of a moment, in days (fractions allowed: the middle of day d is d + 0.5). */
  x: (day: number) => number;
  /** The moment at x, in days; clamped to the domain. */
  invert: (x: number) => number;
}

export interface TimeScaleOptions {
  /** Plot width in px. */
  width: number;
  /** Share of the width the focus window gets (default 0.55: "most of the width"). */
  focusShare?: number;
  /** Longest focus window, in days (default 7: a news week). */
  focusDays?: number;
  /**
   * The window to draw wide, instead of the busiest week: a slide framed on its selection passes
   * the days its selection concerns. Clamped to the domain.
   */
  focusWindow?: DayWindow | null;
}

/**
 * A focus+context ("fisheye") time scale. The densest week of day-precise dates gets `focusShare`
 * of the width; the stretches before and after share the rest by the square root of their length
 * times the number of events they hold. A context stretch is
 * never drawn wider per day than the focus. Where the focus would not gain width, the scale is
 * simply linear.
 */
export function buildTimeScale(
  spans: readonly DaySpan[],
  anchors: readonly number[],
  options: TimeScaleOptions,
): TimeScale {
  const width = Math.max(1, options.width);
  const share = options.focusShare ?? 0.55;
  const firsts = [...spans.map((s) => s.first), ...anchors];
  const lasts = [...spans.map((s) => s.last), ...anchors];
  const d0 = firsts.length > 0 ? Math.min(...firsts) : 0;
  const d1 = (lasts.length > 0 ? Math.max(...lasts) : 0) + 1;
  const points = [...spans.filter((s) => s.first === s.last).map((s) => s.first), ...anchors];
  const asked = options.focusWindow;
  const focus =
    asked === undefined || asked === null
      ? denseWindow(points, options.focusDays ?? 7)
      : clampWindow(asked, d0, d1);

  if (focus === null || (focus.end - focus.start) / (d1 - d0) >= share)
    return linearScale(d0, d1, width);

  const leftDays = focus.start - d0;
  const rightDays = d1 - focus.end;
  const focusDays = focus.end - focus.start;
  const rest = width * (1 - share);
  // A stretch's claim grows with its length and with what it holds, both damped (square root):
  // a few busy months before the focus are not crushed by an empty year after it.
  const holds = (a: number, b: number) => spans.filter((s) => s.first < b && s.last + 1 > a).length;
  const wl = Math.sqrt(leftDays * (1 + holds(d0, focus.start)));
  const wr = Math.sqrt(rightDays * (1 + holds(focus.end, d1)));
  const focusRate = (width * share) / focusDays;
  const leftW = Math.min((rest * wl) / (wl + wr), leftDays * focusRate);
  const rightW = Math.min((rest * wr) / (wl + wr), rightDays * focusRate);

  const segments: ScaleSegment[] = [];
  const push = (kind: ScaleSegment['kind'], start: number, end: number, x0: number, x1: number) => {
    if (end > start)
      segments.push({ kind, start, end, x0, x1, pxPerDay: (x1 - x0) / (end - start) });
  };
  push('context', d0, focus.start, 0, leftW);
  push('focus', focus.start, focus.end, leftW, width - rightW);
  push('context', focus.end, d1, width - rightW, width);
  return fromSegments(d0, d1, width, focus, segments);
}

function clampWindow(w: DayWindow, d0: number, d1: number): DayWindow | null {
  const start = Math.max(d0, Math.min(w.start, d1));
  const end = Math.max(start, Math.min(w.end, d1));
  return end > start ? { start, end } : null;
}

/** The scale a scene's plain data describes: the same knots, so the same x for every day. */
export function timeScaleFrom(data: TimeScaleData): TimeScale {
  return fromSegments(data.domain[0], data.domain[1], data.width, data.focus, data.segments);
}

/** The plain data of a scale (its functions left behind). */
export function timeScaleData(scale: TimeScale): TimeScaleData {
  return { domain: scale.domain, width: scale.width, focus: scale.focus, segments: scale.segments };
}

function linearScale(d0: number, d1: number, width: number): TimeScale {
  return fromSegments(d0, d1, width, null, [
    { kind: 'linear', start: d0, end: d1, x0: 0, x1: width, pxPerDay: width / (d1 - d0) },
  ]);
}

function fromSegments(
  d0: number,
  d1: number,
  width: number,
  focus: DayWindow | null,
  segments: ScaleSegment[],
): TimeScale {
  // d3's polylinear scale: one linear piece per segment, with an exact inverse. The segments
  // tile [d0, d1) onto [0, width) in order, so their ends are the knots.
  const scale = scaleLinear()
    .domain([d0, ...segments.map((s) => s.end)])
    .range([0, ...segments.map((s) => s.x1)])
    .clamp(true);
  return {
    domain: [d0, d1],
    width,
    focus,
    segments,
    x: (day) => scale(day),
    invert: (x) => scale.invert(x),
  };
}
