import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import { indexBundle } from '../../../model/bundle-index';
import { describeLeg, describeWhen } from '../../../model/describe-items';
import { evidenceText } from '../../../model/evidence-text';
import { orderedLegs, type OrderedLeg } from '../geo/leg-order';
import { legBasisWords } from '../geo/leg-style';
import { travellerClass } from './leg-mark';
import '../../../ui/data-table.css';

/**
 * Past this many legs the table draws only the rows in its box (and a few either side), as the
 * timeline's events table does, so a story of thousands of legs shows its itinerary at once; at
 * or below it every row is drawn, as before.
 */
export const ITINERARY_VIRTUAL_MIN_ROWS = 200;
/** A row's height before it is measured: one line and its padding. */
const ROW_ESTIMATE = 29;
const COLUMNS = 6;

interface Props {
  bundle: Bundle;
  selectedLeg: string | null;
  /** Legs the current selection concerns (data-selected); null when nothing is selected. */
  related: ReadonlySet<string> | null;
  drawn: ReadonlySet<string>;
  onSelect: (legId: string) => void;
}

const EXCERPT = 160;

/** Cuts a quotation at a word boundary, marking the cut. */
function excerpt(text: string): string {
  if (text.length <= EXCERPT) return text;
  const cut = text.lastIndexOf(' ', EXCERPT);
  return `${text.slice(0, cut > 0 ? cut : EXCERPT)} …`;
}

/**
 * The map as a list: every leg in order, with who, where, when (in the article's words), how
 * sure, and the passage it rests on. The route cell selects the leg, as a click on the map does.
 * A long itinerary is virtual (@tanstack/react-virtual): spacer rows stand for the rows not
 * drawn, `aria-rowcount` and `aria-rowindex` give every drawn row its place in the whole, and
 * the arrow keys, Page Up/Down, Home and End move between legs, drawing the row they reach.
 */
