import { measureText } from '../../../lib/text-measure';
import type { TimelineItem } from '../items/timeline-items';
import { formatDayRange } from '../scale/format-day-range';
import type { DayWindow } from '../scale/dense-window';
import type { TimeScale } from '../scale/time-scale';
import { clusterEvents, type EventCluster } from './cluster-events';
import type { LabelInput, PlacedLabel } from './place-event-labels';
import type { Box, TimelineClusterMark } from './timeline-scene';

/**
 * A story with more events than this is counted where its events would pile up; fewer are all
 * drawn with their words (the rows scroll). About what a tall pane names at a readable size.
 */
export const CLUSTER_FROM = 60;

/** How many members a count mark's accessible name reads out before "and N more". */
const NAMED = 3;

/** The words beside a count mark: "38 events · 1–30 Sep 2018". */
export function clusterWords(cluster: EventCluster): string {
  return `${cluster.members.length} events\u00a0· ${formatDayRange(cluster.first, cluster.last)}`;
}

/** What a screen reader says for a count mark, naming its first few events. */
export function clusterAccessibleName(
  cluster: EventCluster,
  items: ReadonlyMap<string, TimelineItem>,
): string {
  const names = cluster.members.slice(0, NAMED).map((id) => items.get(id)?.event.label ?? id);
  const more = cluster.members.length - names.length;
  return `${cluster.members.length} events, ${formatDayRange(cluster.first, cluster.last)}: ${names.join('; ')}${more > 0 ? `; and ${more} more` : ''}. Select to zoom in.`;
}

/**
 * Which events are counted rather than named, for one scene. A long story (over `CLUSTER_FROM`
 * events) counts everything the selection does not concern; inside a zoom, only when the zoom
 * itself holds more than that, and never inside a one-day zoom (nothing finer to open into: its
 * events are listed and the rows scroll). A slide's wordless context marks (`bare`) are counted
 * wherever two share a period, so a pile of dots reads as a number.
 */
export function countedEvents(
  items: readonly TimelineItem[],
  scale: TimeScale,
  o: {
    cell: number;
    keep: ReadonlySet<string>;
    bare: ReadonlySet<string>;
    zoom: DayWindow | null;
  },
): { singles: string[]; clusters: EventCluster[] } {
  const inZoom = (i: TimelineItem) =>
    o.zoom !== null && i.last >= o.zoom.start && i.first < o.zoom.end;
  const zoomed = o.zoom === null ? 0 : items.filter(inZoom).length;
  const openZoom = o.zoom !== null && (o.zoom.end - o.zoom.start <= 1 || zoomed <= CLUSTER_FROM);
  const long = items.length > CLUSTER_FROM;
  const only = new Set(
    items.filter((i) => (long && !(openZoom && inZoom(i))) || o.bare.has(i.id)).map((i) => i.id),
  );
  if (only.size === 0) return { singles: items.map((i) => i.id), clusters: [] };
  return clusterEvents(items, scale, { cell: o.cell, keep: o.keep, only });
}

/** A count mark as placing sees it: a pill wide enough for its number, words unless bare. */
export function clusterLabelInput(
  cluster: EventCluster,
  o: { fontSize: number; pad: number; bare: boolean },
): LabelInput {
  const number = measureText(String(cluster.members.length), { size: o.fontSize, weight: 'bold' });
  return {
    id: cluster.id,
    first: cluster.first,
    last: cluster.last,
    text: clusterWords(cluster),
    bare: o.bare,
    minMark: number + 2 * o.pad,
  };
}

/** A count mark where placing and rows put it (scene coordinates). */
export function clusterMark(
  cluster: EventCluster,
  p: PlacedLabel,
  g: {
    plotX: number;
    /** The row's mark line. */
    cy: number;
    row: number;
    k: number;
    labelFont: number;
    lineHeight: number;
    ariaLabel: string;
    dimmed: boolean;
  },
): TimelineClusterMark {
  const { plotX, cy, k, labelFont, lineHeight } = g;
  const box: Box = {
    x: plotX + p.markX0,
    y: cy - lineHeight / 2,
    width: p.markX1 - p.markX0,
    height: lineHeight,
  };
  const left = p.side === 'before' ? p.x - p.width : p.x;
  const labelBox: Box = {
    x: plotX + left,
    y: cy - lineHeight / 2,
    width: p.width,
    height: p.lines.length * lineHeight,
  };
  const x0 = Math.min(box.x, labelBox.x) - 3 * k;
  const x1 = Math.max(box.x + box.width, labelBox.x + labelBox.width) + 3 * k;
  const y1 = Math.max(box.y + box.height, labelBox.y + labelBox.height) + 3 * k;
  return {
    id: cluster.id,
    unit: cluster.unit,
    first: cluster.first,
    last: cluster.last,
    members: cluster.members,
    row: g.row,
    box,
    count: {
      text: String(cluster.members.length),
      x: box.x + box.width / 2,
      y: cy + 0.35 * labelFont,
      fontSize: labelFont,
    },
    label: {
      lines: p.lines,
      x: plotX + p.x,
      anchor: p.side === 'before' ? 'end' : 'start',
      y: cy + 0.35 * labelFont,
      lineHeight,
      fontSize: labelFont,
      side: p.side,
      truncated: p.truncated,
      box: labelBox,
    },
    hit: { x: x0, y: box.y - 3 * k, width: x1 - x0, height: y1 - (box.y - 3 * k) },
    ariaLabel: g.ariaLabel,
    dimmed: g.dimmed,
  };
}
