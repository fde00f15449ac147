import type { Bundle, BundleEvent, Relation, When } from '../bundle/bundle-schema';
import { indexBundle, type IndexedLeg } from './bundle-index';
import { formatPartialDate } from './format-date';

/**
 * A date as the article words it, with the resolved date beside it where they differ:
 * "last month · Sep 2018", "On Oct. 5 · 5 Oct 2018".
 */
export function describeWhen(when: When): string {
  const resolved =
    when.end !== undefined && when.end !== when.start
      ? `${formatPartialDate(when.start)} – ${formatPartialDate(when.end)}`
      : formatPartialDate(when.start);
  const said = when.text.trim();
  return said.toLowerCase().includes(resolved.toLowerCase()) ? said : `${said} · ${resolved}`;
}

/** The resolved date alone, for labels: "5 Oct 2018", "Sep 2018", "Oct 2018 – Dec 2018". */
export function resolvedDate(when: When): string {
  return when.end !== undefined && when.end !== when.start
    ? `${formatPartialDate(when.start)} – ${formatPartialDate(when.end)}`
    : formatPartialDate(when.start);
}

export function entityName(bundle: Bundle, id: string): string {
  return indexBundle(bundle).entities.get(id)?.name ?? id;
}

/** "Choe Son-hui met Kong Xuanyou in Beijing, 5 Oct 2018" */
export function describeRelation(relation: Relation): string {
  return relation.when ? `${relation.label}, ${resolvedDate(relation.when)}` : relation.label;
}

export function describeEvent(event: BundleEvent): string {
  return `${event.label}, ${resolvedDate(event.when)}`;
}

/** "Leg 2 of 2: Beijing to Moscow, On the afternoon of Oct. 6, Choe Son-hui" */
export function describeLeg(bundle: Bundle, indexed: IndexedLeg): string {
  const { leg, journey, number, of } = indexed;
  const when = leg.when ? `, ${leg.when.text}` : '';
  return `Leg ${number} of ${of}: ${entityName(bundle, leg.from)} to ${entityName(bundle, leg.to)}${when}, ${entityName(bundle, journey.traveler)}`;
}

export const STATUS_WORDS = {
  happened: 'happened',
  planned: 'planned',
  expected: 'expected',
} as const;
export const BASIS_WORDS = {
  stated: 'stated in the article',
  inferred: 'inferred, not stated',
} as const;
