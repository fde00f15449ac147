import type { LayoutRequest } from './layout-messages';
import { runLayoutJob, type Post } from './run-layout-job';

/** The worker's global scope, as far as this worker uses it (the app's types are the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
}

/**
 * The network layout's worker: one request in, progress and one layout out. It runs off the
 * main thread, so the page stays interactive while a large graph lays out.
 */
const scope = self as unknown as WorkerScope;
const post: Post = (answer, transfer) => scope.postMessage(answer, transfer);
scope.onmessage = (event) => runLayoutJob(event.data, post);
