import type { KeyboardEvent } from 'react';
import type { EventLayout } from '../layout/layout-events';
import { eventAccessibleName, type TimelineItem } from '../items/timeline-items';
import { PAD_X } from '../layout/timeline-metrics';

export interface EventMarkProps {
  item: TimelineItem;
  layout: EventLayout;
  top: number;
  height: number;
  asOf: string | null;
  selected: boolean;
  /** The selection concerns this event (a participant is selected, or the event itself). */
  concerned: boolean;
  /** Something else is selected and this event has no part in it. */
  dimmed: boolean;
  /** Drawn from the passage hovered in the text. */
  lit: boolean;
  onSelect: (id: string) => void;
  /** Arrow keys and Home/End move focus along time; the view knows the order. */
  onNavigate: (id: string, key: string) => void;
}

/**
 * One event: a point for a known day, a band over every day a month, a year or a range can mean;
 * solid for what happened, dashed for planned, dotted for expected (and the word in the label).
 * A button: clicking or Enter/Space selects it through the URL.
 */
export function EventMark(props: EventMarkProps) {
  const { item, layout, top, height, asOf, selected, concerned, dimmed, lit } = props;
  const { onSelect, onNavigate } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(item.id);
    } else if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      onNavigate(item.id, event.key);
    }
  };
  return (
    <div
      role="button"
      tabIndex={0}
      className="tl-event"
      data-event={item.id}
      data-selected={selected || concerned ? 'true' : undefined}
      data-subject={selected ? 'true' : undefined}
      data-dimmed={dimmed ? 'true' : undefined}
      data-lit={lit ? 'true' : undefined}
      data-status={item.event.status}
      data-time={item.time}
      data-shape={layout.isPoint ? 'point' : 'band'}
      aria-label={eventAccessibleName(item, asOf)}
      aria-current={selected ? 'true' : undefined}
      title={layout.truncated ? item.label : undefined}
      style={{ left: PAD_X + layout.x0, top, width: layout.x1 - layout.x0, height }}
      onClick={() => onSelect(item.id)}
      onKeyDown={onKeyDown}
    >
      <span
        className="tl-mark"
        style={{ left: layout.markX0 - layout.x0, width: layout.markX1 - layout.markX0 }}
      >
        {item.time === 'uncertain' ? '?' : null}
      </span>
      <span
        className="tl-label"
        style={{ left: layout.labelX0 - layout.x0, width: layout.labelX1 - layout.labelX0 }}
      >
        {item.label}
      </span>
    </div>
  );
}
