import { measureText } from '../../../lib/text-measure';
import { dayNumber } from '../../../model/day-number';
import { formatDay } from '../scale/format-day-range';
import { postedMoment } from '../scale/posted-moment';
import { sliderX } from '../scale/scrub-stops';
import type { TimeScale } from '../scale/time-scale';
import type { AsOfMark, RuleMark } from './timeline-scene';

/** "8 Oct": the year is on the ruler already. */
const dayWords = (day: number) => formatDay(day).replace(/ -?\d+$/, '');

export interface RuleOptions {
  plotX: number;
  /** Baseline of the first line of rule labels. */
  labelY: number;
  fontSize: number;
  /** Labels stay within [lo, hi] (scene x). */
  lo: number;
  hi: number;
}

/**
 * The posting rule ("Posted 8 Oct", at 17:06 in the article's own offset) and the "as of" rule at
 * the end of its day, with the stretch after it shaded. The posting label takes the first line,
 * the "as of" label the second, each on the outer side of its rule (away from the other) unless it
 * would leave the chart there. Two lines rather than a collision test: the rows then move only
 * when an "as of" day is switched on or off, never while it is scrubbed. `lines` says how many
 * lines the labels take.
 */
export function timelineRules(
  published: string,
  asOf: string | null,
  scale: TimeScale,
  o: RuleOptions,
): { posted: RuleMark; asOf: AsOfMark | null; lines: number } {
  const place = (x: number, text: string, left: boolean, labelY: number): RuleMark => {
    const w = measureText(text, { size: o.fontSize, weight: 'bold' });
    const fitsLeft = x - 4 - w >= o.lo;
    const fitsRight = x + 4 + w <= o.hi;
    const goLeft = left ? fitsLeft || !fitsRight : !fitsRight && fitsLeft;
    return goLeft
      ? { x, label: text, labelX: Math.max(x - 4, o.lo + w), anchor: 'end', labelY }
      : { x, label: text, labelX: Math.min(x + 4, o.hi - w), anchor: 'start', labelY };
  };
  const postedDay = dayNumber(published.slice(0, 10));
  const postedX = o.plotX + scale.x(postedMoment(published, postedDay));
  const postedText = `Posted ${dayWords(postedDay)}`;
  if (asOf === null)
    return { posted: place(postedX, postedText, false, o.labelY), asOf: null, lines: 1 };

  const asOfDay = dayNumber(asOf);
  const asOfX = o.plotX + sliderX(scale, asOfDay);
  const asOfLeft = asOfX <= postedX;
  const rule = place(asOfX, `As of ${dayWords(asOfDay)}`, asOfLeft, o.labelY + o.fontSize + 3);
  return {
    posted: place(postedX, postedText, !asOfLeft, o.labelY),
    asOf: { ...rule, day: asOf, later: { x0: asOfX, x1: o.plotX + scale.width } },
    lines: 2,
  };
}
