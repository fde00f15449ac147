import { memo } from 'react';
import { clusterPaint } from '../scene/mark-paint';
import type { TimelineClusterMark } from '../scene/timeline-scene';
import { paint } from './paint-style';
import { markKeyDown } from './mark-key-down';

export interface ClusterMarkProps {
  /** The count mark, from the scene. */
  mark: TimelineClusterMark;
  /** A click or Enter/Space opens it: the timeline zooms to its days. */
  onOpen: (mark: TimelineClusterMark) => void;
  /** Arrow keys and Home/End move focus along time with the events. */
  onNavigate: (id: string, key: string) => void;
  /** Holds the chart's one Tab stop (roving tabindex). */
  current: boolean;
  /** Focus landed here: the Tab stop moves with it. */
  onFocusMark: (id: string) => void;
}

/**
 * Events counted as one mark where they would pile up: a pill with their number and a second
 * outline behind it (a stack), words beside it. A button whose name reads the count, the days
 * and the first few events; opening it zooms the timeline to those days, where they are drawn
 * one by one.
 */
export const ClusterMark = memo(function ClusterMark(props: ClusterMarkProps) {
  const { mark, onOpen, onNavigate, current, onFocusMark } = props;
  const p = clusterPaint(mark, 'scene');
  const { box, count, label, hit } = mark;
  const r = box.height / 2;
  const onKeyDown = markKeyDown(mark.id, () => onOpen(mark), onNavigate);
  return (
    <g
      role="button"
      tabIndex={current ? 0 : -1}
      // A skip link or F6 lands here, past the toolbar: straight on the marks.
      data-focus-entry={current ? 'true' : undefined}
      onFocus={() => onFocusMark(mark.id)}
      className="tl-event tl-cluster"
      data-cluster={mark.id}
      data-count={mark.members.length}
      data-dimmed={mark.dimmed ? 'true' : undefined}
      aria-label={mark.ariaLabel}
      onClick={() => onOpen(mark)}
      onKeyDown={onKeyDown}
    >
      <rect className="tl-hit" x={hit.x} y={hit.y} width={hit.width} height={hit.height} rx={4} />
      <g className="tl-mark" style={{ opacity: p.opacity }}>
        <rect
          x={box.x + 3}
          y={box.y - 3}
          width={box.width}
          height={box.height}
          rx={r}
          style={{ fill: paint('background'), stroke: paint(p.stroke), strokeWidth: 1.5 }}
        />
        <rect
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={r}
          style={{ fill: paint(p.fill), stroke: paint(p.stroke), strokeWidth: 2 }}
        />
        <text
          x={count.x}
          y={count.y}
          textAnchor="middle"
          fontSize={count.fontSize}
          style={{ fill: paint(p.number), fontWeight: 700 }}
        >
          {count.text}
        </text>
      </g>
      <text
        className="tl-label"
        textAnchor={label.anchor}
        fontSize={label.fontSize}
        style={{ fill: paint(p.label) }}
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
