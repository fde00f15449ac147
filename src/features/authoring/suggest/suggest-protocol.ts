import type { DateSuggestion } from '../dates/suggest-dates';
import type { NameSuggestion } from '../names/suggest-names';

/** What the page asks the suggestion worker: the newest text, its blocks and publication date. */
export interface SuggestRequest {
  /** Increases with every edit; the worker answers only the newest. */
  id: number;
  text: string;
  /** The article's blocks with their kinds (headlines are title case, names only confirmed). */
  blocks: { start: number; end: number; kind: string }[];
  /** The publication date dates resolve against ('' or malformed: no dates). */
  published: string;
}

/** Suggested names and dates for one text. */
export interface SuggestResult {
  names: NameSuggestion[];
  dates: DateSuggestion[];
}

/** The worker's answer: the result for a request, or word that it was dropped for a newer one. */
export type SuggestReply =
  | { id: number; type: 'done'; result: SuggestResult }
  | { id: number; type: 'stale' }
  | { id: number; type: 'failed'; message: string };
