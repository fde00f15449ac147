import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Bundle } from '../bundle/bundle-schema';
import type {
  LocalBundleSource,
  LocalBundleSummary,
  StorageBackup,
  StoreResult,
} from '../bundle/local-bundle-store';
import { migrateLegacyLocalBundles } from '../bundle/migrate-local-bundles';
import { safeFileName } from '../lib/safe-file-name';
import { downloadText } from '../lib/download-file';
import { localStories, validateTextOffThread } from './local-stories';

/** Something about saved stories the user should know, with the file to download when there is one. */
export interface StorageProblem {
  id: string;
  message: string;
  /** The story's text, when it could not be kept: the user can save it as a file. */
  download?: { fileName: string; text: string };
}

/** Stories kept in this browser, as the app shows them, and what went wrong keeping them. */
export interface LocalStorageState {
  /** False until the old storage has been moved and the saved stories listed. */
  localReady: boolean;
  /** Stories kept in this browser (and those opened this visit that could not be kept). */
  local: LocalBundleSummary[];
  storageProblems: StorageProblem[];
  /** Text set aside as damaged, kept until the user downloads or deletes it. */
  backups: StorageBackup[];
  /** Saves a story; a failure becomes a problem the notice shows, with the file to download. */
  keep: (
    bundle: Bundle,
    text: string | null,
    source: LocalBundleSource,
  ) => Promise<StoreResult<LocalBundleSummary>>;
  removeLocal: (id: string) => Promise<StoreResult<null>>;
  downloadBackup: (key: string) => Promise<void>;
  removeBackup: (key: string) => Promise<void>;
  /** A saved story turned out damaged when opened: it is now a backup; say so. */
  reportDamaged: (id: string, message: string) => void;
  dismissProblems: () => void;
}

let migration: Promise<string[]> | null = null;

/** Moves the old localStorage list once per page, however often React mounts the provider. */
function migrateOnce(): Promise<string[]> {
  migration ??= (async () => {
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      storage = null;
    }
    const report = await migrateLegacyLocalBundles(storage, localStories(), validateTextOffThread);
    return report.problems;
  })();
  return migration;
}

const byTitle = (a: LocalBundleSummary, b: LocalBundleSummary) =>
  a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1);

/** The browser side of the bundle store: saved stories, backups and their problems. */
export function useLocalStorage(): LocalStorageState {
  const [localReady, setReady] = useState(false);
  const [local, setLocal] = useState<LocalBundleSummary[]>([]);
  const [problems, setProblems] = useState<StorageProblem[]>([]);
  const [backups, setBackups] = useState<StorageBackup[]>([]);

  const addProblem = useCallback((p: StorageProblem) => {
    setProblems((list) => [...list.filter((q) => q.id !== p.id), p]);
  }, []);
  const refreshBackups = useCallback(async () => {
    const list = await localStories().listBackups();
    if (list.ok) setBackups(list.value);
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const moved = await migrateOnce();
      const [list, kept] = await Promise.all([localStories().list(), localStories().listBackups()]);
      if (!live) return;
      setProblems((p) => [
        ...moved.map((message, i) => ({ id: `migration-${i}`, message })),
        ...(list.ok ? [] : [{ id: 'list', message: list.message }]),
        ...p,
      ]);
      if (list.ok)
        setLocal((now) =>
          [...list.value, ...now.filter((s) => !list.value.some((l) => l.id === s.id))].sort(
            byTitle,
          ),
        );
      if (kept.ok) setBackups(kept.value);
      setReady(true);
    })();
    return () => {
      live = false;
    };
  }, []);

  const keep = useCallback(
    async (bundle: Bundle, text: string | null, source: LocalBundleSource) => {
      const result = await localStories().save(bundle, { text: text ?? undefined, source });
      const summary: LocalBundleSummary = result.ok
        ? result.value
        : {
            id: bundle.id,
            routeId: `local:${bundle.id}`,
            title: bundle.article.title,
            publisher: bundle.article.publisher,
            savedAt: '',
            chars: 0,
            source,
          };
      setLocal((list) => [...list.filter((s) => s.id !== bundle.id), summary].sort(byTitle));
      if (result.ok) setProblems((list) => list.filter((p) => p.id !== `save:${bundle.id}`));
      else
        addProblem({
          id: `save:${bundle.id}`,
          message: result.message,
          download: {
            fileName: `${safeFileName(bundle.id)}.json`,
            text: text ?? JSON.stringify(bundle),
          },
        });
      return result.ok ? { ok: true as const, value: summary } : result;
    },
    [addProblem],
  );

  const removeLocal = useCallback(async (id: string) => {
    const result = await localStories().remove(id);
    if (result.ok) setLocal((list) => list.filter((s) => s.id !== id));
    return result;
  }, []);

  const downloadBackup = useCallback(
    async (key: string) => {
      const text = await localStories().readBackup(key);
      const backup = backups.find((b) => b.key === key);
      if (text.ok) downloadText(backup?.fileName ?? 'backup.json', text.value, 'application/json');
      else addProblem({ id: `backup:${key}`, message: text.message });
    },
    [backups, addProblem],
  );

  const removeBackup = useCallback(
    async (key: string) => {
      const result = await localStories().removeBackup(key);
      if (!result.ok) addProblem({ id: `backup:${key}`, message: result.message });
      await refreshBackups();
    },
    [addProblem, refreshBackups],
  );

  const reportDamaged = useCallback(
    (id: string, message: string) => {
      setLocal((list) => list.filter((s) => s.id !== id));
      addProblem({ id: `damaged:${id}`, message });
      void refreshBackups();
    },
    [addProblem, refreshBackups],
  );

  const dismissProblems = useCallback(() => setProblems([]), []);

  return useMemo(
    () => ({
      localReady,
      local,
      storageProblems: problems,
      backups,
      keep,
      removeLocal,
      downloadBackup,
      removeBackup,
      reportDamaged,
      dismissProblems,
    }),
    [
      localReady,
      local,
      problems,
      backups,
      keep,
      removeLocal,
      downloadBackup,
      removeBackup,
      reportDamaged,
      dismissProblems,
    ],
  );
}
