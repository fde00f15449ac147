import { wrapText } from '../../../lib/wrap-text';
import {
  leaderPath,
  measureLines,
  pointerPath,
  positionLines,
  type LabelLine,
  type PositionedLine,
} from './label-geometry';
import { alongEdgeCandidates, edgePointer, INWARD, type EdgeSide } from './edge-pointer';
import { boxAt, placeLabels, type Box, type LabelRequest, type Obstacle } from './label-placement';
import { arrowHead, arrowPath, linePath, trimLine, type Point } from './leg-arc';
import { legLabelPlans } from './leg-labels';
import type { MapLeg, MapModel } from './map-model';
import { measureStyle, type MapType } from './map-type';
import type { ViewTransform } from './scale-bar';
import { visibleMid } from './visible-run';

/** One dot: a place, or a country at its capital, with the countries that share its point. */
export interface OverlayDot {
  id: string;
  kind: 'place' | 'country';
  primary: boolean;
  /** Every entity drawn at this dot: the place first, then countries sharing it. */
  entities: string[];
  at: Point;
  onView: boolean;
  /** Off the view: an arrow at the edge, pointing to it, and which edge it stands on. */
  pointer: { at: Point; angle: number; d: string; side: EdgeSide } | null;
}

export type { EdgeSide } from './edge-pointer';

/**
 * Why an item's label is not drawn until asked for (hover, keyboard focus, selection): the
 * map's level-of-detail rule (docs/map.md).
 * - `crowded`: a place whose name finds no room clear of higher-priority labels;
 * - `shared`: a leg whose date is said by the label of a leg on the same route with the same date;
 * - `undated`: a leg with no date and no name to give: its numbered marker says which leg it is;
 * - `off the view`: a leg with no stretch inside the view to carry its marker;
 * - `named in passing`: a place the article only mentions, marked only where its name fits.
 */
export type LabelRule = 'crowded' | 'shared' | 'undated' | 'off the view' | 'named in passing';

