import { useEffect, useRef } from 'react';
import type { SelectionFocus } from '../../../model/selection-focus';

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

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The places of a count in reading order: by name, numbers in number order ("Berth 2" < "Berth 10"). */
export function sortListedPlaces(places: readonly ListedPlace[]): ListedPlace[] {
  return [...places].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/**
 * The places of a count opened at the deepest zoom, where they cannot come further apart: a
 * panel over the map listing every one as a button that selects it (as a click on its dot
 * would), marked data-selected when the selection concerns it. It takes the focus when it
 * opens; the arrow keys, Home and End move through it; Escape or the close button fold it away.
 */
export function ClusterPlacesList({ places, focus, onSelect, onClose }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  // A listener, since the panel is a dialog, not a control: Escape anywhere in it closes it
  // (and is not passed on, so it does not also clear the selection); the arrows walk the list.
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onClose();
        return;
      }
      const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
      const from = buttons.findIndex((b) => b === document.activeElement);
      if (from < 0) return;
      const to =
        event.key === 'ArrowDown'
          ? from + 1
          : event.key === 'ArrowUp'
            ? from - 1
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? buttons.length - 1
                : null;
      if (to === null) return;
      event.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
  const label = `${places.length.toLocaleString('en')} places at this spot`;
  return (
    <div
      className="key-overlay map-cluster-list"
      role="dialog"
      aria-label={label}
      data-layout-control="count list"
      ref={panel}
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
      <ul ref={list}>
        {places.map((p) => {
          const subject = focus?.selected.has(p.id) ?? false;
          const selected =
            subject || (focus !== null && (focus.places.has(p.id) || focus.entities.has(p.id)));
          return (
            <li key={p.id}>
              <button
                type="button"
                className="map-cluster-list-place"
                data-entity={p.id}
                data-selected={selected ? 'true' : undefined}
                data-subject={subject ? 'true' : undefined}
                aria-current={subject ? 'true' : undefined}
                onClick={() => onSelect(p.id)}
              >
                {p.name}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
