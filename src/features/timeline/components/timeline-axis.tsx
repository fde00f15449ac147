import type { AxisTick, SegmentCaption } from '../scale/axis-ticks';
import { PAD_X } from '../layout/timeline-metrics';

export const AXIS_H = 36;

/**
 * The date ruler: a caption per stretch ("5–9 Oct 2018", "89× compressed"), tick labels, and
 * break marks where the rate changes. Decorative for assistive technology: the view states the
 * axis in words beside it.
 */
export function TimelineAxis(props: {
  width: number;
  ticks: readonly AxisTick[];
  captions: readonly SegmentCaption[];
  hatchId: string;
}) {
  const { width, ticks, captions, hatchId } = props;
  return (
    <svg className="tl-axis" width={width} height={AXIS_H} aria-hidden="true">
      <g transform={`translate(${PAD_X},0)`}>
        {captions.map((c) =>
          c.kind === 'context' ? (
            <rect
              key={`h${c.x0}`}
              x={c.x0}
              y={0}
              width={c.x1 - c.x0}
              height={AXIS_H}
              fill={`url(#${hatchId})`}
            />
          ) : null,
        )}
        {captions.map((c) =>
          c.text === null ? null : (
            <text
              key={`c${c.x0}`}
              className={c.kind === 'focus' ? 'tl-caption tl-caption-focus' : 'tl-caption'}
              x={(c.x0 + c.x1) / 2}
              y={12}
              textAnchor="middle"
            >
              {c.text}
            </text>
          ),
        )}
        {ticks.map((t) => (
          <g key={`${t.unit}${t.day}`}>
            <line className="tl-tick" x1={t.x} x2={t.x} y1={AXIS_H - 6} y2={AXIS_H} />
            {t.label !== null && (
              <text
                className={t.unit === 'day' ? 'tl-tick-label tl-tick-day' : 'tl-tick-label'}
                x={t.labelX}
                y={AXIS_H - 10}
                textAnchor={t.anchor}
              >
                {t.label}
              </text>
            )}
          </g>
        ))}
        <line
          className="tl-baseline"
          x1={0}
          x2={width - 2 * PAD_X}
          y1={AXIS_H - 0.5}
          y2={AXIS_H - 0.5}
        />
        {captions.slice(1).map((c) => (
          // A break mark: two slanted strokes where the axis changes rate.
          <g key={`b${c.x0}`}>
            <rect className="tl-break-gap" x={c.x0 - 4} y={AXIS_H - 3} width={7} height={3} />
            <path
              className="tl-break"
              d={`M${c.x0 - 5},${AXIS_H} l3,-8 M${c.x0 + 1},${AXIS_H} l3,-8`}
            />
          </g>
        ))}
      </g>
    </svg>
  );
}
