import type { Bundle, Span } from '../bundle/bundle-schema';
import type { Selection } from '../view-state/view-state';
import { indexBundle } from './bundle-index';
import { spansOverlap } from './spans-overlap';

/**
 * What a selection concerns, computed once per bundle and selection and shared by every view:
 * the items the selection names (the subject), everything it concerns (each view marks those
 * `data-selected="true"` and keeps them clear while the rest dims) and the passages supporting it.
 */
export interface SelectionFocus {
  /** Ids of the items the selection names directly (the subject, drawn with a ring). */
  selected: Set<string>;
  /** Entities concerned: the subject, a relation's two ends, a leg's traveller and places… */
  entities: Set<string>;
  relations: Set<string>;
  events: Set<string>;
  legs: Set<string>;
  /** Places on the map concerned: the ends of the concerned legs and the concerned events' places. */
  places: Set<string>;
  /** Evidence passages, in text order. */
  evidence: Span[];
}

export type FocusResult = { ok: true; focus: SelectionFocus } | { ok: false; message: string };

const empty = (): SelectionFocus => ({
  selected: new Set(),
  entities: new Set(),
  relations: new Set(),
  events: new Set(),
  legs: new Set(),
  places: new Set(),
  evidence: [],
});

/** The map's places follow from the legs and events already in the focus. */
function withPlaces(bundle: Bundle, focus: SelectionFocus): SelectionFocus {
  // Nothing selected (every story opens so): no place follows, and no index is needed yet.
  if (focus.legs.size === 0 && focus.events.size === 0 && focus.entities.size === 0) return focus;
  const index = indexBundle(bundle);
  for (const id of focus.legs) {
    const l = index.legs.get(id);
    if (l) focus.places.add(l.leg.from).add(l.leg.to);
  }
  for (const id of focus.events) {
    const place = index.events.get(id)?.place;
    if (place !== undefined) focus.places.add(place);
  }
  for (const id of focus.entities)
    if (index.entities.get(id)?.kind === 'place') focus.places.add(id);
  return focus;
}

function sortSpans(spans: Span[]): Span[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Everything the bundle draws from a passage: items whose evidence or mentions lie in it. */
export function focusForPassage(bundle: Bundle, passage: Span): SelectionFocus {
  const focus = empty();
  for (const m of bundle.mentions) if (spansOverlap(m, passage)) focus.entities.add(m.entity);
  for (const r of bundle.relations)
    if (r.evidence.some((s) => spansOverlap(s, passage))) {
      focus.relations.add(r.id);
      focus.entities.add(r.source);
      focus.entities.add(r.target);
    }
  for (const e of bundle.events)
    if (e.evidence.some((s) => spansOverlap(s, passage))) {
      focus.events.add(e.id);
      e.participants.forEach((p) => focus.entities.add(p));
      if (e.place !== undefined) focus.entities.add(e.place);
    }
  for (const j of bundle.journeys)
    for (const l of j.legs)
      if (l.evidence.some((s) => spansOverlap(s, passage))) {
        focus.legs.add(l.id);
        focus.entities.add(j.traveler);
        focus.entities.add(l.from);
        focus.entities.add(l.to);
      }
  focus.evidence = [passage];
  return withPlaces(bundle, focus);
}

/** Resolves a selection against a bundle; an id the bundle does not have is an error to show. */
export function selectionFocus(bundle: Bundle, selection: Selection | null): FocusResult {
  const result = resolveFocus(bundle, selection);
  return result.ok ? { ok: true, focus: withPlaces(bundle, result.focus) } : result;
}

function resolveFocus(bundle: Bundle, selection: Selection | null): FocusResult {
  if (selection === null) return { ok: true, focus: empty() };
  const index = indexBundle(bundle);
  const text = bundle.article.text;

  if (selection.kind === 'passage') {
    if (selection.end > text.length)
      return {
        ok: false,
        message: `The link selects characters ${selection.start}–${selection.end}, but this article has ${text.length}.`,
      };
    const focus = focusForPassage(bundle, selection);
    focus.selected.add(`passage:${selection.start}-${selection.end}`);
    return { ok: true, focus };
  }

  const { id } = selection;
  const missing = (noun: string): FocusResult => ({
    ok: false,
    message: `This story has no ${noun} “${id}”. The link may be from another story or an older version of this one.`,
  });
  const focus = empty();
  focus.selected.add(id);

  switch (selection.kind) {
    case 'entity': {
      if (!index.entities.has(id)) return missing('entity');
      focus.entities.add(id);
      for (const r of index.relations.values())
        if (r.source === id || r.target === id) {
          focus.relations.add(r.id);
          focus.entities.add(r.source);
          focus.entities.add(r.target);
        }
      for (const e of index.eventsByEntity.get(id) ?? []) focus.events.add(e.id);
      for (const l of index.legsByEntity.get(id) ?? []) focus.legs.add(l.leg.id);
      focus.evidence = sortSpans(index.mentionsByEntity.get(id) ?? []).map(({ start, end }) => ({
        start,
        end,
      }));
      return { ok: true, focus };
    }
    case 'relation': {
      const r = index.relations.get(id);
      if (!r) return missing('relation');
      focus.relations.add(id);
      focus.entities.add(r.source);
      focus.entities.add(r.target);
      focus.evidence = sortSpans(r.evidence);
      return { ok: true, focus };
    }
    case 'event': {
      const e = index.events.get(id);
      if (!e) return missing('event');
      focus.events.add(id);
      e.participants.forEach((p) => focus.entities.add(p));
      if (e.place !== undefined) focus.entities.add(e.place);
      focus.evidence = sortSpans(e.evidence);
      return { ok: true, focus };
    }
    case 'leg': {
      const l = index.legs.get(id);
      if (!l) return missing('journey leg');
      focus.legs.add(id);
      focus.entities.add(l.journey.traveler);
      focus.entities.add(l.leg.from);
      focus.entities.add(l.leg.to);
      focus.evidence = sortSpans(l.leg.evidence);
      return { ok: true, focus };
    }
    case 'block': {
      const b = bundle.article.blocks.find((x) => x.id === id);
      if (!b) return missing('block');
      const f = focusForPassage(bundle, b);
      f.selected.add(id);
      return { ok: true, focus: f };
    }
  }
}
