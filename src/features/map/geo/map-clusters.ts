import {
  CLUSTER_MIN_PLACES,
  CLUSTER_RADIUS,
  clusterPlaces,
  clusterZoom,
  type ClusterInput,
} from './cluster-places';
import type { Box } from './label-placement';
import type { Point } from './leg-arc';
import type { MapEmphasis } from './map-emphasis';
import { MAX_ZOOM } from './map-frame';
import type { MapModel } from './map-model';
import type { ViewTransform } from './scale-bar';

/** A count mark: places that would pile up at this zoom, drawn as one disc with their number. */
export interface ClusterMark {
  id: string;
  at: Point;
  /** Radius of its disc. */
  r: number;
  /** Size of the number inside. */
  font: number;
  /** Places (dots) counted. */
  count: number;
  /** Every entity drawn at those dots, for data-selected and the name. */
  entities: string[];
  /** "38 places: Aba Port, Cota Bay, Duma Hill and 35 more" */
  name: string;
  /** The zoom that opens it: its places fitted into the view. */
  zoomTo: ViewTransform;
  /**
   * False at the deepest zoom: its places cannot come further apart, so opening it lists them
   * (each selectable there) instead of zooming.
   */
  splits: boolean;
  selected: boolean;
  subject: boolean;
  dimmed: boolean;
}

/** Legs between the same two marks, at least one of them a count, drawn as one line. */
export interface LegBundle {
  id: string;
  /** The legs it stands for, in model order. */
  legs: string[];
  d: string;
  /** Its line's width: thicker for more legs. */
  width: number;
  selected: boolean;
  dimmed: boolean;
}

/** What the map counts at one zoom: the marks, and what the overlay should leave out. */
export interface MapClusters {
  clusters: ClusterMark[];
  bundles: LegBundle[];
  /** Dots drawn inside a count (the overlay skips them). */
  clustered: ReadonlySet<string>;
  /** Legs drawn in a bundle or inside one count (the overlay skips them). */
  bundled: ReadonlySet<string>;
  /** Discs other labels keep clear of. */
  obstacles: Box[];
  /**
   * More dots than CLUSTER_MIN_PLACES: places off the view get no arrow at the edge unless the
   * selection concerns them (thousands of arrows would line the frame).
   */
  crowded: boolean;
}

const NONE: MapClusters = {
  clusters: [],
  bundles: [],
  clustered: new Set(),
  bundled: new Set(),
  obstacles: [],
  crowded: false,
};

/** Names a count by its first few places. */
function clusterName(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  const more = names.length - 3;
  return `${names.length} places: ${shown}${more > 0 ? ` and ${more} more` : ''}`;
}

/**
 * The count marks and leg bundles for one zoom, or none for a story with no more than
 * CLUSTER_MIN_PLACES dots. The deepest zoom counts too, so a dense port never draws its
 * thousands of places one by one; there a count lists its places (`splits` false). Dots outside
 * the view (with a radius to spare) are not counted: the overlay draws them as it always has.
 */
