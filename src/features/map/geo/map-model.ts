import type { Basis, Bundle, Span, Status, When } from '../../../bundle/bundle-schema';
import { indexBundle } from '../../../model/bundle-index';
import { describeLeg } from '../../../model/describe-items';
import type { LonLat } from './fit-projection';
import { framePlaces, type FrameChoice } from './frame-places';
import { orderedLegs, travellers } from './leg-order';
import { legStyle, type LegStyle } from './leg-style';
import { mapPlaces, type MapPlace } from './map-places';

/** A journey leg the map can draw: both ends located. */
export interface MapLeg {
  id: string;
  journeyId: string;
  traveler: string;
  travelerName: string;
  /** 0-based traveller order: their colour and legend row. */
  travelerIndex: number;
  number: number;
  of: number;
  from: string;
  to: string;
  fromName: string;
  toName: string;
  fromAt: LonLat;
  toAt: LonLat;
  when: When | undefined;
  status: Status;
  basis: Basis;
  style: LegStyle;
  /** The accessible name: "Leg 2 of 2: Beijing to Moscow, on the afternoon of Oct. 6, Choe Son-hui". */
  name: string;
  evidence: Span[];
}

export interface MapTraveller {
  id: string;
  name: string;
  index: number;
}

/** Everything the map derives from a bundle, before any projection or screen size. */
export interface MapModel {
  places: MapPlace[];
  legs: MapLeg[];
  travellers: MapTraveller[];
  /** Legs that cannot be drawn, said in words for the legend. */
  undrawn: { id: string; name: string; reason: string }[];
  /** Each place's weight in the story (1 + legs + events touching it), for `modelFrame`. */
  weights: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Bundle, MapModel>();

/** Memoised per bundle object, like indexBundle: components call it freely. */
export function mapModel(bundle: Bundle): MapModel {
  const hit = cache.get(bundle);
  if (hit) return hit;
  const index = indexBundle(bundle);
  const places = mapPlaces(bundle);
  const byId = new Map(places.map((p) => [p.id, p]));
  const name = (id: string) => index.entities.get(id)?.name ?? id;

  const legs: MapLeg[] = [];
  const undrawn: MapModel['undrawn'] = [];
  for (const o of orderedLegs(bundle)) {
    const indexed = index.legs.get(o.id);
    if (!indexed) continue;
    const { leg } = indexed;
    const from = byId.get(leg.from);
    const to = byId.get(leg.to);
    const legName = describeLeg(bundle, indexed);
    if (!from || !to) {
      const missing = [!from ? name(leg.from) : null, !to ? name(leg.to) : null].filter(Boolean);
      undrawn.push({
        id: leg.id,
        name: legName,
        reason: `no location for ${missing.join(' or ')}`,
      });
      continue;
    }
    legs.push({
      id: leg.id,
      journeyId: o.journeyId,
      traveler: o.traveler,
      travelerName: name(o.traveler),
      travelerIndex: o.travelerIndex,
      number: o.number,
      of: o.of,
      from: leg.from,
      to: leg.to,
      fromName: from.name,
      toName: to.name,
      fromAt: from.lonLat,
      toAt: to.lonLat,
      when: leg.when,
      status: leg.status,
      basis: leg.basis,
      style: legStyle(leg),
      name: legName,
      evidence: leg.evidence,
    });
  }

  // Weight: where the story happens (legs drawn, events placed), not just where it is named.
  const weight = new Map(places.map((p) => [p.id, 1]));
  const bump = (id: string) => weight.set(id, (weight.get(id) ?? 1) + 1);
  for (const l of legs) {
    bump(l.from);
    bump(l.to);
  }
  for (const e of bundle.events) if (e.place !== undefined && weight.has(e.place)) bump(e.place);
  const model: MapModel = {
    places,
    legs,
    travellers: travellers(bundle).map((id, i) => ({ id, name: name(id), index: i })),
    undrawn,
    weights: weight,
  };
  cache.set(bundle, model);
  return model;
}

const frames = new WeakMap<MapModel, FrameChoice>();

/**
 * Which places the story's frame holds and which are remote (`framePlaces`, by weight): kept
 * per model, apart from it, since with thousands of places it is the model's costliest part and
 * the screen works it out in a task of its own before the first draw.
 */
export function modelFrame(model: MapModel): FrameChoice {
  const hit = frames.get(model);
  if (hit) return hit;
  const frame = framePlaces(
    model.places.map((p) => ({ id: p.id, lonLat: p.lonLat, weight: model.weights.get(p.id) ?? 1 })),
  );
  frames.set(model, frame);
  return frame;
}

/** Whether `modelFrame` has been worked out for this model. */
export function modelFrameKept(model: MapModel): boolean {
  return frames.has(model);
}

/** Whether `mapModel` has been worked out for this bundle object. */
export function mapModelKept(bundle: Bundle): boolean {
  return cache.has(bundle);
}
