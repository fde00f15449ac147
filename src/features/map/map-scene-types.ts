import type { GroupTone } from '../../model/country-groups';
import type { SceneOptions } from '../../ui/view-module';
import type { ProjectionParams } from './geo/fit-projection';
import type { PositionedLine } from './geo/label-geometry';
import type { Box } from './geo/label-placement';
import type { Point } from './geo/leg-arc';
import type { EdgeSide } from './geo/edge-pointer';
import type { LabelRule } from './geo/map-overlay';
import type { ClusterMark, LegBundle } from './geo/map-clusters';
import type { LegStyle } from './geo/leg-style';
import type { LegendModel } from './geo/legend-model';
import type { Playback } from './geo/map-emphasis';
import type { MapReference } from './geo/map-frame';
import type { MapType } from './geo/map-type';
import type { ViewTransform } from './geo/scale-bar';
import type { WorldTopology } from './geo/world-topology';

/** How the selection touches a mark. Every renderer reads these flags; none recomputes them. */
export interface MapMarkFlags {
  /** The selection names it or concerns it (data-selected="true"). */
  selected: boolean;
  /** The selection names it (data-subject="true": the ring, the wider line, the bold label). */
  subject: boolean;
  /** Something is selected and this has no part in it: it recedes. */
  dimmed: boolean;
}

/**
 * Options only the map has. Everything in `SceneOptions` holds as the contract says:
 * - `labelScale` multiplies every label, the marks and the room kept for them (a slide at
 *   1920×1080 asks 1.8; with `mode: 'presentation'` every label is then ≥ 24 px);
 * - `mode: 'presentation'` lifts the small lines (dates, country capitals, leg numbers) to a
 *   size a room reads, keeps no room for pointer furniture (zoom buttons), and asks writers for
 *   a context at ≥ 3:1 contrast instead of a fade;
 * - `frame: 'selection'` fits the projection to the places the selection concerns (the ends of
 *   its legs, its events' places, the place itself) with at least 1,200 km of surroundings, and
 *   falls back to the whole story when the selection has no place on the map.
 */
export interface MapSceneOptions extends SceneOptions {
  /** The screen's pan and zoom over the fitted frame (d3-zoom's transform); identity by default. */
  zoom?: ViewTransform;
  /**
   * `clipped` (default): the base map cut to this view, a few tens of KB, for pictures and
   * slides: the scene is the whole picture. `shared` (the screen): the scene places the base
   * map (`base.transform`, the countries' flags) and names its frame (`base.shared`), and the
   * paths are the reference-scale ones `sharedMapPathsJob` computes once per bundle and frame,
   * a piece at a time between frames, so neither zooming nor the first draw waits for them.
   */
  basemap?: 'shared' | 'clipped';
  /** Natural Earth topology to draw; 1:50m by default (tests use 1:110m for small snapshots). */
  world?: WorldTopology;
  /** A journey being played: legs after the current step are not drawn. */
  playback?: Playback | null;
  /** Screen areas labels keep clear of (controls drawn over the map on screen). */
  reserved?: readonly Box[];
}

/** A country of one of the article's groupings, filled with its grouping's tone. */
export interface MapCountryMark {
  entity: string;
  /** Its feature's index in the topology (its path in the shared paths' `countries`). */
  feature: number;
  tone: GroupTone;
  /** Empty with `basemap: 'shared'`. */
  d: string;
  /** The selection concerns it: outlined. */
  selected: boolean;
  dimmed: boolean;
}

/** Water, graticule, land, the grouped parties and borders, placed by `transform`. */
export interface MapBaseMark {
  /** screen = k · path + (x, y). */
  transform: ViewTransform;
  /** The paths: empty with `basemap: 'shared'`, whose paths are the shared ones for `shared`. */
  sphere: string;
  graticule: string;
  land: string;
  borders: string;
  countries: MapCountryMark[];
  /** With `basemap: 'shared'`, the frame whose shared paths this base map draws; else null. */
  shared: MapReference | null;
}

/** A label's placement: its lines (each with its click target) and a leader when set apart. */
export interface MapLabelMark {
  lines: PositionedLine[];
  box: Box;
  leader: string | null;
}

