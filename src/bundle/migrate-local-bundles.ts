import type { Bundle } from './bundle-schema';
import type { LocalBundleStore, ValidateText } from './local-bundle-store';
import { formatIssue } from './bundle-issue';
import { quoteText } from './describe-value';
import { setAsideMessage } from './storage-messages';

/** Where stories opened from files were kept before IndexedDB: one JSON list in localStorage. */
export const LEGACY_LOCAL_BUNDLES_KEY = 'article-atlas:local-bundles@1';

/** What the move did: stories kept, and anything set aside or left behind, in words. */
export interface MigrationReport {
  moved: number;
  problems: string[];
}

interface Entry {
  text: string;
  id: string | null;
  position: number;
}

function idOf(item: unknown): string | null {
  return item !== null && typeof item === 'object' && 'id' in item && typeof item.id === 'string'
    ? item.id
    : null;
}

/**
 * Moves the old localStorage list into the store, keeping everything: each valid story is saved;
 * a damaged one, an unreadable list, or an older copy of a repeated id becomes a backup the user
 * can download. The old key is removed only once everything it held is written; if a write
 * fails the key stays for the next visit, untouched.
 */
export async function migrateLegacyLocalBundles(
  storage: Pick<Storage, 'getItem' | 'removeItem'> | null,
  store: LocalBundleStore,
  validate: ValidateText,
): Promise<MigrationReport> {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(LEGACY_LOCAL_BUNDLES_KEY) ?? null;
  } catch {
    return { moved: 0, problems: [] };
  }
  if (raw === null || raw === '') return { moved: 0, problems: [] };

  const problems: string[] = [];
  let failed = false;
  const keep = async (text: string, reason: string, name: string) => {
    const r = await store.backUp(text, reason, name);
    if (!r.ok) failed = true;
    problems.push(r.ok ? reason : r.message);
  };

  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (!Array.isArray(data)) {
    await keep(
      raw,
      setAsideMessage(
        'The saved list of stories opened from files',
        data === undefined ? 'it is not valid JSON' : 'it is not a list',
      ),
      'opened-files-list',
    );
  } else {
    const entries: Entry[] = data.map((item: unknown, position) => ({
      text: JSON.stringify(item) ?? 'null',
      id: idOf(item),
      position,
    }));
    // The old list appended each new open, so for a repeated id the last entry is the newest.
    const lastOf = new Map<string, number>();
    for (const e of entries) if (e.id !== null) lastOf.set(e.id, e.position);
    const valid: { bundle: Bundle; text: string }[] = [];
    for (const e of entries) {
      const name = e.id === null ? `story ${e.position + 1}` : quoteText(e.id);
      if (e.id !== null && lastOf.get(e.id) !== e.position) {
        const later = entries[lastOf.get(e.id) ?? -1];
        if (later?.text !== e.text)
          await keep(
            e.text,
            `An older copy of the saved story ${name} (the list held the id twice; the later copy is kept as the story) was set aside. Its saved text is kept as a backup you can download.`,
            e.id,
          );
        continue;
      }
      const result = await validate(e.text);
      if (result.ok) valid.push({ bundle: result.bundle, text: e.text });
      else
        await keep(
          e.text,
          setAsideMessage(
            `Saved story ${name}`,
            result.issues.slice(0, 2).map(formatIssue).join('; '),
          ),
          e.id ?? 'story',
        );
    }
    for (const { bundle, text } of valid) {
      const r = await store.save(bundle, { text, source: 'migrated' });
      if (!r.ok) {
        failed = true;
        problems.push(
          `${r.message} (It is still where the app kept stories before, and moving it will be tried again next time.)`,
        );
      }
    }
    if (!failed) {
      try {
        storage?.removeItem(LEGACY_LOCAL_BUNDLES_KEY);
      } catch {
        // Left in place: the next visit moves it again, which changes nothing.
      }
    }
    return { moved: valid.length, problems };
  }
  if (!failed) {
    try {
      storage?.removeItem(LEGACY_LOCAL_BUNDLES_KEY);
    } catch {
      // As above.
    }
  }
  return { moved: 0, problems };
}
