import type { BundleIssue } from './bundle-issue';

/** JSON text to data; a syntax error becomes an issue the UI and CLI show like any other. */
export function parseJsonFile(
  json: string,
): { ok: true; data: unknown } | { ok: false; issue: BundleIssue } {
  try {
    return { ok: true, data: JSON.parse(json) as unknown };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issue: {
        path: '(file)',
        item: 'file',
        field: '(JSON)',
        message: `is not valid JSON: ${why}`,
      },
    };
  }
}