/** One entity drawn at a place mark: the place itself, or a country sharing its point. */
export interface MapPlaceTarget extends Omit<MapMarkFlags, 'dimmed'> {
  id: string;
  /** Its accessible name: "Beijing, place; 3 journey legs". */
  name: string;
  /** The box of its label lines: a click target (null when its label is not shown). */
  hit: Box | null;
  /** Radius of the selection ring round the mark. */
  ring: number;
}

/** A place or a country at its capital: a dot, a square, a ring, or an arrow at the edge. */
export interface MapPlaceMark extends MapMarkFlags {
  id: string;
  kind: 'place' | 'country';
  at: Point;
  /** What is drawn at `at`: nothing for a place named in passing whose name has no room. */
  marker: 'dot' | 'context' | 'square' | 'pointer' | null;
  /** Radius of a dot or ring, side of a square, or the pointer's path. */
  size: number;
  pointer: string | null;
  /** For a pointer: the edge of the view it stands on (its label keeps to that edge). */
  edge: EdgeSide | null;
  targets: MapPlaceTarget[];
  label: MapLabelMark | null;
  /** Where the label shows on hover or focus when `label` is null (`labelRule` says why). */
  onDemand: MapLabelMark | null;
  /** The level-of-detail rule that leaves the label out until asked for; null when drawn. */
  labelRule: LabelRule | null;
}

/** A journey leg: great-circle arc, arrowhead, numbered marker, traveller and date label. */
export interface MapLegMark extends MapMarkFlags {
  id: string;
  /** "Leg 2 of 2: Beijing to Moscow, on the afternoon of Oct. 6, Choe Son-hui" */
  name: string;
  traveller: { id: string; name: string; index: number };
  number: number;
  style: LegStyle;
  /** stroke-dasharray, scaled with the line's width; null for a solid line. */
  dash: string | null;
  d: string;
  /** The arrowhead; empty when its tip is off the view or under a control. */
  arrow: string;
  /** The numbered marker: the middle of the part of the leg in view; null when none is. */
  mid: Point | null;
  /** Drawn from the passage hovered in the text. */
  lit: boolean;
  /** Its label: the traveller on their first leg, the date in the article's words. */
  label: MapLabelMark | null;
  /** Its own words (traveller and date), shown on hover or focus when `label` is null. */
  onDemand: MapLabelMark | null;
  labelRule: LabelRule | null;
}

/** A round length, true at the centre of the view east–west. */
export interface MapScaleBarMark {
  x: number;
  y: number;
  px: number;
  km: number;
  label: string;
}

/** Everything the map draws for one bundle, state and size, as plain data. */
export interface MapScene {
  width: number;
  height: number;
  /** The article's headline. */
  title: string;
  /** "Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018. Geography: Natural Earth." */
  source: string;
  mode: 'workspace' | 'presentation';
  labelScale: number;
  /** What the camera frames; `selection` only when the selection has places on the map. */
  frame: 'all' | 'selection';
  /** Sizes of type and marks. */
  type: MapType;
  /** The fitted projection, before the zoom. */
  projection: ProjectionParams;
  zoom: ViewTransform;
  base: MapBaseMark;
  /** The legs drawn (hidden ones are left out), in bundle order. */
  legs: MapLegMark[];
  places: MapPlaceMark[];
  /**
   * Count marks: in a story of more than CLUSTER_MIN_PLACES dots, places closer than
   * CLUSTER_RADIUS px at this zoom (geo/cluster-places.ts); their places are not in `places`.
   */
  clusters: ClusterMark[];
  /** Legs with an end in a count, one line per pair of marks; their legs are not in `legs`. */
  legBundles: LegBundle[];
  scaleBar: MapScaleBarMark | null;
  legend: LegendModel;
  /** Is anything selected (so the context recedes)? */
  emphasis: boolean;
  /** Legs not drawn: after the "as of" day, or not yet reached by a played journey. */
  hiddenLegs: string[];
  /** Legs the map could draw (both ends located). */
  legCount: number;
}