export function ItineraryTable(props: Props) {
  const legs = useMemo(() => orderedLegs(props.bundle), [props.bundle]);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const virtual = box !== null && legs.length > ITINERARY_VIRTUAL_MIN_ROWS;
  return (
    <div className="map-itinerary" ref={setBox}>
      <table className="data-table" aria-rowcount={virtual ? legs.length + 1 : undefined}>
        <caption>
          Itinerary: every journey in the article, leg by leg
          {virtual ? ` (${legs.length.toLocaleString('en')} legs)` : ''}
        </caption>
        <thead>
          <tr aria-rowindex={virtual ? 1 : undefined}>
            <th scope="col">Traveller</th>
            <th scope="col">Leg</th>
            <th scope="col">From → to</th>
            <th scope="col">Date</th>
            <th scope="col">Basis</th>
            <th scope="col">Passage</th>
          </tr>
        </thead>
        {virtual ? (
          <VirtualRows {...props} legs={legs} scrollElement={box} />
        ) : (
          <tbody>
            {legs.map((o, i) => (
              <LegRow key={o.id} {...props} leg={o} index={i} rowIndex={undefined} />
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}

function VirtualRows(
  props: Props & { legs: readonly OrderedLeg[]; scrollElement: HTMLDivElement },
) {
  const { legs, selectedLeg, scrollElement } = props;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: legs.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => legs[i]?.id ?? i,
    overscan: 8,
  });
  const body = useRef<HTMLTableSectionElement>(null);
  // A keyboard move to a row not drawn yet: focus it once it is.
  const pending = useRef<number | null>(null);
  const rows = virtualizer.getVirtualItems();
  const buttonAt = useCallback(
    (index: number) =>
      body.current?.querySelector<HTMLButtonElement>(
        `[data-leg="${CSS.escape(legs[index]?.id ?? '')}"]`,
      ) ?? null,
    [legs],
  );
  useEffect(() => {
    const index = pending.current;
    if (index === null) return;
    const button = buttonAt(index);
    if (!button) return;
    pending.current = null;
    button.focus();
  });
  // The selected leg's row is in view when the table opens, and when the selection changes.
  const selectedIndex = selectedLeg === null ? -1 : legs.findIndex((l) => l.id === selectedLeg);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
  }, [selectedIndex, virtualizer]);

  const onKey = useCallback(
    (from: number, event: KeyboardEvent<HTMLButtonElement>) => {
      const page = Math.max(1, Math.floor(scrollElement.clientHeight / ROW_ESTIMATE) - 1);
      const moves: Record<string, number> = {
        ArrowDown: from + 1,
        ArrowUp: from - 1,
        PageDown: from + page,
        PageUp: from - page,
        Home: 0,
        End: legs.length - 1,
      };
      const to = moves[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const index = Math.max(0, Math.min(legs.length - 1, to));
      pending.current = index;
      virtualizer.scrollToIndex(index, { align: 'auto' });
      buttonAt(index)?.focus();
    },
    [legs, scrollElement, virtualizer, buttonAt],
  );

  const before = rows[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (rows[rows.length - 1]?.end ?? 0);
  return (
    <tbody ref={body}>
      {before > 0 && (
        <tr aria-hidden="true" className="map-itinerary-spacer" style={{ height: before }}>
          <td colSpan={COLUMNS} />
        </tr>
      )}
      {rows.map((row) => {
        const leg = legs[row.index];
        return leg ? (
          <LegRow
            key={row.key}
            {...props}
            leg={leg}
            index={row.index}
            rowIndex={row.index + 2}
            measure={virtualizer.measureElement}
            onKey={onKey}
          />
        ) : null;
      })}
      {after > 0 && (
        <tr aria-hidden="true" className="map-itinerary-spacer" style={{ height: after }}>
          <td colSpan={COLUMNS} />
        </tr>
      )}
    </tbody>
  );
}

function LegRow(
  props: Props & {
    leg: OrderedLeg;
    index: number;
    rowIndex: number | undefined;
    measure?: (row: HTMLTableRowElement | null) => void;
    /** Moves between legs in a virtual table (arrows, Page Up/Down, Home, End). */
    onKey?: (index: number, event: KeyboardEvent<HTMLButtonElement>) => void;
  },
) {
  const { bundle, leg: o, selectedLeg, related, drawn, onSelect } = props;
  const { measure, rowIndex, index, onKey } = props;
  const bundleIndex = indexBundle(bundle);
  const indexed = bundleIndex.legs.get(o.id);
  if (!indexed) return null;
  const name = (id: string) => bundleIndex.entities.get(id)?.name ?? id;
  const { leg } = indexed;
  const selected = selectedLeg === leg.id;
  const quote = evidenceText(bundle.article.text, leg.evidence);
  return (
    <tr
      ref={measure}
      data-index={rowIndex === undefined ? undefined : index}
      aria-rowindex={rowIndex}
      className={selected ? 'is-selected' : undefined}
    >
      <td>
        <span
          className={`map-itinerary-key ${travellerClass(o.travelerIndex)}`}
          aria-hidden="true"
        />
        {name(o.traveler)}
      </td>
      <td className="map-itinerary-number">
        {o.number} of {o.of}
      </td>
      <td>
        <button
          type="button"
          className="data-table-link"
          data-leg={leg.id}
          data-selected={selected || related?.has(leg.id) ? 'true' : undefined}
          aria-label={describeLeg(bundle, indexed)}
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelect(leg.id)}
          onKeyDown={onKey && ((event) => onKey(index, event))}
        >
          {name(leg.from)} → {name(leg.to)}
        </button>
        {!drawn.has(leg.id) && <span className="map-itinerary-note"> (not on the map)</span>}
      </td>
      <td>{leg.when ? describeWhen(leg.when) : 'not given'}</td>
      <td>{legBasisWords(leg)}</td>
      <td className="map-itinerary-quote">{quote ? `“${excerpt(quote)}”` : '—'}</td>
    </tr>
  );
}
