import type { Bundle } from '../../../bundle/bundle-schema';
import { dayNumber } from '../../../model/day-number';
import { selectionFocus, type SelectionFocus } from '../../../model/selection-focus';
import { sourceLine } from '../../../model/source-line';
import type { SceneOptions, SceneSize } from '../../../ui/view-module';
import type { ViewState } from '../../../view-state/view-state';
import { playSteps } from '../items/play-steps';
import {
  asOfCounts,
  eventAccessibleName,
  timelineItems,
  type TimelineItem,
} from '../items/timeline-items';
import { axisTicks, segmentCaptions } from '../scale/axis-ticks';
import type { DayWindow } from '../scale/dense-window';
import { scrubStops } from '../scale/scrub-stops';
import { buildTimeScale, timeScaleData, type TimeScale } from '../scale/time-scale';
import { describeTimeAxis } from './describe-time-axis';
import { fitEventRows, type FitOptions, type FittedRows } from './fit-event-rows';
import type { LabelInput, PlaceOptions, PlacedLabel } from './place-event-labels';
import {
  clusterAccessibleName,
  clusterLabelInput,
  clusterMark,
  countedEvents,
} from './cluster-marks';
import { timelineLegendEntries } from './timeline-legend-entries';
import { MIN_WIDTH, timelineMetrics } from './timeline-metrics';
import { timelineRules } from './timeline-rules';
import type { Box, TimelineClusterMark, TimelineEventMark, TimelineScene } from './timeline-scene';
import { formatDayRange } from '../scale/format-day-range';

/** Share of the width the frame gets when a slide frames its selection (the rest: context). */
const SELECTION_SHARE = 0.7;
/** Share of the width a zoom (a count mark opened) gives its days. */
const ZOOM_SHARE = 0.85;

/** The scene's options: the views' common ones, and the timeline's own zoom. */
export interface TimelineSceneOptions extends SceneOptions {
  /**
   * Days to draw across most of the width (a count mark opened, screen only), the rest of the
   * story compressed either side; null or absent: the whole story.
   */
  zoom?: DayWindow | null;
}

function resolveFocus(bundle: Bundle, state: ViewState): SelectionFocus | null {
  const result = selectionFocus(bundle, state.selection);
  return result.ok ? result.focus : null;
}

/** The days the selection's events can mean, or null when it concerns none. */
function selectionWindow(
  items: readonly TimelineItem[],
  concerned: ReadonlySet<string>,
): DayWindow | null {
  const mine = items.filter((i) => concerned.has(i.id));
  if (mine.length === 0) return null;
  return {
    start: Math.min(...mine.map((i) => i.first)),
    end: Math.max(...mine.map((i) => i.last)) + 1,
  };
}

// Wrapping and packing is the costly part (a few ms): keep the last few per bundle, so scrubbing
// "as of", hovering the text and selecting rebuild the scene without redoing it.
const fittedCache = new WeakMap<Bundle, Map<string, FittedRows>>();
function fittedRowsFor(
  bundle: Bundle,
  inputs: readonly LabelInput[],
  scale: TimeScale,
  o: { key: string; place: Omit<PlaceOptions, 'maxWidth'>; fit: FitOptions },
): FittedRows {
  let byKey = fittedCache.get(bundle);
  if (!byKey) fittedCache.set(bundle, (byKey = new Map()));
  const hit = byKey.get(o.key);
  if (hit) return hit;
  const fitted = fitEventRows(inputs, scale, o.place, o.fit);
  if (byKey.size >= 8) byKey.delete(byKey.keys().next().value ?? o.key);
  byKey.set(o.key, fitted);
  return fitted;
}

const union = (a: Box, b: Box, pad: number): Box => {
  const x = Math.min(a.x, b.x) - pad;
  const y = Math.min(a.y, b.y) - pad;
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) + pad - x,
    height: Math.max(a.y + a.height, b.y + b.height) + pad - y,
  };
};

/**
 * The timeline for a bundle, a state and a size, as plain data: the focus+context time scale
 * and its ruler, the compressed stretches, the posting and "as of" rules, and every event's mark
 * and measured, wrapped words on its row, each flagged for the selection. Pure and
 * deterministic (one text measure, one wrap, no clock): the screen, slides, the handout and the
 * downloads all draw this.
 *
 * Options (SceneOptions): `labelScale` multiplies every size (1.8 on a 1920×1080 slide: all
 * text ≥ 24 px in `presentation`); `mode: 'presentation'` sets the ruler at the labels' size,
 * ignores the hovered passage and leaves out the slider (pointer furniture; the writer then keeps
 * the context at ≥ 3:1); `frame: 'selection'` draws the days the selection's events can mean
 * across 70 % of the width, the rest of the story compressed either side as context (no
 * selection, or one with no events: the busy week, as always). `focus` saves recomputing the
 * selection's focus; `hover` lights the events drawn from a hovered passage.
 */
