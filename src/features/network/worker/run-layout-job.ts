import { layoutAbstract } from '../layout/abstract-layout';
import type { LayoutAnswer, LayoutRequest } from './layout-messages';

/** Sends an answer; the typed arrays it lists are moved, not copied. */
export type Post = (answer: LayoutAnswer, transfer: Transferable[]) => void;

/** How often a progress message carries the positions so far (every fifth; the rest are numbers). */
const PARTIAL_EVERY = 5;

/**
 * What the layout worker does with a request: lays the graph out (the same pure function the
 * main thread would call, so the same numbers) and reports progress on the way. Kept apart from
 * the worker's entry so it can be tested without a worker.
 */
export function runLayoutJob(request: LayoutRequest, post: Post): void {
  const { job, input, seed } = request;
  try {
    let step = 0;
    const layout = layoutAbstract(input, {
      seed,
      onProgress: (done, x, y) => {
        step += 1;
        if (step % PARTIAL_EVERY !== 0) {
          post({ type: 'progress', job, done, partial: null }, []);
          return;
        }
        const partial = { x: x.slice(), y: y.slice() };
        post({ type: 'progress', job, done, partial }, [partial.x.buffer, partial.y.buffer]);
      },
    });
    post({ type: 'done', job, layout }, [layout.x.buffer, layout.y.buffer]);
  } catch (error) {
    post(
      {
        type: 'failed',
        job,
        message: error instanceof Error ? error.message : String(error),
      },
      [],
    );
  }
}
