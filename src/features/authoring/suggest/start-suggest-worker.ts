/**
 * Starts the suggestion worker as its own file, an ES module (the CSP's `worker-src 'self'`
 * allows it). The single-file build swaps this module for start-suggest-worker-inline.ts.
 */
export function startSuggestWorker(): Worker {
  return new Worker(new URL('./suggest-worker.ts', import.meta.url), {
    type: 'module',
    name: 'article-atlas-suggestions',
  });
}
