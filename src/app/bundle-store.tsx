import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Bundle } from '../bundle/bundle-schema';
import type { BundleIndex } from '../bundle/bundle-index-schema';
import type { BundleIssue } from '../bundle/bundle-issue';
import type { BundleLoadError } from '../bundle/bundle-load-error';
import { loadBundleIndex, loadCheckedBundle, type LoadResult } from '../bundle/load-bundle';
import { LOCAL_ROUTE_PREFIX, type LocalBundleSummary } from '../bundle/local-bundle-store';
import type { ValidateProgress } from '../bundle/worker/validate-protocol';
import { embeddedBundles, embeddedIndex, type EmbeddedStory } from './briefing/briefing-embedded';
import { localStories, validateTextOffThread } from './local-stories';
import { useLocalStorage, type LocalStorageState } from './use-local-storage';

/** Bundles opened from files live under their own prefix, so they never shadow a shipped one. */
export const LOCAL_PREFIX = LOCAL_ROUTE_PREFIX;

export type BundleStatus =
  | { status: 'loading'; progress?: ValidateProgress }
  /** `warnings`: what validation noted but did not refuse (a self-relation, a country loop). */
  | { status: 'ready'; bundle: Bundle; warnings?: BundleIssue[] }
  | { status: 'error'; error: BundleLoadError };

/** What "Save story" gets back: where the story now lives, or why it is not kept, in words. */
export type SaveLocalResult =
  | { ok: true; routeId: string; message: string }
  /** `routeId` is set when the story is open for this visit but the browser would not keep it. */
  | { ok: false; routeId: string | null; message: string; issues: BundleIssue[] };

/** A file being opened: the old story is replaced by this until it is done or cancelled. */
export interface OpeningFile {
  name: string;
  progress: ValidateProgress | null;
  cancel: () => void;
}

interface BundleStoreValue extends LocalStorageState {
  index: LoadResult<BundleIndex> | null;
  bundles: Map<string, BundleStatus>;
  request: (id: string) => void;
  /** Shows a bundle that passed validation under `local:<id>` and keeps it in the browser. */
  addLocal: (bundle: Bundle, text: string | null, warnings: BundleIssue[]) => string;
  /**
   * Validates a story written in the app, shows it under `local:<id>` and keeps it in the
   * browser (same id: replaced). Never throws; the result says what happened in words.
   */
  saveLocal: (bundle: Bundle) => Promise<SaveLocalResult>;
  /** The file being opened, if any (set by useOpenBundleFile). */
  opening: OpeningFile | null;
  setOpening: (opening: OpeningFile | null) => void;
  /** The story a standalone briefing file carries (read once at boot); null when served. */
  embedded: EmbeddedStory | null;
  /** True in the single-file app (standalone.html): nothing is fetched, stories come from files. */
  standalone: boolean;
}

const BundleStoreContext = createContext<BundleStoreValue | null>(null);

const BASE_URL = import.meta.env.BASE_URL;

/** An empty shelf for the bare standalone file: it ships no story and cannot fetch one. */
const NO_SHIPPED: LoadResult<BundleIndex> = { ok: true, value: { bundles: [] } };

