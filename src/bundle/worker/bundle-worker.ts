import { validateBundle } from '../validate-bundle';
import { parseJsonFile } from '../parse-json-file';
import { readBlobText } from './read-blob-text';
import { splitBundle } from './bundle-pieces';
import type { ValidateProgress, ValidateReply, ValidateRequest } from './validate-protocol';

/**
 * The worker that reads, parses and validates a bundle off the page's thread, so a 15 MB file
 * never freezes the page: the page shows progress and can cancel (it terminates the worker).
 */
const scope = self as unknown as {
  postMessage(message: ValidateReply): void;
  onmessage: ((event: MessageEvent<ValidateRequest>) => void) | null;
};

async function run(request: ValidateRequest): Promise<void> {
  const { job } = request;
  const report = (progress: ValidateProgress) =>
    scope.postMessage({ job, type: 'progress', progress });
  let lastReport = 0;
  const text =
    request.kind === 'file'
      ? await readBlobText(request.file, (done, total) => {
          // A report per chunk would flood the page; a few per second is a smooth bar.
          const now = Date.now();
          if (done < total && now - lastReport < 50) return;
          lastReport = now;
          report({ stage: 'read', done, total });
        })
      : request.text;
  report({ stage: 'parse' });
  const parsed = parseJsonFile(text);
  if (!parsed.ok) {
    scope.postMessage({
      job,
      type: 'done',
      result: { ok: false, issues: [parsed.issue] },
      text: null,
    });
    return;
  }
  report({ stage: 'check' });
  const result = validateBundle(parsed.data);
  if (!result.ok) {
    scope.postMessage({ job, type: 'done', result, text: null });
    return;
  }
  // In pieces, so the page rebuilds it over many short tasks instead of one long one.
  for (const piece of splitBundle(result.bundle)) scope.postMessage({ job, type: 'piece', piece });
  scope.postMessage({
    job,
    type: 'done',
    result: { ok: true, bundle: 'in-pieces', warnings: result.warnings },
    text: request.kind === 'file' ? text : null,
  });
}

scope.onmessage = (event) => {
  run(event.data).catch((error: unknown) => {
    scope.postMessage({
      job: event.data.job,
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  });
};
