import type { Bundle } from '../../bundle/bundle-schema';
import { sourceLine } from '../../model/source-line';
import { countryGroups, type CountryGroup } from '../../model/country-groups';
import { selectionFocus, type SelectionFocus } from '../../model/selection-focus';
import type { SceneSize } from '../../ui/view-module';
import type { ViewState } from '../../view-state/view-state';
import { clearMargin } from './geo/clear-margin';
import { fitProjection, fittedPoints, type LonLat } from './geo/fit-projection';
import { unionBox } from './geo/label-geometry';
import type { Box } from './geo/label-placement';
import { LEG_DASH } from './geo/leg-style';
import { legendForView, legendModel } from './geo/legend-model';
import { mapClusters } from './geo/map-clusters';
import { mapEmphasis, type MapEmphasis } from './geo/map-emphasis';
import {
  baseLayout,
  framePoints,
  legCircles,
  legCirclesKept,
  mapReference,
  type BaseLayout,
} from './geo/map-frame';
import { mapGeography } from './geo/map-geography';
import { mapModel, mapModelKept, modelFrame, modelFrameKept, type MapModel } from './geo/map-model';
import { layoutOverlay, type Overlay, type OverlayLabel } from './geo/map-overlay';
import { mapType, type MapType } from './geo/map-type';
import { placeName } from './geo/place-name';
import { scaleBar, type ViewTransform } from './geo/scale-bar';
import { WORLD } from './geo/world-topology';
import type {
  MapLabelMark,
  MapLegMark,
  MapPlaceMark,
  MapScaleBarMark,
  MapScene,
  MapSceneOptions,
} from './map-scene-types';

const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };
/** Room kept at the frame's edges for labels, before labelScale; less in a small box. */
const MARGIN = 64;
/**
 * A selection's frame keeps more: its places' names run out towards the edge, and a slide's
 * subject needs some of its surroundings to be read.
 */
const SELECTION_MARGIN = 96;
/** A selection's frame spans at least this much, so its places are seen among their neighbours. */
const SELECTION_MIN_SPAN_KM = 1200;

/** "Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018. Geography: Natural Earth." */
export function mapSourceLine(bundle: Bundle): string {
  return `${sourceLine(bundle)}. Geography: Natural Earth.`;
}

function resolveFocus(bundle: Bundle, state: ViewState): SelectionFocus | null {
  const result = selectionFocus(bundle, state.selection);
  return result.ok ? result.focus : null;
}

/** The located places a selection concerns: the ends of its legs, its events' places, itself. */
function selectionPoints(model: MapModel, emphasis: MapEmphasis, focus: SelectionFocus | null) {
  if (!emphasis.active || focus === null) return [];
  const ids = new Set([...focus.places, ...focus.selected]);
  return model.places.filter((p) => ids.has(p.id)).map((p): LonLat => p.lonLat);
}

/** What the fitted layout depends on: the frame's points, the size, the room at the edges. */
interface LayoutRequest {
  model: MapModel;
  points: readonly LonLat[];
  size: SceneSize;
  base: number;
  minSpanKm: number | undefined;
  reserved: readonly Box[];
  pad: number;
}

const layoutKey = (r: LayoutRequest) =>
  JSON.stringify([r.points, r.size.width, r.size.height, r.base, r.minSpanKm, r.reserved, r.pad]);

// The fitted layout depends on the bundle, the frame and the size only: the screen rebuilds
// its scene on every zoom frame, and this keeps that to the overlay's few milliseconds.
const layouts = new WeakMap<MapModel, { key: string; layout: BaseLayout }>();
function layoutFor(request: LayoutRequest, key = layoutKey(request)) {
  const { model, points, size, base, minSpanKm, reserved, pad } = request;
  const hit = layouts.get(model);
  const reference = mapReference(points);
  if (hit?.key === key) return { reference, layout: hit.layout };
  const span = minSpanKm === undefined ? {} : { minSpanKm };
  // Controls over the map (zoom buttons, an open key) keep the framed places out from under them.
  const margin = clearMargin(base, size, reserved, pad, (m) => {
    const params = fitProjection(points, { ...size, margin: m, ...span });
    return { scale: params.scale, points: fittedPoints(points, params) };
  });
  const layout = baseLayout(model, reference, size, { points, margin, ...span });
  layouts.set(model, { key, layout });
  return { reference, layout };
}

