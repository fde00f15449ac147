import { formatPublished } from '../../../model/format-date';
import { formatDayRange } from '../scale/format-day-range';
import type { TimeScaleData } from '../scale/time-scale';

/**
 * The axis in words, for screen readers and as a picture's description: "Time runs left to
 * right. 5–9 Oct 2018 is drawn wide; 1 Jun – 4 Oct 2018 and 10 Oct 2018 – 31 Dec 2019 are
 * compressed. The article was posted 8 Oct 2018, 17:06 UTC+09:00."
 */
export function describeTimeAxis(scale: TimeScaleData, published: string): string {
  const compressed = scale.segments.filter((s) => s.kind === 'context');
  const focus = scale.segments.find((s) => s.kind === 'focus');
  const rangeOf = (s: { start: number; end: number }) => formatDayRange(s.start, s.end - 1);
  const axis = focus
    ? `Time runs left to right. ${rangeOf(focus)} is drawn wide; ${compressed
        .map(rangeOf)
        .join(' and ')} ${compressed.length > 1 ? 'are' : 'is'} compressed.`
    : `Time runs left to right, from ${rangeOf({ start: scale.domain[0], end: scale.domain[1] })}.`;
  return `${axis} The article was posted ${formatPublished(published)}.`;
}
