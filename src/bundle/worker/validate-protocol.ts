import type { BundleValidation } from '../validate-bundle';

/** How far an off-thread open has got; the UI turns it into words and a bar. */
export type ValidateProgress =
  { stage: 'read'; done: number; total: number } | { stage: 'parse' } | { stage: 'check' };

/** What the page asks of the worker: check a file it chose or text it holds. */
export type ValidateRequest =
  { job: number; kind: 'file'; file: Blob } | { job: number; kind: 'text'; text: string };

/** What the worker answers: progress while it works, then the validation and the text it read. */
export type ValidateReply =
  | { job: number; type: 'progress'; progress: ValidateProgress }
  | { job: number; type: 'done'; result: BundleValidation; text: string | null }
  | { job: number; type: 'failed'; message: string };
