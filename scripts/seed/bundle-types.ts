/**
 * Types of the human-readable annotations the seed is written in. The bundle's own types come
 * from the zod schema (src/bundle/bundle-schema.ts), so the builder cannot drift from what the
 * app validates. Annotations point at the text by QUOTE; the builder resolves quotes to offsets
 * with SpanFinder.
 */
import type { BundleEvent, Journey, Leg, Relation } from '../../src/bundle/bundle-schema.js';
import type { QuoteOptions } from './span-finder.js';

/**
 * The relation kinds the seed annotates with. The format leaves `kind` an open string (any story
 * may bring its own); the seed narrows it so a typo in an annotation fails the typecheck.
 */
export type RelationKind =
  | 'meets'
  | 'represents'
  | 'member-of'
  | 'official-of'
  | 'disputes'
  | 'visits'
  | 'reports'
  | 'quotes'
  | 'aligned-with'
  | 'plans-visit';

/** Evidence as written by the annotator: a quote, the sentence around a quote, or a block. */
export type Quote =
  ({ quote: string; expand?: 'sentence' } & QuoteOptions) | { block: string; quote?: undefined };

/** The exact words of `quote`. */
export const span = (quote: string, options: QuoteOptions = {}): Quote => ({ quote, ...options });
/** The whole sentence(s) in which `quote` occurs. */
export const spanSentence = (quote: string, options: QuoteOptions = {}): Quote => ({
  quote,
  ...options,
  expand: 'sentence',
});
/** A whole block, e.g. the headline. */
export const spanBlock = (block: string): Quote => ({ block });

export interface MentionSpec {
  entity: string;
  quote: Quote;
}

/** Mentions of one block, in reading order: [entity id, exact words, options?]. */
export function mentionsIn(
  block: string,
  list: [entity: string, words: string, options?: Omit<QuoteOptions, 'in'>][],
): MentionSpec[] {
  return list.map(([entity, words, options]) => ({
    entity,
    quote: span(words, { ...options, in: block }),
  }));
}

/** A bundle item as annotated: the schema's own shape, with quotes where it has offsets. */
type Annotated<T extends { evidence: unknown }> = Omit<T, 'evidence'> & { evidence: Quote[] };

export type RelationSpec = Omit<Annotated<Relation>, 'kind'> & { kind: RelationKind };
export type EventSpec = Annotated<BundleEvent>;
export type LegSpec = Annotated<Leg>;
export type JourneySpec = Omit<Journey, 'legs'> & { legs: LegSpec[] };
