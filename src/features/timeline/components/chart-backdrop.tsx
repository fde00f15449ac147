import { hatchPath } from '../scene/hatch-path';
import type { RuleMark, TimelineScene } from '../scene/timeline-scene';

function Rule({
  rule,
  top,
  bottom,
  fontSize,
  kind,
}: {
  rule: RuleMark;
  top: number;
  bottom: number;
  fontSize: number;
  kind: 'posted' | 'asof';
}) {
  return (
    <>
      <line className={`tl-rule-${kind}`} x1={rule.x} x2={rule.x} y1={top} y2={bottom} />
      <text
        className={`tl-rule-label tl-rule-label-${kind}`}
        x={rule.labelX}
        y={rule.labelY}
        fontSize={fontSize}
        textAnchor={rule.anchor}
      >
        {rule.label}
      </text>
    </>
  );
}

/**
 * Behind the events, from the scene: the shaded "not yet" side of the "as of" rule, hatching on
 * compressed stretches, gridlines, seams, and the labelled rules for the posting time and the "as
 * of" day. Decorative (aria-hidden); the view says the same in words.
 */
export function ChartBackdrop({ scene }: { scene: TimelineScene }) {
  const { top, bottom } = scene.body;
  const { asOf, posted } = scene;
  const fontSize = scene.metrics.smallFont;
  return (
    <g className="tl-backdrop" aria-hidden="true">
      {asOf && (
        <rect
          className="tl-later"
          x={asOf.later.x0}
          y={top}
          width={Math.max(0, asOf.later.x1 - asOf.later.x0)}
          height={bottom - top}
        />
      )}
      {scene.compressed.map((c) => (
        <path key={`h${c.x0}`} className="tl-hatch" d={hatchPath(c.x0, c.x1, top, bottom)} />
      ))}
      {scene.ticks.map((t) => (
        <line
          key={`${t.unit}${t.day}`}
          className="tl-grid"
          x1={t.x}
          x2={t.x}
          y1={top}
          y2={bottom}
        />
      ))}
      {scene.seams.map((x) => (
        <line key={`s${x}`} className="tl-seam" x1={x} x2={x} y1={top} y2={bottom} />
      ))}
      <Rule rule={posted} top={top} bottom={bottom} fontSize={fontSize} kind="posted" />
      {asOf && <Rule rule={asOf} top={top} bottom={bottom} fontSize={fontSize} kind="asof" />}
    </g>
  );
}
