import {
  placeLabels,
  type Box,
  type LabelPosition,
  type LabelRequest,
  type Obstacle,
} from './label-placement';
import { arrowHead, arrowPath, linePath, pointAlong, trimLine, type Point } from './leg-arc';
import type { MapLeg, MapModel } from './map-model';
import type { ViewTransform } from './scale-bar';
import { textWidth, type TextStyle } from './text-width';

/** Marks' sizes in screen pixels; they stay this size at every zoom. */
export const MARK = { dot: 4.5, square: 7, mid: 8.5, arrow: 9, pointer: 7 } as const;

export type LineStyle = 'place' | 'context' | 'country' | 'traveller' | 'date';

/** Type per line style, shared by the screen (CSS mirrors it) and the exports. */
export const LINE_STYLE: Record<LineStyle, TextStyle & { lineHeight: number; italic?: boolean }> = {
  place: { size: 13, bold: true, lineHeight: 16 },
  context: { size: 12, lineHeight: 15, italic: true },
  country: { size: 10, bold: true, caps: true, lineHeight: 13 },
  traveller: { size: 11, bold: true, lineHeight: 13 },
  date: { size: 11, lineHeight: 13 },
};

export interface LabelLine {
  text: string;
  style: LineStyle;
  /** The entity a click on this line selects; null for leg labels (the leg is the target). */
  entity: string | null;
}

/** One dot: a place, or a country at its capital, with the countries that share its point. */
export interface OverlayDot {
  id: string;
  kind: 'place' | 'country';
  primary: boolean;
  /** Every entity drawn at this dot: the place first, then countries sharing it. */
  entities: string[];
  at: Point;
  onView: boolean;
  /** Off the view: an arrow at the edge, pointing to it. */
  pointer: { at: Point; angle: number } | null;
}

export interface OverlayLeg {
  leg: MapLeg;
  /** The line, trimmed clear of the dots at both ends. */
  d: string;
  arrow: string;
  mid: Point;
  hidden: boolean;
}

export interface OverlayLabel {
  /** The dot's or leg's id. */
  owner: string;
  ownerKind: 'dot' | 'leg';
  lines: LabelLine[];
  box: Box;
  align: 'start' | 'middle' | 'end';
  anchor: Point;
  leader: boolean;
  hidden: boolean;
}

export interface Overlay {
  dots: OverlayDot[];
  legs: OverlayLeg[];
  labels: OverlayLabel[];
}

export interface OverlayInput {
  model: MapModel;
  /** Base (unzoomed) pixel positions of places and bowed legs. */
  places: ReadonlyMap<string, Point>;
  legLines: ReadonlyMap<string, readonly Point[]>;
  transform: ViewTransform;
  size: { width: number; height: number };
  /** Ids the selection concerns: their labels go first. */
  focus: ReadonlySet<string>;
  /** Ids selected: their labels are always shown. */
  selected: ReadonlySet<string>;
  /** Legs not drawn (a journey being played has not reached them). */
  hiddenLegs?: ReadonlySet<string>;
  /** Screen areas labels must avoid (the scale bar). */
  reserved?: readonly Box[];
}

const EDGE = 14;

/** Splits a long name into two lines at the space nearest its middle. */
export function wrapName(name: string, max = 24): string[] {
  if (name.length <= max) return [name];
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [name];
  const cut = spaces.reduce((best, i) =>
    Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2) ? i : best,
  );
  return [name.slice(0, cut), name.slice(cut + 1)];
}

function edgePointer(p: Point, size: { width: number; height: number }) {
  const c: Point = [size.width / 2, size.height / 2];
  const dx = p[0] - c[0];
  const dy = p[1] - c[1];
  const hx = size.width / 2 - EDGE;
  const hy = size.height / 2 - EDGE;
  const t = Math.min(
    dx === 0 ? Infinity : hx / Math.abs(dx),
    dy === 0 ? Infinity : hy / Math.abs(dy),
  );
  const at: Point = [c[0] + dx * t, c[1] + dy * t];
  const side: 'left' | 'right' | 'top' | 'bottom' =
    Math.abs(Math.abs(at[0] - c[0]) - hx) < 0.5
      ? dx > 0
        ? 'right'
        : 'left'
      : dy > 0
        ? 'bottom'
        : 'top';
  return { at, angle: Math.atan2(dy, dx), side };
}

const INWARD: Record<'left' | 'right' | 'top' | 'bottom', readonly LabelPosition[]> = {
  right: ['W', 'SW', 'NW'],
  left: ['E', 'SE', 'NE'],
  top: ['S', 'SE', 'SW'],
  bottom: ['N', 'NE', 'NW'],
};

function measure(lines: LabelLine[]) {
  return {
    width: Math.max(...lines.map((l) => textWidth(l.text, LINE_STYLE[l.style]))),
    height: lines.reduce((h, l) => h + LINE_STYLE[l.style].lineHeight, 0),
  };
}

/**
 * Screen positions of everything drawn over the base map at the current zoom: dots (or edge
 * pointers), trimmed legs with arrowheads and mid-leg numbers, and labels placed clear of one
 * another. Pure, so the screen and the SVG export draw the same picture.
 */
