import SearchWorker from './search-worker?worker&inline';

/**
 * The single-file build's Find worker, inside the page, started from a blob: URL (the
 * standalone CSP allows `worker-src blob:`). vite.single.config.ts puts this module in place of
 * start-search-worker.ts.
 */
export function startSearchWorker(): Worker {
  return new SearchWorker({ name: 'article-atlas-find' });
}
