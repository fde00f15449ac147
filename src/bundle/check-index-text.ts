import { bundleIndexSchema, type BundleIndex } from './bundle-index-schema';
import type { LoadResult } from './load-bundle';
import { parseJsonFile } from './parse-json-file';
import { zodIssuesToBundleIssues } from './zod-issues-to-bundle-issues';

/**
 * Checks the text of bundles/index.json (named `file` in what it reports): JSON, then the
 * schema. Its own module so zod loads only when an index is read (load-bundle.ts).
 */
export function checkIndexText(text: string, file: string): LoadResult<BundleIndex> {
  const json = parseJsonFile(text);
  if (!json.ok) return { ok: false, error: { kind: 'invalid', file, issues: [json.issue] } };
  const data = json.data;
  const parsed = bundleIndexSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      error: { kind: 'invalid', file, issues: zodIssuesToBundleIssues(data, parsed.error) },
    };
  return { ok: true, value: parsed.data };
}