export function mapClusters(input: {
  model: MapModel;
  places: ReadonlyMap<string, Point>;
  legLines: ReadonlyMap<string, readonly Point[]>;
  zoom: ViewTransform;
  size: { width: number; height: number };
  labelScale: number;
  presentation: boolean;
  emphasis: MapEmphasis;
  legWidth: number;
}): MapClusters {
  const { model, zoom, size, labelScale, emphasis: em } = input;
  const dots = model.places.filter((p) => p.sharesDotWith === null);
  if (dots.length <= CLUSTER_MIN_PLACES) return NONE;

  // At the deepest zoom marks that would overlap are still counted (thousands of dots on top of
  // each other cannot be told apart or clicked), but such a count cannot split: it lists its
  // places instead of zooming.
  const deepest = zoom.k >= MAX_ZOOM * 0.999;
  const radius = CLUSTER_RADIUS * labelScale;
  const folded = new Map<string, string[]>();
  for (const p of model.places)
    if (p.sharesDotWith !== null)
      folded.set(p.sharesDotWith, [...(folded.get(p.sharesDotWith) ?? []), p.id]);
  const names = new Map(model.places.map((p) => [p.id, p.name]));
  const inputs: ClusterInput[] = [];
  for (const p of dots) {
    const base = input.places.get(p.id);
    if (!base) continue;
    const at: Point = [base[0] * zoom.k + zoom.x, base[1] * zoom.k + zoom.y];
    if (at[0] < -radius || at[1] < -radius) continue;
    if (at[0] > size.width + radius || at[1] > size.height + radius) continue;
    inputs.push({ id: p.id, at, entities: [p.id, ...(folded.get(p.id) ?? [])] });
  }
  const { clusters } = clusterPlaces(inputs, radius);
  const inView = new Set(inputs.map((d) => d.id));

  const font = Math.max(11 * labelScale, input.presentation ? 24 : 0);
  const marks = clusters.map((c): ClusterMark => {
    const digits = String(c.members.length).length;
    const r = Math.max(
      Math.min(13, 8 + 1.5 * Math.log2(c.members.length)) * labelScale,
      font * (0.32 * digits + 0.35),
    );
    const selected = em.active && c.entities.some((id) => em.focus.has(id) || em.subject.has(id));
    return {
      id: c.id,
      at: c.at,
      r,
      font,
      count: c.members.length,
      entities: c.entities,
      name: clusterName(c.members.map((id) => names.get(id) ?? id)),
      zoomTo: clusterZoom(c.bounds, size, zoom, {
        pad: Math.min(96 * labelScale, 0.2 * Math.min(size.width, size.height)),
        minFactor: 2,
        maxK: MAX_ZOOM,
      }),
      splits: !deepest,
      selected,
      subject: em.active && c.entities.some((id) => em.subject.has(id)),
      dimmed: em.active && !selected,
    };
  });

  const clustered = new Set(clusters.flatMap((c) => c.members));
  const owner = new Map<string, ClusterMark>();
  marks.forEach((m, i) => {
    for (const id of clusters[i]?.members ?? []) owner.set(id, m);
  });
  // A leg's ends as drawn: the count holding a place, else the place itself.
  const end = (id: string): { key: string; at: Point | null; r: number } => {
    const c = owner.get(id);
    if (c) return { key: c.id, at: c.at, r: c.r };
    const base = input.places.get(id);
    return {
      key: id,
      at: base ? [base[0] * zoom.k + zoom.x, base[1] * zoom.k + zoom.y] : null,
      r: 0,
    };
  };
  const bundled = new Set<string>();
  const groups = new Map<
    string,
    { legs: string[]; from: Point; to: Point; rf: number; rt: number }
  >();
  // Legs between two places drawn alone in view keep their arcs, numbers and labels; any other
  // (an end counted, or both ends off the view) is a straight line in a bundle, so thousands of
  // legs cost one path per pair of marks.
  const alone = (id: string) => inView.has(id) && !clustered.has(id);
  for (const l of model.legs) {
    if (alone(l.from) && alone(l.to)) continue;
    bundled.add(l.id);
    if (em.hidden.has(l.id)) continue;
    const [a, b] = [end(l.from), end(l.to)];
    // Inside one count: said by the count, not drawn.
    if (a.key === b.key || a.at === null || b.at === null) continue;
    const [p, q] = a.key < b.key ? [a, b] : [b, a];
    const key = `${p.key}|${q.key}`;
    const g = groups.get(key);
    if (g) g.legs.push(l.id);
    else
      groups.set(key, {
        legs: [l.id],
        from: p.at as Point,
        to: q.at as Point,
        rf: p.r,
        rt: q.r,
      });
  }
  const bundles = [...groups.entries()].map(([key, g]): LegBundle => {
    const dx = g.to[0] - g.from[0];
    const dy = g.to[1] - g.from[1];
    const len = Math.hypot(dx, dy) || 1;
    const [ux, uy] = [dx / len, dy / len];
    const r = (v: number) => Math.round(v * 100) / 100;
    const selected = em.active && g.legs.some((id) => em.focus.has(id));
    return {
      id: `bundle-${key}`,
      legs: g.legs,
      d: `M${r(g.from[0] + ux * g.rf)},${r(g.from[1] + uy * g.rf)}L${r(g.to[0] - ux * g.rt)},${r(g.to[1] - uy * g.rt)}`,
      width: Math.min(input.legWidth * (1 + Math.log2(g.legs.length)), 7 * labelScale),
      selected,
      dimmed: em.active && !selected,
    };
  });
  const obstacles = marks.map((m) => ({
    x: m.at[0] - m.r,
    y: m.at[1] - m.r,
    width: 2 * m.r,
    height: 2 * m.r,
    owner: m.id,
  }));
  return { clusters: marks, bundles, clustered, bundled, obstacles, crowded: true };
}
