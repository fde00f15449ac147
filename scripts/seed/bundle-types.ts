/**
 * Types of bundle format 1 (article-atlas/bundle@1) and of the human-readable annotations
 * the seed is written in. Annotations point at the text by QUOTE; the builder resolves quotes
 * to offsets with SpanFinder.
 */
import type { QuoteOptions, Range } from './span-finder.js';

export type BlockKind = 'headline' | 'caption' | 'paragraph' | 'byline' | 'note';
export type EntityKind = 'person' | 'country' | 'organization' | 'place' | 'media';
export type Basis = 'stated' | 'inferred';
export type Status = 'happened' | 'planned' | 'expected';
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

/** A date as the article words it (`text`), resolved to YYYY, YYYY-MM or YYYY-MM-DD. */
export interface When {
  start: string;
  end?: string;
  text: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  summary?: string;
  country?: string;
  location?: { lat: number; lon: number };
}

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

interface Claim {
  basis: Basis;
  note?: string;
}

export interface RelationSpec extends Claim {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  label: string;
  when?: When;
  evidence: Quote[];
}

export interface EventSpec extends Claim {
  id: string;
  label: string;
  when: When;
  place?: string;
  participants: string[];
  status: Status;
  evidence: Quote[];
}

export interface LegSpec extends Claim {
  id: string;
  from: string;
  to: string;
  when?: When;
  status: Status;
  evidence: Quote[];
}

export interface JourneySpec {
  id: string;
  traveler: string;
  label?: string;
  legs: LegSpec[];
}

type Resolved<T> = Omit<T, 'evidence'> & { evidence: Range[] };

export interface Bundle {
  format: 'article-atlas/bundle@1';
  id: string;
  article: {
    title: string;
    publisher: string;
    byline: string;
    published: string;
    modified?: string;
    url?: string;
    language: string;
    text: string;
    blocks: { id: string; kind: BlockKind; start: number; end: number }[];
  };
  entities: Entity[];
  mentions: { entity: string; start: number; end: number }[];
  relations: Resolved<RelationSpec>[];
  events: Resolved<EventSpec>[];
  journeys: (Omit<JourneySpec, 'legs'> & { legs: Resolved<LegSpec>[] })[];
}
