import type { SearchHit } from '../../../model/search-index';
import type { SearchSource } from '../../../model/search-source';

/** What the page asks the search worker: index a story (once), then search it. */
export type SearchRequest =
  | { type: 'index'; source: SearchSource }
  | { type: 'search'; id: number; query: string; limit: number };

/**
 * What the search worker answers: the index is built, the hits of one search (tagged with the
 * request's id), or why it could not.
 */
export type SearchReply =
  | { type: 'indexed' }
  | { type: 'hits'; id: number; hits: SearchHit[] }
  | { type: 'failed'; message: string };
