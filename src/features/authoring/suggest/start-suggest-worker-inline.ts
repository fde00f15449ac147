import SuggestWorker from './suggest-worker?worker&inline';

/**
 * The single-file build's suggestion worker: its code travels inside the page and starts from a
 * blob: URL (the standalone CSP allows `worker-src blob:`). vite.single.config.ts puts this
 * module in place of start-suggest-worker.ts.
 */
export function startSuggestWorker(): Worker {
  return new SuggestWorker({ name: 'article-atlas-suggestions' });
}
