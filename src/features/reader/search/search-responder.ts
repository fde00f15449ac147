import { buildSearchIndexFrom, type SearchIndex } from '../../../model/search-index';
import type { SearchReply, SearchRequest } from './search-protocol';

/**
 * The search worker's logic without the worker (search-worker.ts wires it to messages): the
 * same index and the same ranking as Find on the page, so its answers are the page's answers.
 */
export function searchResponder(): (request: SearchRequest) => SearchReply {
  let index: SearchIndex | null = null;
  return (request) => {
    try {
      if (request.type === 'index') {
        index = buildSearchIndexFrom(request.source);
        return { type: 'indexed' };
      }
      if (index === null) return { type: 'failed', message: 'searched before indexing' };
      return { type: 'hits', id: request.id, hits: index.search(request.query, request.limit) };
    } catch (error) {
      return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  };
}
