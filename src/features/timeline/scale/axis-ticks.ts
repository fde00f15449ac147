import { civilFromDays, daysFromCivil, weekdayOf } from '../../../model/day-number';
import { measureText } from '../../../lib/text-measure';
import { formatDay, formatDayRange } from './format-day-range';
import type { ScaleSegment, TimeScale } from './time-scale';

export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A gridline at a day boundary, with a label that may have been dropped to avoid a collision. */
export interface AxisTick {
  day: number;
  x: number;
  unit: TickUnit;
  label: string | null;
  labelX: number;
  anchor: 'start' | 'middle';
}

/** A caption over one stretch of the axis: its dates, and how compressed it is. */
export interface SegmentCaption {
  kind: ScaleSegment['kind'];
  x0: number;
  x1: number;
  text: string | null;
  /** How many times fewer px per day than the focus (1 for the focus itself). */
  compression: number;
}

/** The ruler's type size on screen, in px; a scene scales it (labelScale, presentation). */
export const TICK_FONT = 11;
const LABEL_GAP = 6;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// The finest unit whose spacing leaves room for its label ("5 Oct" needs more than "Jul").
const UNITS: { unit: TickUnit; days: number; minPx: number }[] = [
  { unit: 'day', days: 1, minPx: 16 },
  { unit: 'week', days: 7, minPx: 44 },
  { unit: 'month', days: 30.44, minPx: 26 },
  { unit: 'quarter', days: 91.3, minPx: 30 },
  { unit: 'year', days: 365.25, minPx: 34 },
];

function unitFor(pxPerDay: number, fontSize: number): TickUnit {
  // The room a label needs grows with its type size.
  const k = fontSize / TICK_FONT;
  return UNITS.find((u) => u.days * pxPerDay >= u.minPx * k)?.unit ?? 'year';
}

function monthStarts(start: number, end: number, every: number): number[] {
  // Calendar parts, not string slices: a padded range may reach year 10000.
  const first = civilFromDays(Math.ceil(start));
  let y = first.year;
  let m = first.month - 1;
  const out: number[] = [];
  for (;;) {
    const d = daysFromCivil(y, m + 1, 1);
    if (d >= end) return out;
    if (d >= start && m % every === 0) out.push(d);
    m += 1;
    if (m === 12) [y, m] = [y + 1, 0];
  }
}

function segmentTicks(
  scale: TimeScale,
  seg: ScaleSegment,
  isFirst: boolean,
  fontSize: number,
): AxisTick[] {
  const unit = unitFor(seg.pxPerDay, fontSize);
  const x = scale.x;
  if (unit === 'day') {
    const k = fontSize / TICK_FONT;
    const words = seg.pxPerDay >= 72 * k ? 'weekday' : seg.pxPerDay >= 40 * k ? 'month' : 'bare';
    const out: AxisTick[] = [];
    for (let d = Math.ceil(seg.start); d < seg.end; d++) {
      const { month: mo, day: dd } = civilFromDays(d);
      const weekday = WEEKDAYS[weekdayOf(d)] ?? '';
      const label =
        words === 'weekday'
          ? `${weekday} ${dd} ${MONTHS[mo - 1]}`
          : words === 'month'
            ? `${dd} ${MONTHS[mo - 1]}`
            : String(dd);
      out.push({ day: d, x: x(d), unit, label, labelX: x(d + 0.5), anchor: 'middle' });
    }
    return out;
  }
  let days: number[];
  if (unit === 'week') {
    days = [];
    const first = Math.ceil(seg.start);
    // Mondays: 1970-01-01 was a Thursday, so day numbers ≡ 4 (mod 7) are Mondays.
    for (let d = first + ((4 - (first % 7) + 7) % 7); d < seg.end; d += 7) days.push(d);
  } else if (unit === 'month') days = monthStarts(seg.start, seg.end, 1);
  else if (unit === 'quarter') days = monthStarts(seg.start, seg.end, 3);
  else days = monthStarts(seg.start, seg.end, 12);
  return days.map((d, i) => {
    const civil = civilFromDays(d);
    const month = MONTHS[civil.month - 1] ?? '';
    const year = String(civil.year);
    // A new year is named as the year; the very first label carries its year for context.
    let label = unit === 'week' ? formatDay(d).replace(/ -?\d+$/, '') : month;
    if (unit === 'year' || (unit !== 'week' && month === 'Jan')) label = year;
    else if (isFirst && i === 0) label = `${label} ${year}`;
    return { day: d, x: x(d), unit, label, labelX: x(d) + 3, anchor: 'start' as const };
  });
}

/**
 * The width of a ruler label as drawn (the shared measure: the same on every machine); day labels
 * are drawn bold (600).
 */
export function tickLabelWidth(label: string, fontSize = TICK_FONT, bold = false): number {
  return measureText(label, { size: fontSize, weight: bold ? 'bold' : 'normal' });
}

function labelBox(t: AxisTick, fontSize: number): [number, number] {
  const w = t.label === null ? 0 : tickLabelWidth(t.label, fontSize, t.unit === 'day');
  return t.anchor === 'middle' ? [t.labelX - w / 2, t.labelX + w / 2] : [t.labelX, t.labelX + w];
}

/**
 * Ticks for every stretch of a scale at the finest unit its width allows. Labels that would
 * collide are dropped (their gridlines stay); the focus keeps its labels first.
 */
export function axisTicks(scale: TimeScale, fontSize = TICK_FONT): AxisTick[] {
  const ticks = scale.segments.flatMap((s, i) => segmentTicks(scale, s, i === 0, fontSize));
  const order = [...ticks].sort(
    (a, b) => Number(b.unit === 'day') - Number(a.unit === 'day') || a.x - b.x,
  );
  const kept: [number, number][] = [];
  for (const t of order) {
    const [a, b] = labelBox(t, fontSize);
    const clash =
      a < -1 ||
      b > scale.width + 1 ||
      kept.some(([c, d]) => a < d + LABEL_GAP && b > c - LABEL_GAP);
    if (clash) t.label = null;
    else kept.push([a, b]);
  }
  return ticks;
}

/**
 * Captions naming each stretch; compressed ones say so ("89× compressed"), in the longest
 * wording that fits.
 */
export function segmentCaptions(scale: TimeScale, fontSize = TICK_FONT): SegmentCaption[] {
  const focus = scale.segments.find((s) => s.kind === 'focus');
  return scale.segments.map((s) => {
    const range = formatDayRange(Math.ceil(s.start), Math.ceil(s.end) - 1);
    const compression = focus ? Math.round(focus.pxPerDay / s.pxPerDay) : 1;
    const wordings =
      s.kind === 'context'
        ? [`${range} · ${compression}× compressed`, `${compression}× compressed`, 'compressed']
        : // A focus, or a linear axis: its dates, which the day ticks alone do not say.
          [range];
    const room = s.x1 - s.x0 - 8;
    const text =
      wordings.find((w) => tickLabelWidth(w, fontSize, s.kind !== 'context') <= room) ?? null;
    return { kind: s.kind, x0: s.x0, x1: s.x1, text, compression };
  });
}
