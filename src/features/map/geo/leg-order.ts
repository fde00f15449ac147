import type { Bundle } from '../../../bundle/bundle-schema';
import { indexBundle } from '../../../model/bundle-index';

/** A leg's place in the story: its journey, its number in that journey and its traveller. */
export interface OrderedLeg {
  id: string;
  journeyId: string;
  traveler: string;
  /** 1-based within the journey, as indexBundle numbers it ("Leg 2 of 2"). */
  number: number;
  of: number;
  /** 0-based position of the traveller among all travellers: picks their colour. */
  travelerIndex: number;
}

/** Travellers in the order of their first journey in the bundle: colours follow this order. */
export function travellers(bundle: Bundle): string[] {
  const seen: string[] = [];
  for (const j of bundle.journeys) if (!seen.includes(j.traveler)) seen.push(j.traveler);
  return seen;
}

/**
 * Every leg in the bundle's order: journeys as listed, legs as listed within each. The bundle's
 * order is the author's statement of sequence; dates are often too coarse ("last month") to sort by.
 */
export function orderedLegs(bundle: Bundle): OrderedLeg[] {
  const index = indexBundle(bundle);
  const who = travellers(bundle);
  return bundle.journeys.flatMap((journey) =>
    journey.legs.map((leg) => {
      const indexed = index.legs.get(leg.id);
      return {
        id: leg.id,
        journeyId: journey.id,
        traveler: journey.traveler,
        number: indexed?.number ?? 1,
        of: indexed?.of ?? journey.legs.length,
        travelerIndex: who.indexOf(journey.traveler),
      };
    }),
  );
}

/** The legs a "Play journey" steps through for one traveller: all their journeys, in order. */
export function playOrder(bundle: Bundle, traveler: string): string[] {
  return orderedLegs(bundle)
    .filter((l) => l.traveler === traveler)
    .map((l) => l.id);
}
