import BundleWorker from './bundle-worker?worker&inline';

/**
 * The single-file build's worker: its code travels inside the page and starts from a blob: URL
 * (the standalone CSP allows `worker-src blob:`). vite.single.config.ts puts this module in place
 * of start-bundle-worker.ts.
 */
export function startBundleWorker(): Worker {
  return new BundleWorker({ name: 'article-atlas-bundle-check' });
}
