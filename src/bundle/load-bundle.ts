import { bundleIndexSchema, type BundleIndex } from './bundle-index-schema';
import type { Bundle } from './bundle-schema';
import type { BundleLoadError } from './bundle-load-error';
import { validateBundleText, type BundleValidation } from './validate-bundle';
import type { BundleIssue } from './bundle-issue';
import { parseJsonFile } from './parse-json-file';
import { zodIssuesToBundleIssues } from './zod-issues-to-bundle-issues';

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: BundleLoadError };

type Fetcher = (url: string) => Promise<Response>;

async function fetchText(fetcher: Fetcher, url: string, file: string): Promise<LoadResult<string>> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    return {
      ok: false,
      error: {
        kind: 'network',
        file,
        message: error instanceof Error ? error.message : String(error),
      },
    };
  }
  if (!response.ok)
    return { ok: false, error: { kind: 'missing-file', file, status: response.status } };
  return { ok: true, value: await response.text() };
}

/** Reads bundles/index.json below baseUrl. */
export async function loadBundleIndex(
  baseUrl: string,
  fetcher: Fetcher = (u) => fetch(u),
): Promise<LoadResult<BundleIndex>> {
  const file = 'bundles/index.json';
  const text = await fetchText(fetcher, `${baseUrl}${file}`, file);
  if (!text.ok) return text;
  const json = parseJsonFile(text.value);
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

/** Turns fetched text into a bundle; the app passes one that runs in a worker. */
export type ValidateBundleText = (text: string) => Promise<BundleValidation>;

/** Finds a bundle in the index, fetches and validates it. */
export async function loadBundle(
  baseUrl: string,
  index: BundleIndex,
  bundleId: string,
  fetcher: Fetcher = (u) => fetch(u),
): Promise<LoadResult<Bundle>> {
  const result = await loadCheckedBundle(baseUrl, index, bundleId, fetcher);
  return result.ok ? { ok: true, value: result.value.bundle } : result;
}

/** As loadBundle, keeping the validator's warnings, with the validation step supplied. */
export async function loadCheckedBundle(
  baseUrl: string,
  index: BundleIndex,
  bundleId: string,
  fetcher: Fetcher = (u) => fetch(u),
  validate: ValidateBundleText = (text) => Promise.resolve(validateBundleText(text)),
): Promise<LoadResult<{ bundle: Bundle; warnings: BundleIssue[] }>> {
  const entry = index.bundles.find((b) => b.id === bundleId);
  if (entry === undefined)
    return {
      ok: false,
      error: { kind: 'unknown-bundle', bundleId, known: index.bundles.map((b) => b.id) },
    };
  const file = `bundles/${entry.file}`;
  const text = await fetchText(fetcher, `${baseUrl}${file}`, file);
  if (!text.ok) return text;
  const result = await validate(text.value);
  if (!result.ok) return { ok: false, error: { kind: 'invalid', file, issues: result.issues } };
  return { ok: true, value: { bundle: result.bundle, warnings: result.warnings } };
}
