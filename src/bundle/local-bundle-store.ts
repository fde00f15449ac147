import { createStore, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import type { Bundle } from './bundle-schema';
import type { BundleValidation } from './validate-bundle';
import { formatIssue } from './bundle-issue';
import { classifyStorageError, type StorageFailure } from './storage-failure';
import { notKeptMessage, setAsideMessage } from './storage-messages';
import { hashText } from '../lib/hash-text';
import { quoteText } from './describe-value';

/** One saved story as the picker lists it; its text is read only when it is opened. */
export interface LocalBundleSummary {
  /** The bundle's own id. */
  id: string;
  /** Where the app shows it: `local:<id>`. */
  routeId: string;
  title: string;
  publisher: string;
  /** When it was saved (ISO 8601). */
  savedAt: string;
  /** Its length in characters, as saved. */
  chars: number;
  /** How it came: opened from a file, written in the app, or moved from the old storage. */
  source: LocalBundleSource;
}

export type LocalBundleSource = 'file' | 'authored' | 'migrated';

/** Saved text that could not be used, kept until the user downloads or deletes it. */
export interface StorageBackup {
  key: string;
  /** A file name to download it under. */
  fileName: string;
  /** Why it was set aside, in words. */
  reason: string;
  savedAt: string;
  chars: number;
}

/** A storage call's outcome: a value, or words for the user saying what happened and what to do. */
export type StoreResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      kind: StorageFailure['kind'] | 'damaged' | 'missing';
      message: string;
      /** The backup that now holds the text, when something was set aside. */
      backup?: StorageBackup;
    };

/** Turns saved text into a bundle; the app passes one that runs in a worker. */
export type ValidateText = (text: string) => Promise<BundleValidation>;

export const LOCAL_ROUTE_PREFIX = 'local:';

type Key = [string, string];
const metaKey = (id: string): Key => ['story-meta', id];
const textKey = (id: string): Key => ['story-text', id];
const backupMetaKey = (key: string): Key => ['backup-meta', key];
const backupTextKey = (key: string): Key => ['backup-text', key];

const isKey = (k: IDBValidKey): k is Key =>
  Array.isArray(k) && k.length === 2 && typeof k[0] === 'string' && typeof k[1] === 'string';

