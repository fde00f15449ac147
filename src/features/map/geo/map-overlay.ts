import { wrapText } from '../../../lib/wrap-text';
import {
  leaderPath,
  measureLines,
  pointerPath,
  positionLines,
  type LabelLine,
  type PositionedLine,
} from './label-geometry';
import {
  placeLabels,
  type Box,
  type LabelPosition,
  type LabelRequest,
  type Obstacle,
} from './label-placement';
import { arrowHead, arrowPath, linePath, pointAlong, trimLine, type Point } from './leg-arc';
import type { MapLeg, MapModel } from './map-model';
import { measureStyle, type MapType } from './map-type';
import type { ViewTransform } from './scale-bar';

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
  pointer: { at: Point; angle: number; d: string } | null;
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
  lines: PositionedLine[];
  box: Box;
  align: 'start' | 'middle' | 'end';
  anchor: Point;
  /** A hairline back to the anchor when the label was set further out; null when beside it. */
  leader: string | null;
  /** Nothing fitted: left out (its words stay in the accessible name). */
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
  /** Type sizes and mark sizes (labelScale and mode already applied). */
  type: MapType;
  /** Ids the selection concerns: their labels go first. */
  focus: ReadonlySet<string>;
  /** Ids selected: their labels are always shown. */
  selected: ReadonlySet<string>;
  /** Legs not drawn (after "as of", or not yet reached by a played journey). */
  hiddenLegs?: ReadonlySet<string>;
  /** Screen areas labels must avoid (the scale bar, the zoom buttons). */
  reserved?: readonly Box[];
}

/**
 * A name on up to three balanced lines about 14 ems wide ("Sheremetyevo / International
 * Airport"), by the shared wrap and measure; capitals are wrapped as they are drawn.
 */
function nameLines(
  name: string,
  entity: string,
  style: LabelLine['style'],
  type: MapType,
): LabelLine[] {
  const t = type.lines[style];
  const text = t.caps ? name.toUpperCase() : name;
  return wrapText(text, t.size * 14, measureStyle(t), { balance: true, maxLines: 3 }).map(
    (line) => ({ text: line, style, entity }),
  );
}

function edgePointer(p: Point, size: { width: number; height: number }, edge: number) {
  const c: Point = [size.width / 2, size.height / 2];
  const dx = p[0] - c[0];
  const dy = p[1] - c[1];
  const hx = size.width / 2 - edge;
  const hy = size.height / 2 - edge;
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

/**
 * Screen positions of everything drawn over the base map at the current zoom: dots (or edge
 * pointers), trimmed legs with arrowheads and mid-leg numbers, and labels placed clear of one
 * another. Pure, so the screen and every picture draw the same marks.
 */
export function layoutOverlay(input: OverlayInput): Overlay {
  const { model, transform, size, focus, selected, type } = input;
  const m = type.marks;
  const edge = m.pointer * 2;
  const hiddenLegs = input.hiddenLegs ?? new Set<string>();
  const toScreen = (p: Point): Point => [
    p[0] * transform.k + transform.x,
    p[1] * transform.k + transform.y,
  ];
  const inView = (p: Point) =>
    p[0] >= edge / 2 &&
    p[0] <= size.width - edge / 2 &&
    p[1] >= edge / 2 &&
    p[1] <= size.height - edge / 2;

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
    const off = onView ? null : edgePointer(at, size, edge);
    const entities = [p.id, ...(folded.get(p.id) ?? [])];
    dots.push({
      id: p.id,
      kind: p.kind,
      primary: p.primary,
      entities,
      at,
      onView,
      pointer: off && {
        at: off.at,
        angle: off.angle,
        d: pointerPath(off.at, off.angle, m.pointer),
      },
    });

    const lines = entities.flatMap((id): LabelLine[] => {
      const e = byId.get(id);
      if (!e) return [];
      const style = e.kind === 'country' ? 'country' : e.primary ? 'place' : 'context';
      return nameLines(e.name, id, style, type);
    });
    const anchor = off ? off.at : at;
    obstacles.push(square(anchor, p.kind === 'country' ? m.square / 2 + 1 : m.dot + 1, p.id));
    const isSelected = entities.some((id) => selected.has(id));
    const inFocus = entities.some((id) => focus.has(id));
    const basePriority = off ? 40 : p.kind === 'country' ? 55 : p.primary ? 60 : 20;
    requests.push({
      id: p.id,
      anchor,
      ...measureLines(lines, type),
      priority: (isSelected ? 1000 : 0) + (inFocus ? 100 : 0) + basePriority,
      gap: off ? m.pointer + 4 : p.kind === 'country' ? m.square / 2 + 4 : m.dot + 3,
      ...(off ? { positions: INWARD[off.side] } : {}),
      keep: isSelected,
    });
    lineSets.set(p.id, { lines, ownerKind: 'dot' });
  }

  const legs: OverlayLeg[] = [];
  for (const leg of model.legs) {
    const base = input.legLines.get(leg.id) ?? [];
    const screen = base.map(toScreen);
    const hidden = hiddenLegs.has(leg.id);
    const start = m.dot + 2;
    const end = m.dot + 2;
    const toTip = trimLine(screen, start, end);
    const { tip, angle } = arrowHead(toTip.length > 1 ? toTip : screen);
    // The stroke stops inside the arrowhead so its end cap never pokes past the tip.
    const line = trimLine(screen, start, end + m.arrow * 0.6);
    const { point: mid, angle: midAngle } = pointAlong(screen, 0.5);
    legs.push({ leg, d: linePath(line), arrow: arrowPath(tip, angle, m.arrow), mid, hidden });
    if (hidden || !inView(mid)) continue;
    obstacles.push(square(mid, m.mid, leg.id));
    const lines: LabelLine[] = [
      { text: leg.travelerName, style: 'traveller', entity: null },
      ...(leg.when ? [{ text: leg.when.text, style: 'date' as const, entity: null }] : []),
    ];
    const flat = Math.abs(Math.cos(midAngle)) > 0.6;
    requests.push({
      id: leg.id,
      anchor: mid,
      ...measureLines(lines, type),
      priority:
        (selected.has(leg.id) ? 1000 : 0) +
        (focus.has(leg.id) ? 100 : 0) +
        30 -
        leg.travelerIndex * 0.5 -
        leg.number * 0.1,
      gap: m.mid + 3,
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
  const byRequest = new Map(requests.map((r) => [r.id, r]));
  const labels = placeLabels(requests, obstacles, bounds).map((placed): OverlayLabel => {
    const set = lineSets.get(placed.id) ?? { lines: [], ownerKind: 'dot' as const };
    const anchor = byRequest.get(placed.id)?.anchor ?? [0, 0];
    const align = placed.position.includes('W')
      ? 'end'
      : placed.position === 'N' || placed.position === 'S'
        ? 'middle'
        : 'start';
    return {
      owner: placed.id,
      ownerKind: set.ownerKind,
      lines: positionLines(set.lines, placed.box, align, type),
      box: placed.box,
      align,
      anchor,
      leader: placed.leader && !placed.hidden ? leaderPath(placed.box, anchor) : null,
      hidden: placed.hidden,
    };
  });
  return { dots, legs, labels };
}
