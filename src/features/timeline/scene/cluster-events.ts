import { civilFromDays, daysFromCivil } from '../../../model/day-number';
import type { TimeScale } from '../scale/time-scale';

/** Calendar periods events are counted in, finest first. */
export const CLUSTER_UNITS = ['day', 'week', 'month', 'year'] as const;
export type ClusterUnit = (typeof CLUSTER_UNITS)[number];

/** What clustering needs of an event: its id and its inclusive days. */
export interface ClusterInput {
  id: string;
  first: number;
  last: number;
}

/** Events counted as one mark: a calendar period and the members that fall in it. */
export interface EventCluster {
  /** `cluster:<unit>:<first day of the period>`, stable for a bundle and a scale. */
  id: string;
  unit: ClusterUnit;
  /** The period, as day numbers [start, end). */
  period: { start: number; end: number };
  /** The members' own extent (inclusive days): the mark spans these, not the whole period. */
  first: number;
  last: number;
  /** Member ids, in input (time) order. */
  members: string[];
}

export interface ClusterOptions {
  /**
   * The narrowest a period may be drawn, in px: a period narrower than this at its place on the
   * scale is counted in the next coarser unit, so two count marks never pile up.
   */
  cell: number;
  /** Never counted, drawn on their own: what the selection concerns. */
  keep?: ReadonlySet<string>;
  /** Only these may be counted (default: all but `keep`). */
  only?: ReadonlySet<string> | null;
}

/** The period of `unit` holding `day`, as [start, end). */
export function periodOf(unit: ClusterUnit, day: number): { start: number; end: number } {
  if (unit === 'day') return { start: day, end: day + 1 };
  // Weeks start on Monday (ISO 8601); day 0, 1 Jan 1970, was a Thursday.
  if (unit === 'week') {
    const start = day - ((((day + 3) % 7) + 7) % 7);
    return { start, end: start + 7 };
  }
  const { year, month } = civilFromDays(day);
  if (unit === 'month') {
    const next = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
    return { start: daysFromCivil(year, month, 1), end: next };
  }
  return { start: daysFromCivil(year, 1, 1), end: daysFromCivil(year + 1, 1, 1) };
}

/**
 * Events counted per calendar period where they would pile up. Each countable event goes to the
 * finest period (day, week, month, year) that holds all its days and is at least `cell` px wide
 * where the scale draws it, so a busy week is counted per day while its compressed context is
 * counted per month or year. A period never straddles a seam of a focus+context scale (a count
 * of June and October must not lie across the September the picture is about): where no period
 * inside one stretch is wide enough, the coarsest inside it is taken. An event no period holds inside one stretch is counted in its
 * month if it lies within one (it can mean any day of it), else stays on its own, as does one
 * alone in its period. Pure and deterministic.
 */
export function clusterEvents(
  items: readonly ClusterInput[],
  scale: Pick<TimeScale, 'x' | 'segments' | 'domain'>,
  options: ClusterOptions,
): { singles: string[]; clusters: EventCluster[] } {
  const { cell, keep, only } = options;
  const widthOf = (p: { start: number; end: number }) => scale.x(p.end) - scale.x(p.start);
  const [d0, d1] = scale.domain;
  // Inside one stretch, once the period is clipped to the days the scale draws.
  const oneStretch = (p: { start: number; end: number }) => {
    const a = Math.max(p.start, d0);
    const b = Math.min(p.end, d1);
    return scale.segments.length <= 1 || scale.segments.some((s) => s.start <= a && b <= s.end);
  };
  const unitFor = (item: ClusterInput): ClusterUnit | undefined => {
    const fits = CLUSTER_UNITS.filter((u) => {
      const p = periodOf(u, item.first);
      return item.last < p.end && oneStretch(p);
    });
    const inside = fits.find((u) => widthOf(periodOf(u, item.first)) >= cell) ?? fits.at(-1);
    // An event that can mean any day of a month across a seam is counted in that month.
    return inside ?? (item.last < periodOf('month', item.first).end ? 'month' : undefined);
  };
  const groups = new Map<
    string,
    { unit: ClusterUnit; period: { start: number; end: number }; members: ClusterInput[] }
  >();
  const alone: ClusterInput[] = [];
  for (const item of items) {
    const countable = !(keep?.has(item.id) ?? false) && (only ? only.has(item.id) : true);
    const unit = countable ? unitFor(item) : undefined;
    if (unit === undefined) {
      alone.push(item);
      continue;
    }
    const period = periodOf(unit, item.first);
    const key = `cluster:${unit}:${period.start}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { unit, period, members: [] }));
    group.members.push(item);
  }
  const clusters: EventCluster[] = [];
  const singles = new Set(alone.map((i) => i.id));
  for (const [id, g] of groups) {
    if (g.members.length < 2) {
      for (const m of g.members) singles.add(m.id);
      continue;
    }
    clusters.push({
      id,
      unit: g.unit,
      period: g.period,
      first: Math.min(...g.members.map((m) => m.first)),
      last: Math.max(...g.members.map((m) => m.last)),
      members: g.members.map((m) => m.id),
    });
  }
  clusters.sort((a, b) => a.first - b.first || a.last - b.last || a.id.localeCompare(b.id));
  return { singles: items.filter((i) => singles.has(i.id)).map((i) => i.id), clusters };
}
