import type { BundleIssue } from './bundle-issue';
import { quoteText } from './describe-value';

/** Why a bundle could not be opened; each kind gets its own words in the UI. */
export type BundleLoadError =
  | { kind: 'unknown-bundle'; bundleId: string; known: string[] }
  | { kind: 'missing-file'; file: string; status: number }
  | { kind: 'network'; file: string; message: string }
  | { kind: 'invalid'; file: string; issues: BundleIssue[] }
  /** A story kept in this browser could not be given back; the message says why and what next. */
  | { kind: 'storage'; message: string };

export function describeLoadError(error: BundleLoadError): string {
  switch (error.kind) {
    case 'unknown-bundle':
      return `There is no story bundle ${quoteText(error.bundleId)}. Available: ${error.known.join(', ') || 'none'}.`;
    case 'missing-file':
      return `The file ${error.file} could not be loaded (HTTP ${error.status}).`;
    case 'network':
      return `The file ${error.file} could not be loaded: ${error.message}`;
    case 'invalid':
      return `The file ${error.file} is not a valid story bundle (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}).`;
    case 'storage':
      return error.message;
  }
}
