import type { Bundle } from '../../../bundle/bundle-schema';
import { countryGroups, type GroupTone } from '../../../model/country-groups';
import { LEG_STYLE_LABEL, LEG_STYLE_NOTE, LEG_STYLES, type LegStyle } from './leg-style';
import { modelFrame, type MapModel } from './map-model';
import type { Overlay } from './map-overlay';

/** What the legend explains, shared by the on-screen legend and the exported picture. */
export interface LegendModel {
  travellers: { id: string; name: string; index: number; legs: number }[];
  styles: { style: LegStyle; label: string; note: string }[];
  groups: { id: string; name: string; tone: GroupTone; countries: string[] }[];
  /** Names of places drawn off the frame, shown by pointers at its edge. */
  offFrame: string[];
  hasCountryMarks: boolean;
  hasContextPlaces: boolean;
  undrawn: string[];
}

/** Only what the map shows is explained: a style no leg uses is left out. */
export function legendModel(bundle: Bundle, model: MapModel): LegendModel {
  const used = new Set(model.legs.map((l) => l.style));
  const names = new Map(model.places.map((p) => [p.id, p.name]));
  return {
    travellers: model.travellers
      .map((t) => ({ ...t, legs: model.legs.filter((l) => l.traveler === t.id).length }))
      .filter((t) => t.legs > 0),
    styles: LEG_STYLES.filter((s) => used.has(s)).map((style) => ({
      style,
      label: LEG_STYLE_LABEL[style],
      note: LEG_STYLE_NOTE[style],
    })),
    groups: countryGroups(bundle).map((g) => ({
      id: g.id,
      name: g.name,
      tone: g.tone,
      countries: g.countries,
    })),
    offFrame: modelFrame(model)
      .remote.filter((id) => model.places.find((p) => p.id === id)?.sharesDotWith === null)
      .map((id) => names.get(id) ?? id),
    hasCountryMarks: model.places.some((p) => p.kind === 'country' && p.sharesDotWith === null),
    hasContextPlaces: model.places.some((p) => p.kind === 'place' && !p.primary),
    undrawn: model.undrawn.map((u) => `${u.name} (${u.reason})`),
  };
}

/**
 * The legend for what the view shows now: the places currently beyond its edge (drawn as
 * arrows) and whether any place named in passing is marked. Zooming changes both.
 */
export function legendForView(legend: LegendModel, overlay: Overlay, model: MapModel): LegendModel {
  const names = new Map(model.places.map((p) => [p.id, p.name]));
  const shown = new Set(overlay.labels.filter((l) => !l.hidden).map((l) => l.owner));
  return {
    ...legend,
    offFrame: overlay.dots.filter((d) => d.pointer !== null).map((d) => names.get(d.id) ?? d.id),
    hasContextPlaces: overlay.dots.some(
      (d) => d.kind === 'place' && !d.primary && d.pointer === null && shown.has(d.id),
    ),
  };
}
