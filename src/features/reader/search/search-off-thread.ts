import type { Bundle } from '../../../bundle/bundle-schema';
import type { SearchHit } from '../../../model/search-index';
import { searchSourceOf } from '../../../model/search-source';
import type { SearchReply, SearchRequest } from './search-protocol';
import { startSearchWorker } from './start-search-worker';

/** A story's Find index, answered asynchronously; close() stops its worker. */
export interface AsyncSearch {
  /** Settles once the index is built (rejects if it could not be, on either thread). */
  indexed: Promise<void>;
  /**
   * The hits of `query`; null when a newer search replaced this one before the worker took it
   * (only the newest query is worth ranking, the reader has typed on).
   */
  search(query: string, limit?: number): Promise<SearchHit[] | null>;
  close(): void;
}

/**
 * The index on the page's thread, for a browser that cannot start the worker: the index module
 * (and minisearch) load lazily and are built once.
 */
function onThisThread(bundle: Bundle): AsyncSearch {
  const built = import('../../../model/search-index').then((m) => m.buildSearchIndex(bundle));
  return {
    indexed: built.then(() => undefined),
    search: async (query, limit) => (await built).search(query, limit),
    close: () => {},
  };
}

interface Ask {
  query: string;
  limit: number;
  resolve: (hits: SearchHit[] | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Builds `bundle`'s Find index in a Web Worker and answers searches from it. The page only
 * gathers the names and blocks to send (no mentions, no relations) and receives the hits. One
 * search is with the worker at a time, each tagged with its id; a newer query replaces one still
 * waiting. Where Workers are missing, or the worker cannot start, the same index is built on
 * this thread instead.
 */
export function searchOffThread(bundle: Bundle): AsyncSearch {
  if (typeof Worker === 'undefined') return onThisThread(bundle);
  let worker: Worker;
  try {
    worker = startSearchWorker();
  } catch {
    return onThisThread(bundle);
  }
  let fallback: AsyncSearch | null = null;
  let closed = false;
  let next = 0;
  let sent: (Ask & { id: number }) | null = null;
  let queued: Ask | null = null;
  const settleIndexed: { resolve: () => void; reject: (error: unknown) => void } = {
    resolve: () => {},
    reject: () => {},
  };
  const indexed = new Promise<void>((resolve, reject) => {
    settleIndexed.resolve = resolve;
    settleIndexed.reject = reject;
  });
  const post = (request: SearchRequest) => worker.postMessage(request);
  const sendNext = () => {
    if (queued === null || sent !== null) return;
    sent = { ...queued, id: (next += 1) };
    queued = null;
    post({ type: 'search', id: sent.id, query: sent.query, limit: sent.limit });
  };
  const fallBack = () => {
    if (fallback !== null || closed) return;
    worker.terminate();
    const from = onThisThread(bundle);
    fallback = from;
    void from.indexed.then(settleIndexed.resolve, settleIndexed.reject);
    for (const ask of [sent, queued])
      if (ask !== null) void from.search(ask.query, ask.limit).then(ask.resolve, ask.reject);
    sent = null;
    queued = null;
  };
  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    if (reply.type === 'failed') fallBack();
    else if (reply.type === 'indexed') settleIndexed.resolve();
    else if (sent !== null && reply.id === sent.id) {
      sent.resolve(reply.hits);
      sent = null;
      sendNext();
    }
  };
  // A script the browser refused to load (policy, missing file) errors before answering.
  worker.onerror = (event) => {
    event.preventDefault();
    fallBack();
  };
  post({ type: 'index', source: searchSourceOf(bundle) });
  return {
    indexed,
    search(query, limit = 12) {
      if (fallback !== null) return fallback.search(query, limit);
      return new Promise<SearchHit[] | null>((resolve, reject) => {
        queued?.resolve(null);
        queued = { query, limit, resolve, reject };
        sendNext();
      });
    },
    close() {
      closed = true;
      worker.terminate();
      sent?.resolve(null);
      queued?.resolve(null);
      sent = null;
      queued = null;
    },
  };
}
