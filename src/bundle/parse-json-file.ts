import type { BundleIssue } from './bundle-issue';
import { stripByteOrderMark } from './bundle-file-limit';
import { boundMessage } from './describe-value';

/** JSON text to data (a leading BOM dropped); a syntax error becomes an issue the UI and CLI show like any other. */
export function parseJsonFile(
  json: string,
): { ok: true; data: unknown } | { ok: false; issue: BundleIssue } {
  try {
    return { ok: true, data: JSON.parse(stripByteOrderMark(json)) as unknown };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issue: {
        path: '(file)',
        item: 'file',
        field: '(JSON)',
        message: boundMessage(`is not valid JSON: ${why}`),
      },
    };
  }
}
