import SearchWorker from './search-worker?worker';

/**
 * Starts Find's worker as its own file (the served app; the CSP's `worker-src 'self'` allows
 * it). The single-file build swaps this module for start-search-worker-inline.ts.
 */
export function startSearchWorker(): Worker {
  return new SearchWorker({ name: 'article-atlas-find' });
}
