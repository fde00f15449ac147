import type { BundleValidation } from '../validate-bundle';
import type { BundleIssue } from '../bundle-issue';
import type { BundlePiece } from './bundle-pieces';

/** How far an off-thread open has got; the UI turns it into words and a bar. */
export type ValidateProgress =
  | { stage: 'read'; done: number; total: number }
  | { stage: 'parse' }
  | { stage: 'check' }
  /** The checked story arriving on the page, `done` of `total` items (bundle-pieces.ts). */
  | { stage: 'receive'; done: number; total: number };

/** What the page asks of the worker: check a file it chose or text it holds. */
export type ValidateRequest =
  { job: number; kind: 'file'; file: Blob } | { job: number; kind: 'text'; text: string };

/** The validation as the worker sends it: a bundle that passed comes before it, in pieces. */
export type SentValidation =
  | Exclude<BundleValidation, { ok: true }>
  | { ok: true; bundle: 'in-pieces'; warnings: BundleIssue[] };

/**
 * What the worker answers: progress while it works, the checked bundle in pieces, then the
 * validation and the text it read.
 */
export type ValidateReply =
  | { job: number; type: 'progress'; progress: ValidateProgress }
  | { job: number; type: 'piece'; piece: BundlePiece }
  | { job: number; type: 'done'; result: SentValidation; text: string | null }
  | { job: number; type: 'failed'; message: string };
