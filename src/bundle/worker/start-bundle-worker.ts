import BundleWorker from './bundle-worker?worker';

/**
 * Starts the validation worker as its own file (the served app; the CSP's `worker-src 'self'`
 * allows it). The single-file build swaps this module for start-bundle-worker-inline.ts, since a
 * file opened from disk has no other file to load.
 */
export function startBundleWorker(): Worker {
  return new BundleWorker({ name: 'article-atlas-bundle-check' });
}
