import type { BundleValidation } from '../validate-bundle';
import { parseJsonFile } from '../parse-json-file';
import { readBlobText } from './read-blob-text';
import { startBundleWorker } from './start-bundle-worker';
import type { ValidateProgress, ValidateReply } from './validate-protocol';
import { assembleBundle } from './bundle-pieces';

/** How an off-thread check ended. `text` is the file as read, when a file was checked and passed. */
export type OffThreadOutcome =
  | { kind: 'done'; result: BundleValidation; text: string | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** A check under way: its outcome, and a way to stop it. */
export interface OffThreadJob {
  outcome: Promise<OffThreadOutcome>;
  cancel: () => void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same steps on the page's own thread, for a browser that cannot start the worker (an old
 * one, or a policy that forbids it): slower to answer, but the file still opens.
 */
async function onThisThread(
  source: { file: Blob } | { text: string },
  onProgress: (p: ValidateProgress) => void,
  cancelled: () => boolean,
): Promise<OffThreadOutcome> {
  const text =
    'file' in source
      ? await readBlobText(source.file, (done, total) => onProgress({ stage: 'read', done, total }))
      : source.text;
  if (cancelled()) return { kind: 'cancelled' };
  onProgress({ stage: 'parse' });
  await nextTask();
  const parsed = parseJsonFile(text);
  if (cancelled()) return { kind: 'cancelled' };
  if (!parsed.ok)
    return { kind: 'done', result: { ok: false, issues: [parsed.issue] }, text: null };
  onProgress({ stage: 'check' });
  // The validator (zod) is loaded only here: on the page it is needed by this fallback alone.
  const { validateBundle } = await import('../validate-bundle');
  await nextTask();
  const result = validateBundle(parsed.data);
  if (cancelled()) return { kind: 'cancelled' };
  return { kind: 'done', result, text: 'file' in source && result.ok ? text : null };
}

let jobs = 0;

/**
 * Reads (for a file), parses and validates a bundle in a Web Worker, reporting progress; cancel()
 * stops the worker at once. Nothing heavy runs on the page's thread except receiving the result.
 */
export function validateOffThread(
  source: { file: Blob } | { text: string },
  onProgress: (p: ValidateProgress) => void = () => {},
): OffThreadJob {
  const job = (jobs += 1);
  let worker: Worker | null = null;
  let stopped = false;
  let settle: (o: OffThreadOutcome) => void = () => {};
  const outcome = new Promise<OffThreadOutcome>((resolve) => {
    settle = (o) => {
      worker?.terminate();
      worker = null;
      resolve(o);
    };
  });
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    // Started after this call has returned: a caller's progress callback may use the job it is
    // given (`const job = validateOffThread(…, () => … job.cancel)`), which a report made during
    // the call would reach before it exists (it did: no Worker, every file was refused).
    void Promise.resolve()
      .then(() => onThisThread(source, onProgress, () => stopped))
      .then(settle, (error: unknown) =>
        settle({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
  };
  try {
    worker = startBundleWorker();
  } catch {
    fallBack();
    return { outcome, cancel: () => ((stopped = true), settle({ kind: 'cancelled' })) };
  }
  let answered = false;
  const assembly = assembleBundle();
  worker.onmessage = (event: MessageEvent<ValidateReply>) => {
    const reply = event.data;
    if (reply.job !== job || stopped) return;
    answered = true;
    if (reply.type === 'progress') onProgress(reply.progress);
    else if (reply.type === 'failed') settle({ kind: 'failed', message: reply.message });
    else
      try {
        if (reply.type === 'piece') {
          const { done, total } = assembly.add(reply.piece);
          onProgress({ stage: 'receive', done, total });
        } else {
          const { result, text } = reply;
          settle({
            kind: 'done',
            result: result.ok ? { ...result, bundle: assembly.finish() } : result,
            text,
          });
        }
      } catch (error) {
        settle({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
  };
  // A worker script the browser refused to load (policy, missing file) errors before answering.
  worker.onerror = (event) => {
    event.preventDefault();
    if (!answered && !stopped) fallBack();
    else if (!stopped) settle({ kind: 'failed', message: event.message || 'the check stopped' });
  };
  worker.postMessage(
    'file' in source
      ? { job, kind: 'file', file: source.file }
      : { job, kind: 'text', text: source.text },
  );
  return {
    outcome,
    cancel: () => {
      stopped = true;
      settle({ kind: 'cancelled' });
    },
  };
}