export function buildTimelineScene(
  bundle: Bundle,
  state: ViewState,
  size: SceneSize,
  options: TimelineSceneOptions = {},
): TimelineScene {
  const labelScale = options.labelScale ?? 1;
  const mode = options.mode ?? 'workspace';
  const frame = options.frame ?? 'all';
  const m = timelineMetrics(labelScale, mode);
  const k = labelScale > 0 ? labelScale : 1;
  const width = Math.max(size.width, MIN_WIDTH * k);
  const plotX = m.padX;
  const plotWidth = width - 2 * m.padX;

  const items = timelineItems(bundle, state.asOf);
  const postedDay = dayNumber(bundle.article.published.slice(0, 10));
  const resolved = options.focus ?? resolveFocus(bundle, state);
  const focus = state.selection !== null ? resolved : null;
  const hover = mode === 'workspace' ? (options.hover ?? null) : null;
  const frameWindow =
    frame === 'selection' && focus !== null ? selectionWindow(items, focus.events) : null;

  const zoom = options.zoom ?? null;
  const scale = buildTimeScale(items, [postedDay], {
    width: plotWidth,
    ...(zoom
      ? { focusWindow: zoom, focusShare: ZOOM_SHARE }
      : frameWindow
        ? { focusWindow: frameWindow, focusShare: SELECTION_SHARE }
        : {}),
  });
  const shift = <T extends { x: number }>(t: T): T => ({ ...t, x: t.x + plotX });
  const ticks = axisTicks(scale, m.smallFont).map((t) => ({
    ...shift(t),
    labelX: t.labelX + plotX,
  }));
  const captions = segmentCaptions(scale, m.smallFont).map((c) => ({
    ...c,
    x0: c.x0 + plotX,
    x1: c.x1 + plotX,
  }));

  const rules = timelineRules(bundle.article.published, state.asOf, scale, {
    plotX,
    labelY: m.headHeight + m.smallFont + 2,
    fontSize: m.smallFont,
    lo: 2,
    hi: width - 2,
  });
  const rowsTop = m.headHeight + rules.lines * (m.smallFont + 3) + 6 * k;
  const bottomPad = 8 * k;
  const available = size.height - rowsTop - bottomPad;
  const rowPad = 4 * k;
  // A slide framed on its selection names what lies in its frame or concerns it; events far
  // from both keep their marks (and their names in the picture's titles) but no words, so the
  // frame's rows fit a slide at a size a room can read.
  const bare = new Set(
    frameWindow !== null && focus !== null && mode === 'presentation'
      ? items
          .filter(
            (i) =>
              !focus.events.has(i.id) &&
              (i.last + 1 <= frameWindow.start || i.first >= frameWindow.end),
          )
          .map((i) => i.id)
      : [],
  );
  // Where events would pile up (a long story, a slide's wordless context) they are counted.
  const counted = countedEvents(items, scale, {
    cell: 32 * k,
    keep: focus?.events ?? new Set(),
    bare,
    zoom,
  });
  const itemById = new Map(items.map((i) => [i.id, i]));
  const single = new Set(counted.singles);
  const inputs: LabelInput[] = [
    ...items
      .filter((i) => single.has(i.id))
      .map((i) => ({
        id: i.id,
        first: i.first,
        last: i.last,
        text: i.label,
        bare: bare.has(i.id),
      })),
    ...counted.clusters.map((c) =>
      clusterLabelInput(c, {
        fontSize: m.labelFont,
        pad: 5 * k,
        bare: c.members.every((id) => bare.has(id)),
      }),
    ),
  ].sort((a, b) => a.first - b.first || a.last - b.last);
  const fitted = fittedRowsFor(bundle, inputs, scale, {
    key: `${width}|${available}|${k}|${mode}|${zoom?.start ?? ''}-${zoom?.end ?? ''}|${frameWindow?.start ?? ''}-${frameWindow?.end ?? ''}|${[...bare].join(',')}|${inputs.map((i) => i.id).join(',')}`,
    place: {
      lo: 4 - m.padX,
      hi: plotWidth + m.padX - 4,
      minWrap: 110 * k,
      // A cut label hides what it says; a tall one only asks for a scroll.
      maxLines: 6,
      fontSize: m.labelFont,
      radius: 6 * k,
      minBar: 6 * k,
      gap: 6 * k,
    },
    fit: {
      plotWidth,
      available,
      rowMin: 24 * k,
      rowPad,
      lineHeight: m.lineHeight,
      packGap: 10 * k,
    },
  });
  // A tall pane spreads the rows (up to 16 px more each) rather than leave them in a huddle.
  const base = fitted.rowHeights.reduce((a, b) => a + b, 0);
  const count = fitted.rowHeights.length;
  const extra = count > 0 ? Math.max(0, Math.min(16 * k, (available - base) / count)) : 0;
  const rows: { top: number; height: number }[] = [];
  let top = rowsTop;
  for (const h of fitted.rowHeights) {
    rows.push({ top, height: h + extra });
    top += h + extra;
  }
  const height = Math.max(size.height, top + bottomPad);

  const byId = new Map<string, PlacedLabel>(fitted.placed.map((p) => [p.id, p]));
  const rowById = new Map(fitted.placed.map((p, i) => [p.id, fitted.rowOf[i] ?? 0]));
  const events = items.flatMap((item): TimelineEventMark[] => {
    if (!single.has(item.id)) return [];
    const p = byId.get(item.id);
    const rowIndex = rowById.get(item.id) ?? 0;
    const row = rows[rowIndex];
    if (!p || !row) return [];
    const cy = row.top + rowPad + extra / 2 + m.lineHeight / 2;
    // A bar holding its words grows to hold every line of them.
    const barHeight =
      p.side === 'inside' ? Math.max(16 * k, p.lines.length * m.lineHeight + 2 * k) : 16 * k;
    const barTop = p.side === 'inside' ? cy - m.lineHeight / 2 - k : cy - barHeight / 2;
    const shape: TimelineEventMark['shape'] = p.isPoint
      ? { kind: 'point', cx: plotX + (p.markX0 + p.markX1) / 2, cy, r: 6 * k }
      : {
          kind: 'range',
          x: plotX + p.markX0,
          y: barTop,
          width: p.markX1 - p.markX0,
          height: barHeight,
        };
    const markBox: Box = {
      x: plotX + p.markX0,
      y: p.isPoint ? cy - 6 * k : barTop,
      width: p.markX1 - p.markX0,
      height: p.isPoint ? 12 * k : barHeight,
    };
    const left = p.side === 'before' ? p.x - p.width : p.x;
    const labelBox: Box = {
      x: plotX + left,
      y: cy - m.lineHeight / 2,
      width: p.width,
      height: p.lines.length * m.lineHeight,
    };
    const concerned = focus?.events.has(item.id) ?? false;
    return [
      {
        id: item.id,
        row: rowIndex,
        status: item.event.status,
        basis: item.event.basis,
        time: item.time === 'timeless' ? 'past' : item.time,
        shape,
        label: {
          lines: p.lines,
          x: plotX + p.x,
          anchor: p.side === 'before' ? 'end' : 'start',
          // The middle of the first line on the mark's centre.
          y: cy + 0.35 * m.labelFont,
          lineHeight: m.lineHeight,
          fontSize: m.labelFont,
          side: p.side,
          truncated: p.truncated,
          box: labelBox,
        },
        hit: union(markBox, labelBox, 3 * k),
        text: item.label,
        ariaLabel: eventAccessibleName(item, state.asOf),
        lit: hover?.events.has(item.id) ?? false,
        selected: concerned,
        subject: focus?.selected.has(item.id) ?? false,
        dimmed: focus !== null && !concerned,
      },
    ];
  });

  const clusters = counted.clusters.flatMap((c): TimelineClusterMark[] => {
    const p = byId.get(c.id);
    const rowIndex = rowById.get(c.id) ?? 0;
    const row = rows[rowIndex];
    if (!p || !row) return [];
    return [
      clusterMark(c, p, {
        plotX,
        cy: row.top + rowPad + extra / 2 + m.lineHeight / 2,
        row: rowIndex,
        k,
        labelFont: m.labelFont,
        lineHeight: m.lineHeight,
        ariaLabel: clusterAccessibleName(c, itemById),
        dimmed: focus !== null,
      }),
    ];
  });

  const counts = asOfCounts(items);
  const compressed = captions
    .filter((c) => c.kind === 'context')
    .map((c) => ({ x0: c.x0, x1: c.x1 }));
  const must = [...items.flatMap((i) => [i.first, i.last]), postedDay];
  return {
    width,
    height,
    title: bundle.article.title,
    source: sourceLine(bundle),
    labelScale,
    mode,
    frame,
    metrics: m,
    plotX,
    scale: timeScaleData(scale),
    ticks,
    captions,
    compressed,
    seams: captions.slice(1).map((c) => c.x0),
    body: { top: m.headHeight, bottom: height },
    rows,
    posted: rules.posted,
    asOf: rules.asOf,
    events,
    clusters,
    zoom:
      zoom === null
        ? null
        : {
            first: zoom.start,
            last: zoom.end - 1,
            label: formatDayRange(zoom.start, zoom.end - 1),
          },
    slider:
      mode === 'workspace'
        ? {
            x0: plotX,
            width: plotWidth,
            y: m.axisHeight - 9,
            stops: scrubStops(scale, must),
            steps: playSteps(items),
          }
        : null,
    legend: timelineLegendEntries({
      hasRange: events.some((e) => e.shape.kind === 'range'),
      hasInferred: events.some((e) => e.basis === 'inferred'),
      hasCompressed: compressed.length > 0,
      asOf: state.asOf !== null,
      unsure: counts.unsure,
      later: counts.later,
    }),
    counts,
    emphasis: focus !== null,
    description: describeTimeAxis(scale, bundle.article.published),
  };
}