/** The parts of a scene that come before counting and labels: cheap once the model is kept. */
function sceneFrame(bundle: Bundle, state: ViewState, size: SceneSize, options: MapSceneOptions) {
  const mode = options.mode ?? 'workspace';
  const labelScale =
    options.labelScale !== undefined && options.labelScale > 0 ? options.labelScale : 1;
  const type = mapType(labelScale, mode);
  const model = mapModel(bundle);
  const focus = options.focus ?? resolveFocus(bundle, state);
  const em = mapEmphasis(model, focus, {
    selected: state.selection !== null,
    asOf: state.asOf,
    hover: options.hover ?? null,
    playback: options.playback ?? null,
  });
  const chosen = options.frame === 'selection' ? selectionPoints(model, em, focus) : [];
  const frame: MapScene['frame'] = chosen.length > 0 ? 'selection' : 'all';
  const request: LayoutRequest = {
    model,
    points: frame === 'selection' ? chosen : framePoints(model),
    size,
    base:
      frame === 'selection'
        ? Math.min(SELECTION_MARGIN * labelScale, 0.22 * Math.min(size.width, size.height))
        : Math.min(MARGIN * labelScale, 0.18 * Math.min(size.width, size.height)),
    minSpanKm: frame === 'selection' ? SELECTION_MIN_SPAN_KM : undefined,
    reserved: mode === 'workspace' ? (options.reserved ?? []) : [],
    pad: type.marks.dot * 2 + 4,
  };
  return { mode, labelScale, type, model, em, frame, request };
}

/**
 * The next costly piece of work `buildMapScene` would do for these arguments that is not yet
 * kept from an earlier call: the story's model, its frame (which places are framed), the legs'
 * great circles, then the fitted layout (projection, places and legs placed). Null when every such piece is kept, so
 * the scene costs only its counting and labels. The screen runs these a task at a time before
 * its first draw of a story, so no one task holds the page for long; the scene is the same
 * either way (each piece is a pure function's kept result).
 */
export function nextMapWork(
  bundle: Bundle,
  state: ViewState,
  size: SceneSize,
  options: MapSceneOptions = {},
): (() => void) | null {
  if (!mapModelKept(bundle)) return () => void mapModel(bundle);
  const model = mapModel(bundle);
  if (!modelFrameKept(model)) return () => void modelFrame(model);
  if (!legCirclesKept(model)) return () => void legCircles(model);
  const { request } = sceneFrame(bundle, state, size, options);
  const key = layoutKey(request);
  if (layouts.get(request.model)?.key === key) return null;
  return () => void layoutFor(request, key);
}

function labelMark(label: OverlayLabel | undefined): MapLabelMark | null {
  if (!label || label.hidden) return null;
  return { lines: label.lines, box: label.box, leader: label.leader };
}

/** A label left out by the level-of-detail rule, where it shows when asked for. */
function onDemandMark(label: OverlayLabel | undefined): MapLabelMark | null {
  if (!label?.hidden || label.lines.length === 0) return null;
  return { lines: label.lines, box: label.box, leader: null };
}

function scaledDash(style: keyof typeof LEG_DASH, k: number): string | null {
  const dash = LEG_DASH[style];
  return dash === null
    ? null
    : dash
        .split(' ')
        .map((v) => String(Math.round(Number(v) * k * 100) / 100))
        .join(' ');
}

function placeMarks(
  overlay: Overlay,
  model: MapModel,
  groups: readonly CountryGroup[],
  em: MapEmphasis,
  type: MapType,
): MapPlaceMark[] {
  const m = type.marks;
  const ringStep = m.dot * (3 / 4.5);
  const labels = new Map(overlay.labels.map((l) => [l.owner, l]));
  return overlay.dots.map((d): MapPlaceMark => {
    const placed = labels.get(d.id);
    const label = labelMark(placed);
    const marker = d.pointer
      ? 'pointer'
      : d.kind === 'country'
        ? 'square'
        : d.primary
          ? 'dot'
          : // A place named in passing is marked only where its name is shown too: a bare ring
            // among arrows says nothing.
            label
            ? 'context'
            : null;
    const targets = d.entities.map((id, i) => ({
      id,
      name: placeName(model, groups, id, !d.onView),
      hit: label ? unionBox(label.lines.filter((l) => l.entity === id).map((l) => l.hit)) : null,
      ring: m.dot + (4 / 4.5) * m.dot + i * ringStep,
      selected: em.active && (em.subject.has(id) || em.focus.has(id)),
      subject: em.subject.has(id),
    }));
    return {
      id: d.id,
      kind: d.kind,
      at: d.pointer ? d.pointer.at : d.at,
      marker,
      size:
        marker === 'square'
          ? m.square
          : marker === 'context'
            ? m.contextDot
            : marker === 'pointer'
              ? m.pointer
              : m.dot,
      pointer: d.pointer?.d ?? null,
      edge: d.pointer?.side ?? null,
      targets,
      label,
      onDemand: marker === null ? null : onDemandMark(placed),
      labelRule: marker === null ? 'named in passing' : (placed?.rule ?? null),
      selected: targets.some((t) => t.selected),
      subject: targets.some((t) => t.subject),
      dimmed: em.active && !d.entities.some((e) => em.focus.has(e)),
    };
  });
}