/** Loads the index once and each bundle on first request; failures are kept as values, not thrown. */
export function BundleStoreProvider(props: {
  embedded: EmbeddedStory | null;
  standalone?: boolean;
  children: ReactNode;
}) {
  const { embedded } = props;
  const standalone = props.standalone === true;
  // A standalone file carries its story (or none) and fetches nothing: file:// cannot fetch.
  const [index, setIndex] = useState<LoadResult<BundleIndex> | null>(
    () => embeddedIndex(embedded) ?? (standalone ? NO_SHIPPED : null),
  );
  const [bundles, setBundles] = useState<Map<string, BundleStatus>>(
    () => new Map(embeddedBundles(embedded)),
  );
  const [wanted, setWanted] = useState<string[]>([]);
  const [opening, setOpening] = useState<OpeningFile | null>(null);
  const started = useRef(new Set<string>(embeddedBundles(embedded).map(([id]) => id)));
  const storage = useLocalStorage();
  const { localReady, reportDamaged } = storage;

  useEffect(() => {
    if (embedded !== null || standalone) return;
    let live = true;
    void loadBundleIndex(BASE_URL).then((result) => {
      if (live) setIndex(result);
    });
    return () => {
      live = false;
    };
  }, [embedded, standalone]);

  const request = useCallback((id: string) => {
    setWanted((w) => (w.includes(id) ? w : [...w, id]));
  }, []);

  const setStatus = useCallback((id: string, status: BundleStatus) => {
    setBundles((m) => new Map(m).set(id, status));
  }, []);

  useEffect(() => {
    for (const id of wanted) {
      if (started.current.has(id)) continue;
      if (id.startsWith(LOCAL_PREFIX)) {
        // Stories kept in the browser wait for the move from the old storage to finish.
        if (!localReady) continue;
        started.current.add(id);
        const bare = id.slice(LOCAL_PREFIX.length);
        void localStories()
          .load(bare)
          .then((result) => {
            if (result.ok) setStatus(id, { status: 'ready', bundle: result.value });
            else {
              setStatus(id, {
                status: 'error',
                error: { kind: 'storage', message: result.message },
              });
              if (result.kind === 'damaged') reportDamaged(bare, result.message);
            }
          });
        continue;
      }
      if (index === null || !index.ok) continue;
      started.current.add(id);
      void loadCheckedBundle(BASE_URL, index.value, id, undefined, validateTextOffThread).then(
        (result) => {
          setStatus(
            id,
            // A shipped story's warnings are for its author, whom `npm run validate` tells;
            // readers are shown those of the files they open themselves.
            result.ok
              ? { status: 'ready', bundle: result.value.bundle }
              : { status: 'error', error: result.error },
          );
        },
      );
    }
  }, [index, wanted, localReady, setStatus, reportDamaged]);

  const { keep } = storage;
  const addLocal = useCallback(
    (bundle: Bundle, text: string | null, warnings: BundleIssue[]) => {
      const key = `${LOCAL_PREFIX}${bundle.id}`;
      started.current.add(key);
      setStatus(key, { status: 'ready', bundle, warnings });
      void keep(bundle, text, 'file');
      return key;
    },
    [keep, setStatus],
  );

  const saveLocal = useCallback(
    async (bundle: Bundle): Promise<SaveLocalResult> => {
      const text = JSON.stringify(bundle);
      const checked = await validateTextOffThread(text);
      if (!checked.ok)
        return {
          ok: false,
          routeId: null,
          message: `“${bundle.article.title}” was not saved: it is not a valid story bundle (${checked.issues.length} problem${checked.issues.length === 1 ? '' : 's'}).`,
          issues: checked.issues,
        };
      const key = `${LOCAL_PREFIX}${checked.bundle.id}`;
      started.current.add(key);
      setStatus(key, { status: 'ready', bundle: checked.bundle, warnings: checked.warnings });
      const kept = await keep(checked.bundle, text, 'authored');
      return kept.ok
        ? { ok: true, routeId: key, message: `“${bundle.article.title}” is saved in this browser.` }
        : { ok: false, routeId: key, message: kept.message, issues: [] };
    },
    [keep, setStatus],
  );

  const value = useMemo(
    () => ({
      ...storage,
      index,
      bundles,
      request,
      addLocal,
      saveLocal,
      opening,
      setOpening,
      embedded,
      standalone,
    }),
    [storage, index, bundles, request, addLocal, saveLocal, opening, embedded, standalone],
  );
  return <BundleStoreContext.Provider value={value}>{props.children}</BundleStoreContext.Provider>;
}

export function useBundleStore(): BundleStoreValue {
  const value = useContext(BundleStoreContext);
  if (value === null) throw new Error('useBundleStore needs a BundleStoreProvider');
  return value;
}

/** The bundle with this id, loading it if needed. */
export function useBundle(id: string): BundleStatus {
  const { index, bundles, request } = useBundleStore();
  useEffect(() => request(id), [id, request]);
  const loaded = bundles.get(id);
  if (loaded) return loaded;
  if (id.startsWith(LOCAL_PREFIX)) return { status: 'loading' };
  if (index !== null && !index.ok) return { status: 'error', error: index.error };
  return { status: 'loading' };
}

export type { LocalBundleSummary };
