import { memo, type CSSProperties } from 'react';
import { hatchPath } from '../scene/hatch-path';
import { markPaint } from '../scene/mark-paint';
import type { TimelineEventMark } from '../scene/timeline-scene';
import { paint } from './paint-style';
import { markKeyDown } from './mark-key-down';

export interface EventMarkProps {
  /** The event's mark, words and flags, all from the scene. */
  mark: TimelineEventMark;
  onSelect: (id: string) => void;
  /** Arrow keys and Home/End move focus along time; the chart knows the order. */
  onNavigate: (id: string, key: string) => void;
  /** Holds the chart's one Tab stop (roving tabindex): the last focused, selected or first. */
  current: boolean;
  /** Focus landed here: the Tab stop moves with it. */
  onFocusMark: (id: string) => void;
}

/**
 * One event, drawn exactly where the scene put it: a point for a known day, a bar over every day
 * a month, a year or a range can mean; solid for what happened, dashed for planned, dotted for
 * expected (and the word in the label), a double outline when inferred. A button: a click or
 * Enter/Space selects it through the URL.
 */
export const EventMark = memo(function EventMark(props: EventMarkProps) {
  const { mark, onSelect, onNavigate, current, onFocusMark } = props;
  const p = markPaint(mark, 'scene');
  const { shape, label, hit } = mark;
  const onKeyDown = markKeyDown(mark.id, () => onSelect(mark.id), onNavigate);
  const line = {
    fill: paint(p.fill),
    stroke: paint(p.stroke),
    strokeWidth: p.strokeWidth,
    ...(p.dash ? { strokeDasharray: p.dash, strokeLinecap: 'round' as const } : {}),
  };
  const ring = (grow: number, style: CSSProperties, className?: string) =>
    shape.kind === 'point' ? (
      <circle className={className} cx={shape.cx} cy={shape.cy} r={shape.r + grow} style={style} />
    ) : (
      <rect
        className={className}
        x={shape.x - grow}
        y={shape.y - grow}
        width={shape.width + 2 * grow}
        height={shape.height + 2 * grow}
        rx={3 + grow}
        style={style}
      />
    );
  return (
    <g
      role="button"
      tabIndex={current ? 0 : -1}
      // A skip link or F6 lands here, past the toolbar: straight on the marks.
      data-focus-entry={current ? 'true' : undefined}
      onFocus={() => onFocusMark(mark.id)}
      className="tl-event"
      data-event={mark.id}
      data-selected={mark.selected ? 'true' : undefined}
      data-subject={mark.subject ? 'true' : undefined}
      data-dimmed={mark.dimmed ? 'true' : undefined}
      data-lit={mark.lit ? 'true' : undefined}
      data-status={mark.status}
      data-basis={mark.basis}
      data-time={mark.time}
      data-shape={shape.kind === 'point' ? 'point' : 'band'}
      aria-label={mark.ariaLabel}
      aria-current={mark.subject ? 'true' : undefined}
      onClick={() => onSelect(mark.id)}
      onKeyDown={onKeyDown}
    >
      {label.truncated && <title>{mark.text}</title>}
      <rect className="tl-hit" x={hit.x} y={hit.y} width={hit.width} height={hit.height} rx={4} />
      {p.highlight && (
        <rect
          className="tl-highlight"
          x={label.box.x - 2}
          y={label.box.y}
          width={label.box.width + 4}
          height={label.box.height}
          rx={3}
          style={{ fill: paint('evidence') }}
        />
      )}
      <g className="tl-mark" style={{ opacity: p.opacity }} data-mark-for={mark.id}>
        {p.doubleOutline &&
          ring(3.5, { fill: 'none', stroke: paint(p.stroke), strokeWidth: 1 }, 'tl-mark-outer')}
        {ring(p.glyph ? 2 : 0, line, 'tl-mark-shape')}
        {p.stripes && shape.kind === 'range' && (
          <path
            d={hatchPath(
              shape.x + 1,
              shape.x + shape.width - 1,
              shape.y + 1,
              shape.y + shape.height - 1,
              4,
            )}
            style={{ stroke: paint(p.stripes), strokeWidth: 2 }}
          />
        )}
        {p.glyph && shape.kind === 'point' && (
          <text
            className="tl-glyph"
            x={shape.cx}
            y={shape.cy + 3.5}
            textAnchor="middle"
            style={{ fill: paint('text') }}
          >
            {p.glyph}
          </text>
        )}
      </g>
      <text
        className="tl-label"
        data-label-for={mark.id}
        textAnchor={label.anchor}
        fontSize={label.fontSize}
        style={{
          fill: paint(p.label),
          fontWeight: p.bold ? 700 : undefined,
          fontStyle: p.italic ? 'italic' : undefined,
          ...(p.highlight ? { stroke: 'none' } : {}),
        }}
      >
        {label.lines.map((text, i) => (
          <tspan key={i} x={label.x} y={label.y + i * label.lineHeight}>
            {text}
          </tspan>
        ))}
      </text>
    </g>
  );
});