export interface OverlayLeg {
  leg: MapLeg;
  /** The line, trimmed clear of the dots at both ends. */
  d: string;
  /** The arrowhead; empty when its tip is outside the view or under a control. */
  arrow: string;
  /** The numbered marker: the middle of the part of the leg in view; null when none is. */
  mid: Point | null;
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
  /**
   * Not drawn until asked for (`rule` says why): the box is where it shows on hover or focus,
   * kept inside the view. Its words stay in the accessible name.
   */
  hidden: boolean;
  rule: LabelRule | null;
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
  /** Dots and legs drawn as counts and bundles instead (mapClusters), and their discs. */
  clusters?: {
    clustered: ReadonlySet<string>;
    bundled: ReadonlySet<string>;
    obstacles: readonly Box[];
    /** Off-view places get an arrow only when the selection concerns them. */
    crowded: boolean;
  };
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

/** Moves a box inside the bounds (a label shown on demand must not be cut by the view's edge). */
function clampBox(box: Box, bounds: Box): Box {
  return {
    ...box,
    x: Math.max(bounds.x, Math.min(box.x, bounds.x + bounds.width - box.width)),
    y: Math.max(bounds.y, Math.min(box.y, bounds.y + bounds.height - box.height)),
  };
}

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
  const lineSets = new Map<
    string,
    { lines: LabelLine[]; ownerKind: 'dot' | 'leg'; rule: LabelRule; own?: LabelLine[] }
  >();
  const reserved = input.reserved ?? [];
  const clusters = input.clusters;
  const obstacles: Obstacle[] = [
    ...reserved,
    ...(clusters?.obstacles.map((b, i) => ({ ...b, owner: `cluster-${i}` })) ?? []),
  ];
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
    if (p.sharesDotWith !== null || clusters?.clustered.has(p.id)) continue;
    const base = input.places.get(p.id);
    if (!base) continue;
    const at = toScreen(base);
    const onView = inView(at);
    const entities = [p.id, ...(folded.get(p.id) ?? [])];
    if (!onView && clusters?.crowded && !entities.some((id) => focus.has(id))) continue;
    const off = onView ? null : edgePointer(at, size, edge, reserved, m.pointer + 3);
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
        side: off.side,
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
    const measured = measureLines(lines, type);
    const gap = off ? m.pointer + 4 : p.kind === 'country' ? m.square / 2 + 4 : m.dot + 3;
    requests.push({
      id: p.id,
      anchor,
      ...measured,
      priority: (isSelected ? 1000 : 0) + (inFocus ? 100 : 0) + basePriority,
      gap,
      // An arrow's label keeps to its edge: beside the arrow, else slid along the edge with a
      // leader; never further inland, over places it has nothing to do with.
      ...(off
        ? {
            positions: INWARD[off.side],
            rings: [1],
            candidates: alongEdgeCandidates(off, measured, gap),
          }
        : {}),
      keep: isSelected,
    });
    lineSets.set(p.id, { lines, ownerKind: 'dot', rule: 'crowded' });
  }

  const legs: OverlayLeg[] = [];
  const angles = new Map<string, number>();
  for (const leg of model.legs) {
    if (clusters?.bundled.has(leg.id)) continue;
    const base = input.legLines.get(leg.id) ?? [];
    const screen = base.map(toScreen);
    const hidden = hiddenLegs.has(leg.id);
    const start = m.dot + 2;
    const end = m.dot + 2;
    const toTip = trimLine(screen, start, end);
    const { tip, angle } = arrowHead(toTip.length > 1 ? toTip : screen);
    // The stroke stops inside the arrowhead so its end cap never pokes past the tip.
    const line = trimLine(screen, start, end + m.arrow * 0.6);
    // An arrowhead whose tip is off the view (the place is an arrow at the edge) or under a
    // control is left out: it would be cut, or hidden.
    const tipShown =
      tip[0] >= m.arrow &&
      tip[0] <= size.width - m.arrow &&
      tip[1] >= m.arrow &&
      tip[1] <= size.height - m.arrow &&
      !reserved.some(
        (b) =>
          tip[0] > b.x - m.arrow &&
          tip[0] < b.x + b.width + m.arrow &&
          tip[1] > b.y - m.arrow &&
          tip[1] < b.y + b.height + m.arrow,
      );
    const middle = visibleMid(screen, size, m.mid + 2, reserved);
    legs.push({
      leg,
      d: linePath(line),
      arrow: tipShown ? arrowPath(tip, angle, m.arrow) : '',
      mid: middle?.point ?? null,
      hidden,
    });
    if (!hidden && tipShown) {
      // The whole arrowhead, tip to back corners: a place's name beside the leg's end must not
      // cover it.
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const xs = [
        tip[0],
        tip[0] - m.arrow * cos + m.arrow * 0.5 * sin,
        tip[0] - m.arrow * cos - m.arrow * 0.5 * sin,
      ];
      const ys = [
        tip[1],
        tip[1] - m.arrow * sin - m.arrow * 0.5 * cos,
        tip[1] - m.arrow * sin + m.arrow * 0.5 * cos,
      ];
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      obstacles.push({
        x,
        y,
        width: Math.max(...xs) - x,
        height: Math.max(...ys) - y,
        owner: leg.id,
      });
    }
    if (!hidden && middle) {
      obstacles.push(square(middle.point, m.mid, leg.id));
      angles.set(leg.id, middle.angle);
    }
  }

  const shownLegs = model.legs.filter((l) => angles.has(l.id));
  const plans = legLabelPlans(shownLegs);
  for (const leg of shownLegs) {
    const plan = plans.get(leg.id);
    const mid = legs.find((l) => l.leg.id === leg.id)?.mid;
    if (!plan || !mid) continue;
    const isSelected = selected.has(leg.id);
    // A selected leg always speaks for itself: its traveller and date.
    const lines = isSelected ? plan.own : plan.lines;
    const shownLines = lines.length > 0 ? lines : plan.own;
    const flat = Math.abs(Math.cos(angles.get(leg.id) ?? 0)) > 0.6;
    requests.push({
      id: leg.id,
      anchor: mid,
      ...measureLines(shownLines, type),
      priority:
        (isSelected ? 1000 : 0) +
        (focus.has(leg.id) ? 100 : 0) +
        30 -
        leg.travelerIndex * 0.5 -
        leg.number * 0.1 -
        // Labels the rule leaves out are placed last, only to know where they show on demand.
        (lines.length === 0 ? 1000 : 0),
      gap: m.mid + 3,
      // Set further out, a label is tied to its leg by a leader in the traveller's colour; one
      // that names the traveller (said once) may go a step further than a date alone.
      rings: shownLines.some((l) => l.style === 'traveller') ? [1, 2, 3] : [1, 2],
      positions: flat
        ? ['N', 'S', 'NE', 'SE', 'NW', 'SW', 'E', 'W']
        : ['E', 'W', 'NE', 'SE', 'NW', 'SW', 'N', 'S'],
      keep: isSelected,
    });
    lineSets.set(leg.id, {
      lines: shownLines,
      ownerKind: 'leg',
      rule: lines.length === 0 ? (plan.rule ?? 'shared') : 'crowded',
      ...(lines.length === 0 ? { own: plan.own } : {}),
    });
  }

  const bounds: Box = { x: 4, y: 4, width: size.width - 8, height: size.height - 8 };
  const byRequest = new Map(requests.map((r) => [r.id, r]));
  const labels = placeLabels(requests, obstacles, bounds).map((placed): OverlayLabel => {
    const set = lineSets.get(placed.id) ?? {
      lines: [],
      ownerKind: 'dot' as const,
      rule: 'crowded',
    };
    const request = byRequest.get(placed.id);
    const anchor = request?.anchor ?? [0, 0];
    // Left out by rule (a shared date, no date): never drawn unless asked for, wherever it fits.
    const omitted = set.own !== undefined && !request?.keep;
    const hidden = placed.hidden || omitted;
    // Shown on demand where it would go first, kept inside the view.
    const box =
      placed.hidden && request
        ? clampBox(
            boxAt(anchor, placed.position, request.width, request.height, request.gap),
            bounds,
          )
        : placed.box;
    const align = placed.position.includes('W')
      ? 'end'
      : placed.position === 'N' || placed.position === 'S'
        ? 'middle'
        : 'start';
    return {
      owner: placed.id,
      ownerKind: set.ownerKind,
      lines: positionLines(set.lines, box, align, type),
      box,
      align,
      anchor,
      leader: placed.leader && !hidden ? leaderPath(box, anchor) : null,
      hidden,
      rule: hidden ? (omitted ? set.rule : 'crowded') : null,
    };
  });
  return { dots, legs, labels };
}
