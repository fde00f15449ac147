import type { TimeScale } from '../scale/time-scale';
import { assignRows } from './assign-rows';

/** What the layout needs of an event: its days and the natural width of its label. */
export interface LayoutInput {
  id: string;
  /** Inclusive day numbers; first === last draws a point. */
  first: number;
  last: number;
  labelWidth: number;
}

/** Where one event goes: its mark, its label and the row both sit on (px, plot coordinates). */
export interface EventLayout {
  id: string;
  row: number;
  isPoint: boolean;
  markX0: number;
  markX1: number;
  labelX0: number;
  labelX1: number;
  /** The label was given less room than it needs and is cut with an ellipsis. */
  truncated: boolean;
  /** The whole footprint: mark and label together. */
  x0: number;
  x1: number;
}

export interface LayoutOptions {
  width: number;
  maxLabelWidth: number;
  markRadius?: number;
  gap?: number;
  /** Narrowest a band is drawn, so a single-day range is still visible. */
  minBand?: number;
}

/**
 * Places each label inside its band when the band is wide enough, else beside its mark (right,
 * or left where it would leave the plot), and stacks events in rows so no two footprints meet.
 */
export function layoutEvents(
  items: readonly LayoutInput[],
  scale: TimeScale,
  options: LayoutOptions,
): { events: EventLayout[]; rowCount: number } {
  const { width, maxLabelWidth } = options;
  const r = options.markRadius ?? 6;
  const gap = options.gap ?? 6;
  const minBand = options.minBand ?? 6;

  const placed = items.map((item) => {
    const isPoint = item.first === item.last;
    let markX0: number;
    let markX1: number;
    if (isPoint) {
      const cx = scale.x(item.first + 0.5);
      [markX0, markX1] = [cx - r, cx + r];
    } else {
      markX0 = scale.x(item.first);
      markX1 = Math.max(scale.x(item.last + 1), markX0 + minBand);
    }
    const want = Math.min(item.labelWidth, maxLabelWidth);
    // A band wide enough holds its own label; otherwise a label goes after the mark, else
    // before it, else wherever there is most room, cut short.
    const after = markX1 + gap;
    const before = markX0 - gap;
    const inside = isPoint ? 0 : markX1 - markX0 - 2 * gap;
    let labelX0: number;
    let w = want;
    if (inside >= want) labelX0 = markX0 + gap;
    else if (after + want <= width) labelX0 = after;
    else if (before - want >= 0) labelX0 = before - want;
    else {
      const room = Math.max(inside, width - after, before, 0);
      w = room;
      labelX0 = room === inside ? markX0 + gap : room === before ? 0 : after;
    }
    const labelX1 = labelX0 + w;
    return {
      id: item.id,
      isPoint,
      markX0,
      markX1,
      labelX0,
      labelX1,
      truncated: w + 0.5 < item.labelWidth,
      x0: Math.min(markX0, labelX0),
      x1: Math.max(markX1, labelX1),
    };
  });

  const { rows, rowCount } = assignRows(placed, gap + 4);
  return { events: placed.map((p, i) => ({ ...p, row: rows[i] ?? 0 })), rowCount };
}

/**
 * The roomiest labels that still fit the rows available: tries label widths from the natural
 * width down to a third of the plot and keeps the first layout with no more rows than fit; when
 * none fits (a short strip scrolls), the one with the fewest rows.
 */
export function layoutEventsToFit(
  items: readonly LayoutInput[],
  scale: TimeScale,
  options: { width: number; availableRows: number; minLabelWidth?: number },
): { events: EventLayout[]; rowCount: number; maxLabelWidth: number } {
  const floor = options.minLabelWidth ?? 160;
  const natural = Math.max(floor, ...items.map((i) => i.labelWidth));
  const widths = [natural, 0.5, 0.4, 0.3].map((w) =>
    w > 1 ? w : Math.max(floor, Math.min(natural, w * options.width)),
  );
  let best: ReturnType<typeof layoutEventsToFit> | null = null;
  for (const maxLabelWidth of widths) {
    const laid = {
      ...layoutEvents(items, scale, { width: options.width, maxLabelWidth }),
      maxLabelWidth,
    };
    if (laid.rowCount <= options.availableRows) return laid;
    if (best === null || laid.rowCount < best.rowCount) best = laid;
  }
  return best ?? { events: [], rowCount: 0, maxLabelWidth: floor };
}