function asString(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function asSummary(id: string, meta: unknown, chars: number): LocalBundleSummary {
  const m = (meta !== null && typeof meta === 'object' ? meta : {}) as Record<string, unknown>;
  const source = m.source === 'authored' || m.source === 'migrated' ? m.source : 'file';
  return {
    id,
    routeId: `${LOCAL_ROUTE_PREFIX}${id}`,
    title: asString(m.title, id),
    publisher: asString(m.publisher, ''),
    savedAt: asString(m.savedAt, ''),
    chars: typeof m.chars === 'number' ? m.chars : chars,
    source,
  };
}

function asBackup(key: string, meta: unknown): StorageBackup {
  const m = (meta !== null && typeof meta === 'object' ? meta : {}) as Record<string, unknown>;
  return {
    key,
    fileName: asString(m.fileName, `article-atlas-backup-${hashText(key)}.json`),
    reason: asString(m.reason, 'kept from an earlier version'),
    savedAt: asString(m.savedAt, ''),
    chars: typeof m.chars === 'number' ? m.chars : 0,
  };
}

/** Text of any stored value, for a backup: strings as they are, anything else as JSON. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const fileNamePart = (text: string) =>
  text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'story';

/**
 * Stories the user opened or wrote, kept in IndexedDB (through idb-keyval) so a reload or a link
 * finds them. Each story is two records, a small summary for the picker and its text, written in
 * one transaction. Text that cannot be used is never deleted without being kept as a backup the
 * user can download first.
 */
export interface LocalBundleStore {
  /** Keeps a story; `text` is its file as read (else it is serialised). Same id: replaced. */
  save(
    bundle: Bundle,
    options?: { text?: string; source?: LocalBundleSource },
  ): Promise<StoreResult<LocalBundleSummary & { replaced: boolean }>>;
  /** Every saved story, by title. */
  list(): Promise<StoreResult<LocalBundleSummary[]>>;
  /** Reads a story back and validates it again (storage can be edited or written by an older version). */
  load(id: string): Promise<StoreResult<Bundle>>;
  remove(id: string): Promise<StoreResult<null>>;
  listBackups(): Promise<StoreResult<StorageBackup[]>>;
  readBackup(key: string): Promise<StoreResult<string>>;
  removeBackup(key: string): Promise<StoreResult<null>>;
  /** Keeps text that could not be used; returns the backup that holds it. */
  backUp(text: string, reason: string, name: string): Promise<StoreResult<StorageBackup>>;
}

/** A store over an IndexedDB database; `validate` turns text into a bundle (a worker in the app). */
export function createLocalBundleStore(options: {
  validate: ValidateText;
  dbName?: string;
  now?: () => Date;
}): LocalBundleStore {
  const { validate } = options;
  const now = options.now ?? (() => new Date());
  let db: UseStore | null = null;
  const store = (): UseStore => {
    // Opened on first use: a page that never saves a story never touches IndexedDB.
    db ??= createStore(options.dbName ?? 'article-atlas-stories', 'stories');
    return db;
  };
  const fail = (error: unknown, what: (f: StorageFailure) => string) => {
    const failure = classifyStorageError(error);
    return { ok: false as const, kind: failure.kind, message: what(failure) };
  };

  const backUpEntries = (text: string, reason: string, name: string) => {
    const savedAt = now().toISOString();
    // Named by content, so the same text set aside twice (a move retried) is one backup.
    const key = `${hashText(text)}:${text.length}`;
    const backup: StorageBackup = {
      key,
      fileName: `${fileNamePart(name)}-backup-${savedAt.slice(0, 10)}-${hashText(text)}.json`,
      reason,
      savedAt,
      chars: text.length,
    };
    const entries: [IDBValidKey, unknown][] = [
      [backupMetaKey(key), backup],
      [backupTextKey(key), text],
    ];
    return { backup, entries };
  };

  return {
    async save(bundle, opts = {}) {
      const text = opts.text ?? JSON.stringify(bundle);
      const summary = asSummary(
        bundle.id,
        {
          title: bundle.article.title,
          publisher: bundle.article.publisher,
          savedAt: now().toISOString(),
          chars: text.length,
          source: opts.source ?? 'file',
        },
        text.length,
      );
      try {
        const before = await get<unknown>(metaKey(bundle.id), store());
        await setMany(
          [
            [metaKey(bundle.id), summary],
            [textKey(bundle.id), text],
          ],
          store(),
        );
        return { ok: true, value: { ...summary, replaced: before !== undefined } };
      } catch (error) {
        return fail(error, (f) => notKeptMessage(bundle.article.title, f));
      }
    },

    async list() {
      try {
        const all = (await keys(store())).filter(isKey);
        const ids = [
          ...new Set(
            all.filter(([k]) => k === 'story-meta' || k === 'story-text').map(([, id]) => id),
          ),
        ];
        const metas = await getMany<unknown>(ids.map(metaKey), store());
        const summaries = ids.map((id, i) => asSummary(id, metas[i], 0));
        return {
          ok: true,
          value: summaries.sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1)),
        };
      } catch (error) {
        return fail(
          error,
          (f) =>
            `The stories you opened before could not be listed (${f.detail}). They are still in the browser; reload to try again.`,
        );
      }
    },

    async load(id) {
      let stored: unknown;
      try {
        stored = await get<unknown>(textKey(id), store());
      } catch (error) {
        return fail(
          error,
          (f) =>
            `The saved story ${quoteText(id)} could not be read (${f.detail}). It is still in the browser; reload to try again.`,
        );
      }
      if (stored === undefined)
        return {
          ok: false,
          kind: 'missing',
          message: `There is no saved story ${quoteText(id)} in this browser. Open its file again from Stories.`,
        };
      const text = textOf(stored);
      const result = await validate(text);
      let reason: string | null = null;
      if (!result.ok)
        reason = result.issues
          .slice(0, 2)
          .map(formatIssue)
          .concat(result.issues.length > 2 ? [`and ${result.issues.length - 2} more`] : [])
          .join('; ');
      else if (result.bundle.id !== id)
        reason = `it holds the story ${quoteText(result.bundle.id)}, not ${quoteText(id)}`;
      if (reason === null && result.ok) return { ok: true, value: result.bundle };
      const why = reason ?? 'it could not be read';
      const message = setAsideMessage(`The saved story ${quoteText(id)}`, why);
      const { backup, entries } = backUpEntries(text, message, id);
      try {
        // One transaction: the backup is written, then the story goes, or neither happens.
        await setMany(entries, store());
        await delMany([metaKey(id), textKey(id)], store());
      } catch (error) {
        return fail(
          error,
          (f) =>
            `The saved story ${quoteText(id)} is damaged (${why}); it was left where it is because no backup could be written (${f.detail}).`,
        );
      }
      return { ok: false, kind: 'damaged', message, backup };
    },

    async remove(id) {
      try {
        await delMany([metaKey(id), textKey(id)], store());
        return { ok: true, value: null };
      } catch (error) {
        return fail(error, (f) => `The story could not be removed (${f.detail}).`);
      }
    },

    async listBackups() {
      try {
        const all = (await keys(store()))
          .filter(isKey)
          .filter(([k]) => k === 'backup-meta')
          .map(([, key]) => key);
        const metas = await getMany<unknown>(all.map(backupMetaKey), store());
        return { ok: true, value: all.map((key, i) => asBackup(key, metas[i])) };
      } catch (error) {
        return fail(error, (f) => `The backups could not be listed (${f.detail}).`);
      }
    },

    async readBackup(key) {
      try {
        const text = await get<unknown>(backupTextKey(key), store());
        if (text === undefined)
          return { ok: false, kind: 'missing', message: 'This backup is no longer there.' };
        return { ok: true, value: textOf(text) };
      } catch (error) {
        return fail(error, (f) => `The backup could not be read (${f.detail}).`);
      }
    },

    async removeBackup(key) {
      try {
        await delMany([backupMetaKey(key), backupTextKey(key)], store());
        return { ok: true, value: null };
      } catch (error) {
        return fail(error, (f) => `The backup could not be deleted (${f.detail}).`);
      }
    },

    async backUp(text, reason, name) {
      const { backup, entries } = backUpEntries(text, reason, name);
      try {
        await setMany(entries, store());
        return { ok: true, value: backup };
      } catch (error) {
        return fail(error, (f) => `${reason} No backup could be written (${f.detail}).`);
      }
    },
  };
}
