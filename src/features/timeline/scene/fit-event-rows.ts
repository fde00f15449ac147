import { measureText } from '../../../lib/text-measure';
import { assignRows } from './assign-rows';
import type { TimeScale } from '../scale/time-scale';
import {
  placeEventLabels,
  type LabelInput,
  type PlaceOptions,
  type PlacedLabel,
} from './place-event-labels';

/** Events placed along x and stacked in rows, before the rows are spread to fill the pane. */
export interface FittedRows {
  placed: PlacedLabel[];
  /** Each event's row, in input order. */
  rowOf: number[];
  /** Each row's height: its tallest label, never under `rowMin`. */
  rowHeights: number[];
  /** The line width the labels were given. */
  maxWidth: number;
}

export interface FitOptions {
  plotWidth: number;
  /** Height the rows may take before the pane scrolls. */
  available: number;
  rowMin: number;
  /** Above and below a row's words. */
  rowPad: number;
  lineHeight: number;
  /** Clearance between footprints sharing a row. */
  packGap: number;
}

/**
 * The roomiest labels whose rows still fit the height available: line widths from the widest
 * label's natural width down to 60 %, 50 %, 40 % and 30 % of the plot (never under `minWrap`),
 * each packed first-fit in time order; the first that fits with no words cut wins, else the one
 * with fewest cut labels, then the shortest stack (a short strip scrolls; a cut label hides what
 * it says). Depends on the dates, the words and the size only, never on the "as
 * of" day or the selection: scrubbing and selecting move nothing.
 */
export function fitEventRows(
  items: readonly LabelInput[],
  scale: TimeScale,
  place: Omit<PlaceOptions, 'maxWidth'>,
  fit: FitOptions,
): FittedRows {
  const natural = items.map((i) => measureText(i.text, { size: place.fontSize, weight: 'bold' }));
  const widest = Math.max(place.minWrap, ...natural);
  const widths = [widest, ...[0.6, 0.5, 0.4, 0.3].map((f) => f * fit.plotWidth)]
    .map((w) => Math.max(place.minWrap, Math.min(widest, w)))
    .filter((w, i, all) => all.indexOf(w) === i);
  // Cut words cost more than height: a short strip scrolls, a cut label hides what it says.
  let best: { fitted: FittedRows; cost: number } | null = null;
  for (const maxWidth of widths) {
    const placed = placeEventLabels(items, scale, { ...place, maxWidth });
    const { rows, rowCount } = assignRows(
      // A count mark has no words on a slide's context but keeps its own room: its number must
      // read, so only plain wordless marks may overlap one another.
      placed.map((p, i) => ({
        x0: p.x0,
        x1: p.x1,
        bare: items[i]?.bare === true && items[i]?.minMark === undefined,
      })),
      fit.packGap,
    );
    const rowHeights = Array.from({ length: rowCount }, () => fit.rowMin);
    placed.forEach((p, i) => {
      const row = rows[i] ?? 0;
      const need = Math.max(1, p.lines.length) * fit.lineHeight + 2 * fit.rowPad;
      rowHeights[row] = Math.max(rowHeights[row] ?? fit.rowMin, need);
    });
    const total = rowHeights.reduce((a, b) => a + b, 0);
    const cut = placed.filter((p) => p.truncated).length;
    const fitted = { placed, rowOf: rows, rowHeights, maxWidth };
    if (total <= fit.available && cut === 0) return fitted;
    const cost = cut * 1e9 + total;
    if (best === null || cost < best.cost) best = { fitted, cost };
  }
  return best?.fitted ?? { placed: [], rowOf: [], rowHeights: [], maxWidth: widest };
}
