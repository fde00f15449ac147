import { hatchPath } from '../scene/hatch-path';
import type { TimelineScene } from '../scene/timeline-scene';

/**
 * The date ruler, from the scene: a caption per stretch ("5–9 Oct 2018", "69× compressed"), tick
 * labels, hatching over compressed stretches, and break marks where the rate changes.
 * Decorative for assistive technology: the view states the axis in words beside it.
 */
export function TimelineAxis({ scene }: { scene: TimelineScene }) {
  const { axisHeight: h, smallFont: s } = scene.metrics;
  return (
    <svg
      className="tl-axis"
      width={scene.width}
      height={h}
      viewBox={`0 0 ${scene.width} ${h}`}
      aria-hidden="true"
    >
      {scene.compressed.map((c) => (
        <path key={`h${c.x0}`} className="tl-hatch" d={hatchPath(c.x0, c.x1, 0, h)} />
      ))}
      {scene.captions.map((c) =>
        c.text === null ? null : (
          <text
            key={`c${c.x0}`}
            className={c.kind === 'context' ? 'tl-caption' : 'tl-caption tl-caption-focus'}
            x={(c.x0 + c.x1) / 2}
            y={s + 1}
            fontSize={s}
            textAnchor="middle"
          >
            {c.text}
          </text>
        ),
      )}
      {scene.ticks.map((t) => (
        <g key={`${t.unit}${t.day}`}>
          <line className="tl-tick" x1={t.x} x2={t.x} y1={h - 6} y2={h} />
          {t.label !== null && (
            <text
              className={t.unit === 'day' ? 'tl-tick-label tl-tick-day' : 'tl-tick-label'}
              x={t.labelX}
              y={h - 10}
              fontSize={s}
              textAnchor={t.anchor}
            >
              {t.label}
            </text>
          )}
        </g>
      ))}
      <line
        className="tl-baseline"
        x1={scene.plotX}
        x2={scene.plotX + scene.scale.width}
        y1={h - 0.5}
        y2={h - 0.5}
      />
      {scene.seams.map((x) => (
        // A break mark: two slanted strokes where the axis changes rate.
        <g key={`b${x}`}>
          <rect className="tl-break-gap" x={x - 4} y={h - 3} width={7} height={3} />
          <path className="tl-break" d={`M${x - 5},${h} l3,-8 M${x + 1},${h} l3,-8`} />
        </g>
      ))}
    </svg>
  );
}
