import type { ViewName } from '../view-state/view-state';

/** The least room a view needs to be read: below it, labels and controls would not fit. */
export const MIN_VIEW_SIZE: Readonly<Record<ViewName, { width: number; height: number }>> = {
  network: { width: 320, height: 280 },
  map: { width: 320, height: 260 },
  // A strip: wide and low, as DESIGN.md draws it under the other views.
  timeline: { width: 360, height: 220 },
};

/** The timeline strip takes this share of the height when it shares the pane. */
const STRIP_SHARE = 0.36;

/**
 * How the chosen views share their pane. `grid` gives CSS grid rows, columns and areas (one area
 * per view, named after it); `tabs` says there is no room for all of them at a readable size, so
 * they show one at a time behind tabs, and the UI says so instead of dropping one.
 */
export type ViewArrangement =
  | {
      kind: 'grid';
      columns: string;
      rows: string;
      areas: string[];
      /** A name for the arrangement, for styles and tests. */
      layout: string;
      /** Each view's box in px (what its minimum was checked against). */
      boxes: Partial<Record<ViewName, Box>>;
    }
  | { kind: 'tabs' };

export interface Box {
  width: number;
  height: number;
}

const fits = (name: ViewName, box: Box) =>
  box.width >= MIN_VIEW_SIZE[name].width && box.height >= MIN_VIEW_SIZE[name].height;

function stripRows(height: number): { top: number; strip: number } {
  const strip = Math.max(MIN_VIEW_SIZE.timeline.height, Math.round(height * STRIP_SHARE));
  return { top: height - strip, strip };
}

/**
 * Arranges 1–3 views in a pane of `box` pixels. Preference, best first: the timeline as a strip
 * across the bottom; the other views side by side when the pane is wider than tall, stacked
 * otherwise; and tabs only when no arrangement gives every view its minimum size. Pure: the same
 * views and box always give the same answer, which the workspace, tests and screenshots rely on.
 */
export function arrangeViews(views: readonly ViewName[], box: Box): ViewArrangement {
  if (views.length <= 1) {
    const only = views[0] ?? 'network';
    return {
      kind: 'grid',
      columns: '1fr',
      rows: '1fr',
      areas: [only],
      layout: 'single',
      boxes: { [only]: box },
    };
  }
  const strip = views.includes('timeline') ? 'timeline' : null;
  const others = views.filter((v) => v !== 'timeline');
  const candidates: {
    arrangement: Omit<ViewArrangement & { kind: 'grid' }, 'boxes'>;
    boxes: [ViewName, Box][];
  }[] = [];

  if (strip !== null) {
    const { top, strip: low } = stripRows(box.height);
    if (others.length === 1) {
      const [a] = others as [ViewName];
      candidates.push({
        arrangement: {
          kind: 'grid',
          columns: '1fr',
          rows: `minmax(0, 1fr) ${low}px`,
          areas: [a, 'timeline'],
          layout: 'strip',
        },
        boxes: [
          [a, { width: box.width, height: top }],
          ['timeline', { width: box.width, height: low }],
        ],
      });
    } else {
      const [a, b] = others as [ViewName, ViewName];
      const half = Math.floor((box.width - 1) / 2);
      candidates.push({
        arrangement: {
          kind: 'grid',
          columns: 'minmax(0, 1fr) minmax(0, 1fr)',
          rows: `minmax(0, 1fr) ${low}px`,
          areas: [`${a} ${b}`, 'timeline timeline'],
          layout: 'pair-over-strip',
        },
        boxes: [
          [a, { width: half, height: top }],
          [b, { width: half, height: top }],
          ['timeline', { width: box.width, height: low }],
        ],
      });
      const third = Math.floor(box.height / 3);
      candidates.push({
        arrangement: {
          kind: 'grid',
          columns: '1fr',
          rows: 'minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1fr)',
          areas: [a, b, 'timeline'],
          layout: 'stacked',
        },
        boxes: [
          [a, { width: box.width, height: third }],
          [b, { width: box.width, height: third }],
          ['timeline', { width: box.width, height: third }],
        ],
      });
    }
  } else {
    const [a, b] = others as [ViewName, ViewName];
    const half = Math.floor((box.width - 1) / 2);
    const sideBySide = {
      arrangement: {
        kind: 'grid' as const,
        columns: 'minmax(0, 1fr) minmax(0, 1fr)',
        rows: '1fr',
        areas: [`${a} ${b}`],
        layout: 'side-by-side',
      },
      boxes: [
        [a, { width: half, height: box.height }],
        [b, { width: half, height: box.height }],
      ] as [ViewName, Box][],
    };
    const halfHeight = Math.floor((box.height - 1) / 2);
    const stacked = {
      arrangement: {
        kind: 'grid' as const,
        columns: '1fr',
        rows: 'minmax(0, 1fr) minmax(0, 1fr)',
        areas: [a, b],
        layout: 'stacked',
      },
      boxes: [
        [a, { width: box.width, height: halfHeight }],
        [b, { width: box.width, height: halfHeight }],
      ] as [ViewName, Box][],
    };
    // A diagram reads best nearer square: split the long side.
    if (box.width >= box.height) candidates.push(sideBySide, stacked);
    else candidates.push(stacked, sideBySide);
  }

  const found = candidates.find((c) => c.boxes.every(([name, b]) => fits(name, b)));
  return found
    ? { ...found.arrangement, kind: 'grid', boxes: Object.fromEntries(found.boxes) }
    : { kind: 'tabs' };
}
