import { useVirtualizer } from '@tanstack/react-virtual';
import { useKeptRowRange } from '../../../ui/use-kept-row-range';
import { useEffect, useRef, useState } from 'react';
import type { SelectionFocus } from '../../../model/selection-focus';
import { listStep } from '../geo/list-step';

/** A place listed under a count that cannot split. */
export interface ListedPlace {
  id: string;
  name: string;
}

interface Props {
  /** The count's places, in the order shown. */
  places: readonly ListedPlace[];
  /** What the selection concerns (data-selected), or null with nothing selected. */
  focus: SelectionFocus | null;
  onSelect: (id: string) => void;
  /** Closes the list (the close button, Escape). */
  onClose: () => void;
}

/**
 * Past this many places the list draws only the rows in its box (and a few either side), as
 * the itinerary and the events table do: a count of thousands of places at one spot opens at
 * once instead of building thousands of buttons. At or below it every row is drawn.
 */
export const CLUSTER_LIST_VIRTUAL_MIN = 200;
/** A row's height before it is measured: one line of a place's name and its padding. */
const ROW_ESTIMATE = 30;

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The places of a count in reading order: by name, numbers in number order ("Berth 2" < "Berth 10"). */
export function sortListedPlaces(places: readonly ListedPlace[]): ListedPlace[] {
  return [...places].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/**
 * The places of a count opened at the deepest zoom, where they cannot come further apart: a
 * panel over the map listing every one as a button that selects it (as a click on its dot
 * would), marked data-selected when the selection concerns it. It takes the focus when it
 * opens; the list is one Tab stop whose arrow keys, Page Up/Down, Home and End move through it;
 * Escape or the close button fold it away. A long list is virtual (@tanstack/react-virtual):
 * the row holding the focus is always drawn, a move scrolls the row it reaches into the box
 * first, and each row says its place in the whole (aria-posinset / aria-setsize).
 */
export function ClusterPlacesList({ places, focus, onSelect, onClose }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const [panel, setPanel] = useState<HTMLDivElement | null>(null);
  const [active, setActive] = useState(0);
  // Set by a key: once the row it reached is drawn, it takes the focus.
  const moved = useRef(true);
  const virtual = places.length > CLUSTER_LIST_VIRTUAL_MIN;
  const count = places.length;

  const rangeExtractor = useKeptRowRange(active);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: virtual ? count : 0,
    getScrollElement: () => panel,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => places[i]?.id ?? i,
    overscan: 8,
    rangeExtractor,
    // The rows start below the panel's head and note, inside the panel that scrolls.
    scrollMargin: list.current?.offsetTop ?? 0,
  });

  useEffect(() => {
    if (!moved.current) return;
    const button = list.current?.querySelector<HTMLButtonElement>(
      `[data-index="${active}"] button`,
    );
    if (!button) return;
    moved.current = false;
    button.focus();
  });

  // A listener, since the panel is a dialog, not a control: Escape anywhere in it closes it
  // (and is not passed on, so it does not also clear the selection); the keys walk the list.
  useEffect(() => {
    if (!panel) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onClose();
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (!list.current?.contains(document.activeElement)) return;
      const to = listStep(event.key, active, count);
      if (to === null) return;
      event.preventDefault();
      moved.current = true;
      if (virtual) virtualizer.scrollToIndex(to, { align: 'auto' });
      setActive(to);
    };
    panel.addEventListener('keydown', onKeyDown);
    return () => panel.removeEventListener('keydown', onKeyDown);
  }, [panel, onClose, active, count, virtual, virtualizer]);

  const row = (index: number) => {
    const p = places[index];
    if (!p) return null;
    const subject = focus?.selected.has(p.id) ?? false;
    const selected =
      subject || (focus !== null && (focus.places.has(p.id) || focus.entities.has(p.id)));
    return (
      <button
        type="button"
        className="map-cluster-list-place"
        tabIndex={index === active ? 0 : -1}
        data-entity={p.id}
        data-selected={selected ? 'true' : undefined}
        data-subject={subject ? 'true' : undefined}
        aria-current={subject ? 'true' : undefined}
        onFocus={() => setActive(index)}
        onClick={() => onSelect(p.id)}
      >
        {p.name}
      </button>
    );
  };
  const label = `${count.toLocaleString('en')} places at this spot`;
  const margin = virtualizer.options.scrollMargin;
  return (
    <div
      className="key-overlay map-cluster-list"
      role="dialog"
      aria-label={label}
      data-layout-control="count list"
      ref={setPanel}
    >
      <div className="key-overlay-head">
        <span className="key-overlay-title">{label}</span>
        <button
          type="button"
          className="key-overlay-close"
          aria-label="Close the list of places"
          title="Close (Esc)"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <p className="map-cluster-list-note">Too close to draw apart at the deepest zoom.</p>
      {virtual ? (
        <ul
          ref={list}
          className="map-cluster-list-virtual"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-posinset={item.index + 1}
              aria-setsize={count}
              style={{ top: item.start - margin }}
            >
              {row(item.index)}
            </li>
          ))}
        </ul>
      ) : (
        <ul ref={list}>
          {places.map((p, i) => (
            <li key={p.id} data-index={i}>
              {row(i)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
