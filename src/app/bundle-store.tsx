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
import type { BundleLoadError } from '../bundle/bundle-load-error';
import { loadBundle, loadBundleIndex, type LoadResult } from '../bundle/load-bundle';
import {
  LOCAL_BUNDLES_KEY,
  parseStoredLocalBundles,
  serialiseLocalBundles,
} from '../bundle/local-bundles';
import { embeddedBundles, embeddedIndex, type EmbeddedStory } from './briefing/briefing-embedded';

/** Bundles opened from files live under their own prefix, so they never shadow a shipped one. */
export const LOCAL_PREFIX = 'local:';

function readStoredLocal(): { bundles: Bundle[]; problems: string[] } {
  try {
    return parseStoredLocalBundles(window.localStorage.getItem(LOCAL_BUNDLES_KEY));
  } catch {
    return { bundles: [], problems: [] };
  }
}

export type BundleStatus =
  | { status: 'loading' }
  | { status: 'ready'; bundle: Bundle }
  | { status: 'error'; error: BundleLoadError };

interface BundleStoreValue {
  index: LoadResult<BundleIndex> | null;
  bundles: Map<string, BundleStatus>;
  request: (id: string) => void;
  /** A bundle the user opened from a file: kept in the browser, listed beside the shipped ones. Returns its route id. */
  addLocal: (bundle: Bundle) => string;
  local: Bundle[];
  /** Saved bundles that could not be recovered, in words. */
  storageProblems: string[];
  /** The story a standalone briefing file carries (read once at boot); null when served. */
  embedded: EmbeddedStory | null;
}

const BundleStoreContext = createContext<BundleStoreValue | null>(null);

const BASE_URL = import.meta.env.BASE_URL;

/** Loads the index once and each bundle on first request; failures are kept as values, not thrown. */
export function BundleStoreProvider(props: {
  embedded: EmbeddedStory | null;
  children: ReactNode;
}) {
  const { embedded } = props;
  // A standalone briefing file carries its story and fetches nothing (file:// cannot fetch).
  const [index, setIndex] = useState<LoadResult<BundleIndex> | null>(() => embeddedIndex(embedded));
  const [stored] = useState(readStoredLocal);
  const [local, setLocal] = useState<Bundle[]>(stored.bundles);
  const [bundles, setBundles] = useState<Map<string, BundleStatus>>(
    () =>
      new Map(
        stored.bundles
          .map((b): [string, BundleStatus] => [
            `${LOCAL_PREFIX}${b.id}`,
            { status: 'ready', bundle: b },
          ])
          .concat(embeddedBundles(embedded)),
      ),
  );
  const [wanted, setWanted] = useState<string[]>([]);
  const started = useRef(
    new Set<string>(
      stored.bundles
        .map((b) => `${LOCAL_PREFIX}${b.id}`)
        .concat(embeddedBundles(embedded).map(([id]) => id)),
    ),
  );

  useEffect(() => {
    if (embedded !== null) return;
    let live = true;
    void loadBundleIndex(BASE_URL).then((result) => {
      if (live) setIndex(result);
    });
    return () => {
      live = false;
    };
  }, [embedded]);

  const request = useCallback((id: string) => {
    setWanted((w) => (w.includes(id) ? w : [...w, id]));
  }, []);

  useEffect(() => {
    if (index === null || !index.ok) return;
    for (const id of wanted) {
      if (started.current.has(id)) continue;
      started.current.add(id);
      // A local id that storage did not hold cannot be fetched; useBundle reports it.
      if (id.startsWith(LOCAL_PREFIX)) continue;
      void loadBundle(BASE_URL, index.value, id).then((result) => {
        setBundles((m) =>
          new Map(m).set(
            id,
            result.ok
              ? { status: 'ready', bundle: result.value }
              : { status: 'error', error: result.error },
          ),
        );
      });
    }
  }, [index, wanted]);

  const addLocal = useCallback((bundle: Bundle) => {
    const key = `${LOCAL_PREFIX}${bundle.id}`;
    started.current.add(key);
    setBundles((m) => new Map(m).set(key, { status: 'ready', bundle }));
    setLocal((list) => {
      const next = [...list.filter((b) => b.id !== bundle.id), bundle];
      try {
        window.localStorage.setItem(LOCAL_BUNDLES_KEY, serialiseLocalBundles(next));
      } catch {
        // Storage full or off: the bundle stays open for this visit.
      }
      return next;
    });
    return key;
  }, []);

  const value = useMemo(
    () => ({
      index,
      bundles,
      request,
      addLocal,
      local,
      storageProblems: stored.problems,
      embedded,
    }),
    [index, bundles, request, addLocal, local, stored.problems, embedded],
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
  if (index !== null && !index.ok) return { status: 'error', error: index.error };
  if (index !== null && id.startsWith(LOCAL_PREFIX))
    return {
      status: 'error',
      error: { kind: 'unknown-bundle', bundleId: id, known: index.value.bundles.map((b) => b.id) },
    };
  return { status: 'loading' };
}
