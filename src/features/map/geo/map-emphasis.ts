import { isKnownBy } from '../../../model/as-of';
import type { SelectionFocus } from '../../../model/selection-focus';
import type { MapModel } from './map-model';

/** A journey being played on screen: its legs in order and the one being drawn. */
export interface Playback {
  legs: readonly string[];
  step: number;
}

/** How the selection, a hovered passage and a played journey touch the map's items. */
export interface MapEmphasis {
  /** Something is selected: what it does not concern recedes. */
  active: boolean;
  /** Ids the selection names (ring, bold label, wider line). */
  subject: ReadonlySet<string>;
  /** Ids it concerns (data-selected="true"): entities, legs and the places on them. */
  focus: ReadonlySet<string>;
  /** Legs drawn from the passage hovered in the text. */
  lit: ReadonlySet<string>;
  /** Legs not drawn: after the "as of" day, or not yet reached by a played journey. */
  hidden: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The emphasis sets for one state. A map adds to the shared focus what only a map knows
 * belongs to it: while a journey plays, the legs already drawn (and their ends) stay in view
 * behind the current one.
 */
export function mapEmphasis(
  model: MapModel,
  focus: SelectionFocus | null,
  options: {
    selected: boolean;
    asOf: string | null;
    hover?: SelectionFocus | null;
    playback?: Playback | null;
  },
): MapEmphasis {
  const playback = options.playback ?? null;
  const hidden = new Set(playback ? playback.legs.slice(playback.step + 1) : []);
  for (const l of model.legs) if (!isKnownBy(l.when, options.asOf)) hidden.add(l.id);
  const lit = options.hover ? options.hover.legs : NONE;
  if (!options.selected || focus === null)
    return { active: false, subject: NONE, focus: NONE, lit, hidden };

  const played = playback ? playback.legs.slice(0, playback.step) : [];
  const concerned = new Set<string>([...focus.entities, ...focus.legs, ...focus.places, ...played]);
  const legs = new Map(model.legs.map((l) => [l.id, l]));
  for (const id of played) {
    const l = legs.get(id);
    if (l) concerned.add(l.from).add(l.to);
  }
  return { active: true, subject: focus.selected, focus: concerned, lit, hidden };
}
