import type { Bundle } from './bundle-schema';
import { validateBundle } from './validate-bundle';
import { formatIssue } from './bundle-issue';

/** Bundles the user opened from files, kept in the browser so a reload or a link finds them. */
export const LOCAL_BUNDLES_KEY = 'article-atlas:local-bundles@1';

export interface StoredLocalBundles {
  bundles: Bundle[];
  /** What could not be recovered, in words; the rest is kept. */
  problems: string[];
}

/**
 * Reads what was stored. Every bundle is validated again: storage can be edited, truncated or
 * written by an older version. A bad entry is reported and dropped; good ones survive it.
 */
export function parseStoredLocalBundles(stored: string | null): StoredLocalBundles {
  if (stored === null || stored === '') return { bundles: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return {
      bundles: [],
      problems: [
        'The stories you opened from files could not be read back (the saved data is corrupted). Open the files again.',
      ],
    };
  }
  if (!Array.isArray(data))
    return {
      bundles: [],
      problems: ['The saved list of stories opened from files is not a list; it was set aside.'],
    };
  const bundles: Bundle[] = [];
  const problems: string[] = [];
  data.forEach((item: unknown, i) => {
    const result = validateBundle(item);
    if (result.ok) bundles.push(result.bundle);
    else {
      const id =
        item !== null && typeof item === 'object' && 'id' in item && typeof item.id === 'string'
          ? `“${item.id}”`
          : `number ${i + 1}`;
      problems.push(
        `Saved story ${id} is damaged and was set aside: ${result.issues.slice(0, 2).map(formatIssue).join('; ')}`,
      );
    }
  });
  return { bundles, problems };
}

export function serialiseLocalBundles(bundles: readonly Bundle[]): string {
  return JSON.stringify(bundles);
}
