import type { BundleIndex } from './bundle-index-schema';
import type { Bundle } from './bundle-schema';
import type { BundleLoadError } from './bundle-load-error';
import type { BundleValidation } from './validate-bundle';
import type { BundleIssue } from './bundle-issue';
import { readPlainIndex } from './read-plain-index';

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

/**
 * Reads bundles/index.json below baseUrl. A sound list is read by a small check
 * (read-plain-index.ts); only a list that fails it imports the full check (zod) for its
 * messages, so the first paint never waits on the validator's files (docs/decisions.md).
 */
export async function loadBundleIndex(
  baseUrl: string,
  fetcher: Fetcher = (u) => fetch(u),
): Promise<LoadResult<BundleIndex>> {
  const file = 'bundles/index.json';
  const text = await fetchText(fetcher, `${baseUrl}${file}`, file);
  if (!text.ok) return text;
  const plain = readPlainIndex(text.value);
  if (plain) return { ok: true, value: plain };
  let check: typeof import('./check-index-text').checkIndexText;
  try {
    check = (await import('./check-index-text')).checkIndexText;
  } catch (error) {
    // A page left open across a new release can find its checker's file gone: say so, not hang.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        kind: 'network',
        file,
        message: `the app's story checker did not load (${message}); reload the page`,
      },
    };
  }
  return check(text.value, file);
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
  // The app passes its worker; this default (tests, scripts) loads the validator on demand.
  validate: ValidateBundleText = (text) =>
    import('./validate-bundle').then((m) => m.validateBundleText(text)),
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