/**
 * The map for a bundle and a state at a size: the fitted projection (or the selection's frame),
 * the base map, every place and leg with its label placed clear of the others, the scale bar
 * and the legend, each mark flagged for the selection. Pure and deterministic: the screen, the
 * downloads, slides and the handout all draw this.
 */
export function buildMapScene(
  bundle: Bundle,
  state: ViewState,
  size: SceneSize,
  options: MapSceneOptions = {},
): MapScene {
  const zoom = options.zoom ?? IDENTITY;
  const { mode, labelScale, type, model, em, frame, request } = sceneFrame(
    bundle,
    state,
    size,
    options,
  );
  const furniture = request.reserved;
  const { reference, layout } = layoutFor(request);

  const bar = scaleBar(layout.projection, zoom, size, 120 * labelScale);
  const scale: MapScaleBarMark | null = bar && {
    x: 16 * labelScale,
    y: size.height - 18 * labelScale,
    ...bar,
  };
  const reserved: Box[] = [
    ...furniture,
    // Labels keep clear of the scale bar.
    ...(scale
      ? [
          {
            x: scale.x - 8 * labelScale,
            y: scale.y - type.scaleLabel - 12 * labelScale,
            width: scale.px + 24 * labelScale,
            height: type.scaleLabel + 20 * labelScale,
          },
        ]
      : []),
  ];
  const counted = mapClusters({
    model,
    places: layout.places,
    legLines: layout.legs,
    zoom,
    size,
    labelScale,
    presentation: mode === 'presentation',
    emphasis: em,
    legWidth: type.marks.leg,
  });
  const overlay = layoutOverlay({
    clusters: counted,
    model,
    places: layout.places,
    legLines: layout.legs,
    transform: zoom,
    size,
    type,
    focus: em.focus,
    selected: em.subject,
    hiddenLegs: em.hidden,
    reserved,
  });

  const geography = mapGeography(bundle, options.world ?? WORLD, options.basemap ?? 'clipped', {
    reference,
    params: layout.params,
    zoom,
    size,
  });
  const groups = countryGroups(bundle);
  const labels = new Map(overlay.labels.map((l) => [l.owner, l]));
  const legs = overlay.legs
    .filter((l) => !l.hidden)
    .map((l): MapLegMark => ({
      id: l.leg.id,
      name: l.leg.name,
      traveller: { id: l.leg.traveler, name: l.leg.travelerName, index: l.leg.travelerIndex },
      number: l.leg.number,
      style: l.leg.style,
      dash: scaledDash(l.leg.style, labelScale),
      d: l.d,
      arrow: l.arrow,
      mid: l.mid,
      lit: em.lit.has(l.leg.id),
      label: labelMark(labels.get(l.leg.id)),
      onDemand: onDemandMark(labels.get(l.leg.id)),
      labelRule: l.mid === null ? 'off the view' : (labels.get(l.leg.id)?.rule ?? null),
      selected: em.active && em.focus.has(l.leg.id),
      subject: em.subject.has(l.leg.id),
      dimmed: em.active && !em.focus.has(l.leg.id),
    }));

  return {
    width: size.width,
    height: size.height,
    title: bundle.article.title,
    source: mapSourceLine(bundle),
    mode,
    labelScale,
    frame,
    type,
    projection: layout.params,
    zoom,
    base: {
      transform: geography.transform,
      sphere: geography.paths?.sphere ?? '',
      graticule: geography.paths?.graticule ?? '',
      land: geography.paths?.land ?? '',
      borders: geography.paths?.borders ?? '',
      shared: geography.paths === null ? reference : null,
      countries: geography.shaded.map((s) => ({
        entity: s.entity,
        feature: s.feature,
        tone: s.tone,
        d: geography.paths?.countries.get(s.feature) ?? '',
        selected: em.active && em.focus.has(s.entity),
        dimmed: em.active && !em.focus.has(s.entity),
      })),
    },
    legs,
    places: placeMarks(overlay, model, groups, em, type),
    clusters: counted.clusters,
    legBundles: counted.bundles,
    scaleBar: scale,
    legend: legendForView(legendModel(bundle, model), overlay, model),
    emphasis: em.active,
    hiddenLegs: model.legs.filter((l) => em.hidden.has(l.id)).map((l) => l.id),
    legCount: model.legs.length,
  };
}
