import type { AxisTick, SegmentCaption } from '../scale/axis-ticks';
import type { TimeScale } from '../scale/time-scale';
import { sliderX } from '../scale/scrub-stops';
import { PAD_X } from '../layout/timeline-metrics';

/**
 * Behind the events: hatching on compressed stretches, gridlines, the shaded "not yet" side of
 * the "as of" rule, and the labelled rules for the posting time and the "as of" day. Decorative
 * (aria-hidden); the view says the same in words.
 */
export function ChartBackdrop(props: {
  width: number;
  height: number;
  scale: TimeScale;
  ticks: readonly AxisTick[];
  captions: readonly SegmentCaption[];
  hatchId: string;
  posted: { x: number; label: string };
  asOf: { day: number; label: string } | null;
}) {
  const { width, height, scale, ticks, captions, hatchId, posted, asOf } = props;
  const asOfX = asOf === null ? null : sliderX(scale, asOf.day);
  // Rule labels sit on the outer side of each rule so the two never run into each other.
  const asOfLeft = asOfX !== null && asOfX <= posted.x;
  const side = (x: number, left: boolean) =>
    left
      ? { x: Math.max(x - 4, 0), anchor: 'end' as const }
      : { x: Math.min(x + 4, scale.width), anchor: 'start' as const };
  const postedSide = side(posted.x, !asOfLeft && asOfX !== null);
  const asOfSide = asOfX === null ? null : side(asOfX, asOfLeft);
  return (
    <svg className="tl-backdrop" width={width} height={height} aria-hidden="true">
      <defs>
        <pattern
          id={hatchId}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line className="tl-hatch" x1={0} y1={0} x2={0} y2={6} />
        </pattern>
      </defs>
      <g transform={`translate(${PAD_X},0)`}>
        {captions.map((c) =>
          c.kind === 'context' ? (
            <rect
              key={c.x0}
              x={c.x0}
              y={0}
              width={c.x1 - c.x0}
              height={height}
              fill={`url(#${hatchId})`}
            />
          ) : null,
        )}
        {ticks.map((t) => (
          <line
            key={`${t.unit}${t.day}`}
            className="tl-grid"
            x1={t.x}
            x2={t.x}
            y1={0}
            y2={height}
          />
        ))}
        {captions.slice(1).map((c) => (
          <line key={`s${c.x0}`} className="tl-seam" x1={c.x0} x2={c.x0} y1={0} y2={height} />
        ))}
        {asOfX !== null && (
          <rect
            className="tl-later"
            x={asOfX}
            y={0}
            width={Math.max(0, scale.width - asOfX)}
            height={height}
          />
        )}
        <line className="tl-rule-posted" x1={posted.x} x2={posted.x} y1={0} y2={height} />
        <text className="tl-rule-label" x={postedSide.x} y={13} textAnchor={postedSide.anchor}>
          {posted.label}
        </text>
        {asOfX !== null && asOfSide !== null && asOf !== null && (
          <>
            <line className="tl-rule-asof" x1={asOfX} x2={asOfX} y1={0} y2={height} />
            <text
              className="tl-rule-label tl-rule-label-asof"
              x={asOfSide.x}
              y={13}
              textAnchor={asOfSide.anchor}
            >
              {asOf.label}
            </text>
          </>
        )}
      </g>
    </svg>
  );
}