export function layoutOverlay(input: OverlayInput): Overlay {
  const { model, transform, size, focus, selected } = input;
  const hiddenLegs = input.hiddenLegs ?? new Set<string>();
  const toScreen = (p: Point): Point => [
    p[0] * transform.k + transform.x,
    p[1] * transform.k + transform.y,
  ];
  const inView = (p: Point) =>
    p[0] >= EDGE / 2 &&
    p[0] <= size.width - EDGE / 2 &&
    p[1] >= EDGE / 2 &&
    p[1] <= size.height - EDGE / 2;

  const requests: LabelRequest[] = [];
  const lineSets = new Map<string, { lines: LabelLine[]; ownerKind: 'dot' | 'leg' }>();
  const obstacles: Obstacle[] = [...(input.reserved ?? [])];
  const square = (p: Point, r: number, owner: string): Obstacle => ({
    x: p[0] - r,
    y: p[1] - r,
    width: 2 * r,
    height: 2 * r,
    owner,
  });

  const folded = new Map<string, string[]>();
  for (const p of model.places)
    if (p.sharesDotWith !== null)
      folded.set(p.sharesDotWith, [...(folded.get(p.sharesDotWith) ?? []), p.id]);
  const byId = new Map(model.places.map((p) => [p.id, p]));

  const dots: OverlayDot[] = [];
  for (const p of model.places) {
    if (p.sharesDotWith !== null) continue;
    const base = input.places.get(p.id);
    if (!base) continue;
    const at = toScreen(base);
    const onView = inView(at);
    const edge = onView ? null : edgePointer(at, size);
    const entities = [p.id, ...(folded.get(p.id) ?? [])];
    dots.push({
      id: p.id,
      kind: p.kind,
      primary: p.primary,
      entities,
      at,
      onView,
      pointer: edge && { at: edge.at, angle: edge.angle },
    });

    const lines: LabelLine[] = entities.flatMap((id): LabelLine[] => {
      const e = byId.get(id);
      if (!e) return [];
      if (e.kind === 'country') return [{ text: e.name, style: 'country' as const, entity: id }];
      return wrapName(e.name).map((text) => ({
        text,
        style: e.primary ? ('place' as const) : ('context' as const),
        entity: id,
      }));
    });
    const anchor = edge ? edge.at : at;
    obstacles.push(square(anchor, p.kind === 'country' ? MARK.square / 2 + 1 : MARK.dot + 1, p.id));
    const isSelected = entities.some((id) => selected.has(id));
    const inFocus = entities.some((id) => focus.has(id));
    const base_priority = edge ? 40 : p.kind === 'country' ? 55 : p.primary ? 60 : 20;
    requests.push({
      id: p.id,
      anchor,
      ...measure(lines),
      priority: (isSelected ? 1000 : 0) + (inFocus ? 100 : 0) + base_priority,
      gap: edge ? MARK.pointer + 4 : p.kind === 'country' ? MARK.square / 2 + 4 : MARK.dot + 3,
      ...(edge ? { positions: INWARD[edge.side] } : {}),
      keep: isSelected,
    });
    lineSets.set(p.id, { lines, ownerKind: 'dot' });
  }

  const legs: OverlayLeg[] = [];
  for (const leg of model.legs) {
    const base = input.legLines.get(leg.id) ?? [];
    const screen = base.map(toScreen);
    const hidden = hiddenLegs.has(leg.id);
    const start = MARK.dot + 2;
    const end = MARK.dot + 2;
    const toTip = trimLine(screen, start, end);
    const { tip, angle } = arrowHead(toTip.length > 1 ? toTip : screen);
    // The stroke stops inside the arrowhead so its end cap never pokes past the tip.
    const line = trimLine(screen, start, end + MARK.arrow * 0.6);
    const { point: mid, angle: midAngle } = pointAlong(screen, 0.5);
    legs.push({ leg, d: linePath(line), arrow: arrowPath(tip, angle, MARK.arrow), mid, hidden });
    if (hidden || !inView(mid)) continue;
    obstacles.push(square(mid, MARK.mid, leg.id));
    const lines: LabelLine[] = [
      { text: leg.travelerName, style: 'traveller', entity: null },
      ...(leg.when ? [{ text: leg.when.text, style: 'date' as const, entity: null }] : []),
    ];
    const flat = Math.abs(Math.cos(midAngle)) > 0.6;
    requests.push({
      id: leg.id,
      anchor: mid,
      ...measure(lines),
      priority:
        (selected.has(leg.id) ? 1000 : 0) +
        (focus.has(leg.id) ? 100 : 0) +
        30 -
        leg.travelerIndex * 0.5 -
        leg.number * 0.1,
      gap: MARK.mid + 3,
      // Set further out, a date is tied to its leg by a leader in the traveller's colour.
      rings: [1, 2, 3],
      positions: flat
        ? ['N', 'S', 'NE', 'SE', 'NW', 'SW', 'E', 'W']
        : ['E', 'W', 'NE', 'SE', 'NW', 'SW', 'N', 'S'],
      keep: selected.has(leg.id),
    });
    lineSets.set(leg.id, { lines, ownerKind: 'leg' });
  }

  const bounds: Box = { x: 4, y: 4, width: size.width - 8, height: size.height - 8 };
  const labels = placeLabels(requests, obstacles, bounds).map((placed): OverlayLabel => {
    const set = lineSets.get(placed.id) ?? { lines: [], ownerKind: 'dot' as const };
    const request = requests.find((r) => r.id === placed.id);
    const align = placed.position.includes('W')
      ? 'end'
      : placed.position === 'N' || placed.position === 'S'
        ? 'middle'
        : 'start';
    return {
      owner: placed.id,
      ownerKind: set.ownerKind,
      lines: set.lines,
      box: placed.box,
      align,
      anchor: request?.anchor ?? [0, 0],
      leader: placed.leader,
      hidden: placed.hidden,
    };
  });
  return { dots, legs, labels };
}
