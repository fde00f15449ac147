import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import { BASIS_WORDS, entityName, resolvedDate, STATUS_WORDS } from '../../../model/describe-items';
import { formatPartialDate } from '../../../model/format-date';
import { asOfWords, type TimelineItem } from '../items/timeline-items';
import '../../../ui/data-table.css';

/**
 * Past this many events the on-screen table draws only the rows in its box (and a few either
 * side), so a story of thousands of events opens its table at once; at or below it every row
 * is drawn, as before.
 */
export const VIRTUAL_MIN_ROWS = 200;
/** A row's height before it is measured: one line and its padding. */
const ROW_ESTIMATE = 29;

interface Props {
  bundle: Bundle;
  items: readonly TimelineItem[];
  asOf: string | null;
  selectedId: string | null;
  /** Events the current selection concerns (data-selected); null when nothing is selected. */
  related: ReadonlySet<string> | null;
  interactive: boolean;
  onSelect: (id: string) => void;
  /** The box the table scrolls in: given, a long interactive table is drawn a window at a time. */
  scrollElement?: HTMLElement | null;
}

/**
 * The events as a table, in time order: for screen readers, for print, and for anyone who wants
 * the article's words and the resolved dates side by side. `interactive` tables select through
 * the URL; the print copy is plain text. A long interactive table is virtual
 * (@tanstack/react-virtual): spacer rows stand for the rows not drawn, `aria-rowcount` and
 * `aria-rowindex` give every drawn row its place in the whole, and the arrow keys, Page Up/Down,
 * Home and End move between events, drawing the row they reach.
 */
export function EventsTable(props: Props) {
  const { items, asOf, interactive, scrollElement } = props;
  const virtual = interactive && scrollElement != null && items.length > VIRTUAL_MIN_ROWS;
  const columns = asOf === null ? 7 : 8;
  return (
    <table
      className={interactive ? 'tl-table data-table' : 'tl-table data-table tl-table-print'}
      aria-rowcount={virtual ? items.length + 1 : undefined}
    >
      <caption>
        Events in time order{asOf === null ? '' : `, as of ${formatPartialDate(asOf)}`}
        {virtual ? ` (${items.length.toLocaleString('en')} events)` : ''}
      </caption>
      <thead>
        <tr aria-rowindex={virtual ? 1 : undefined}>
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
      {virtual ? (
        <VirtualRows {...props} scrollElement={scrollElement} columns={columns} />
      ) : (
        <tbody>
          {items.map((item, i) => (
            <EventRow key={item.id} {...props} item={item} index={i} rowIndex={undefined} />
          ))}
        </tbody>
      )}
    </table>
  );
}

function VirtualRows(props: Props & { scrollElement: HTMLElement; columns: number }) {
  const { items, selectedId, scrollElement, columns } = props;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build
  const virtualizer = useVirtualizer<HTMLElement, HTMLTableRowElement>({
    count: items.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => items[i]?.id ?? i,
    overscan: 8,
  });
  const body = useRef<HTMLTableSectionElement>(null);
  // A keyboard move to a row not drawn yet: focus it once it is.
  const pending = useRef<number | null>(null);
  const rows = virtualizer.getVirtualItems();
  useEffect(() => {
    const index = pending.current;
    if (index === null) return;
    const button = body.current?.querySelector<HTMLButtonElement>(
      `[data-event="${CSS.escape(items[index]?.id ?? '')}"]`,
    );
    if (!button) return;
    pending.current = null;
    button.focus();
  });
  // The selected event's row is in view when the table opens.
  const selectedIndex = selectedId === null ? -1 : items.findIndex((i) => i.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
    // Only on opening, and when the selection changes.
  }, [selectedIndex, virtualizer]);

  const onKeyDown = useCallback(
    (from: number, event: KeyboardEvent<HTMLButtonElement>) => {
      const page = Math.max(1, Math.floor(scrollElement.clientHeight / ROW_ESTIMATE) - 1);
      const to =
        event.key === 'ArrowDown'
          ? from + 1
          : event.key === 'ArrowUp'
            ? from - 1
            : event.key === 'PageDown'
              ? from + page
              : event.key === 'PageUp'
                ? from - page
                : event.key === 'Home'
                  ? 0
                  : event.key === 'End'
                    ? items.length - 1
                    : null;
      if (to === null) return;
      event.preventDefault();
      const index = Math.max(0, Math.min(items.length - 1, to));
      pending.current = index;
      virtualizer.scrollToIndex(index, { align: 'auto' });
      body.current
        ?.querySelector<HTMLButtonElement>(`[data-event="${CSS.escape(items[index]?.id ?? '')}"]`)
        ?.focus();
    },
    [items, scrollElement, virtualizer],
  );

  const before = rows[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (rows[rows.length - 1]?.end ?? 0);
  return (
    <tbody ref={body}>
      {before > 0 && (
        <tr aria-hidden="true" className="tl-table-spacer" style={{ height: before }}>
          <td colSpan={columns} />
        </tr>
      )}
      {rows.map((row) => {
        const item = items[row.index];
        return item ? (
          <EventRow
            key={row.key}
            {...props}
            item={item}
            index={row.index}
            rowIndex={row.index + 2}
            measure={virtualizer.measureElement}
            onKey={onKeyDown}
          />
        ) : null;
      })}
      {after > 0 && (
        <tr aria-hidden="true" className="tl-table-spacer" style={{ height: after }}>
          <td colSpan={columns} />
        </tr>
      )}
    </tbody>
  );
}

function EventRow(
  props: Props & {
    item: TimelineItem;
    index: number;
    rowIndex: number | undefined;
    measure?: (row: HTMLTableRowElement | null) => void;
    /** Moves between events in a virtual table (arrows, Page Up/Down, Home, End). */
    onKey?: (index: number, event: KeyboardEvent<HTMLButtonElement>) => void;
  },
) {
  const { bundle, item, asOf, selectedId, related, interactive, onSelect } = props;
  const { measure, rowIndex, index, onKey } = props;
  const names = (ids: readonly string[]) => ids.map((id) => entityName(bundle, id)).join(', ');
  const { event } = item;
  const selected = item.id === selectedId;
  return (
    <tr
      ref={measure}
      data-index={rowIndex === undefined ? undefined : index}
      aria-rowindex={rowIndex}
      data-time={item.time}
      data-row-selected={selected ? 'true' : undefined}
    >
      <th scope="row">
        {interactive ? (
          <button
            type="button"
            className="data-table-link"
            data-event={item.id}
            data-selected={selected || related?.has(item.id) ? 'true' : undefined}
            data-subject={selected ? 'true' : undefined}
            aria-current={selected ? 'true' : undefined}
            onClick={() => onSelect(item.id)}
            onKeyDown={onKey && ((event) => onKey(index, event))}
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
}
