import type { BundleIssue } from './bundle-issue';

/**
 * The largest bundle file the app opens and the command line checks: one limit for both, so a
 * file `npm run validate` passes is a file the app opens. 20 MB is far beyond any article.
 */
export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;

/** The refusal for a file over the limit, or null when it fits. */
export function fileSizeIssue(bytes: number): BundleIssue | null {
  if (bytes <= MAX_BUNDLE_BYTES) return null;
  return {
    path: '(file)',
    item: 'file',
    field: '(size)',
    message: `is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_BUNDLE_BYTES / 1048576} MB`,
  };
}

/**
 * One BOM rule everywhere: a single leading U+FEFF (a UTF-8 byte order mark, which some editors
 * write) is dropped before parsing. Browsers' File.text() already drops it; Node's readFileSync
 * keeps it, which made the command line refuse files the app opened.
 */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
