import type { Bundle } from '../../../bundle/bundle-schema';
import { BASIS_WORDS, entityName, resolvedDate, STATUS_WORDS } from '../../../model/describe-items';
import { formatPartialDate } from '../../../model/format-date';
import { asOfWords, type TimelineItem } from '../items/timeline-items';

/**
 * The events as a table, in time order: for screen readers, for print, and for anyone who wants
 * the article's words and the resolved dates side by side. `interactive` tables select through
 * the URL; the print copy is plain text.
 */
export function EventsTable(props: {
  bundle: Bundle;
  items: readonly TimelineItem[];
  asOf: string | null;
  selectedId: string | null;
  /** Events the current selection concerns (data-selected); null when nothing is selected. */
  related: ReadonlySet<string> | null;
  interactive: boolean;
  onSelect: (id: string) => void;
}) {
  const { bundle, items, asOf, selectedId, related, interactive, onSelect } = props;
  const names = (ids: readonly string[]) => ids.map((id) => entityName(bundle, id)).join(', ');
  return (
    <table className={interactive ? 'tl-table' : 'tl-table tl-table-print'}>
      <caption>
        Events in time order{asOf === null ? '' : `, as of ${formatPartialDate(asOf)}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">When, in the article’s words</th>
          <th scope="col">Resolved date</th>
          <th scope="col">Status</th>
          <th scope="col">Basis</th>
          <th scope="col">Place</th>
          <th scope="col">Participants</th>
          {asOf !== null && <th scope="col">As of the day</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const { event } = item;
          const selected = item.id === selectedId;
          return (
            <tr
              key={item.id}
              data-time={item.time}
              data-row-selected={selected ? 'true' : undefined}
            >
              <th scope="row">
                {interactive ? (
                  <button
                    type="button"
                    className="tl-table-button"
                    data-event={item.id}
                    data-selected={selected || related?.has(item.id) ? 'true' : undefined}
                    data-subject={selected ? 'true' : undefined}
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => onSelect(item.id)}
                  >
                    {event.label}
                  </button>
                ) : (
                  event.label
                )}
              </th>
              <td>{event.when.text}</td>
              <td className="tl-num">{resolvedDate(event.when)}</td>
              <td>{STATUS_WORDS[event.status]}</td>
              <td>{BASIS_WORDS[event.basis]}</td>
              <td>{event.place === undefined ? '—' : entityName(bundle, event.place)}</td>
              <td>{event.participants.length === 0 ? '—' : names(event.participants)}</td>
              {asOf !== null && <td>{asOfWords(item.time, asOf) ?? 'known'}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
