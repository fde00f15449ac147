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

export type BundleStatus =
  | { status: 'loading' }
  | { status: 'ready'; bundle: Bundle }
  | { status: 'error'; error: BundleLoadError };

interface BundleStoreValue {
  index: LoadResult<BundleIndex> | null;
  bundles: Map<string, BundleStatus>;
  request: (id: string) => void;
  /** A bundle the user opened from a file: kept for this visit, listed beside the shipped ones. */
  addLocal: (bundle: Bundle) => void;
  localIds: string[];
}

const BundleStoreContext = createContext<BundleStoreValue | null>(null);

const BASE_URL = import.meta.env.BASE_URL;

/** Loads the index once and each bundle on first request; failures are kept as values, not thrown. */
export function BundleStoreProvider(props: { children: ReactNode }) {
  const [index, setIndex] = useState<LoadResult<BundleIndex> | null>(null);
  const [bundles, setBundles] = useState<Map<string, BundleStatus>>(() => new Map());
  const [wanted, setWanted] = useState<string[]>([]);
  const [localIds, setLocalIds] = useState<string[]>([]);
  const started = useRef(new Set<string>());

  useEffect(() => {
    let live = true;
    void loadBundleIndex(BASE_URL).then((result) => {
      if (live) setIndex(result);
    });
    return () => {
      live = false;
    };
  }, []);

  const request = useCallback((id: string) => {
    setWanted((w) => (w.includes(id) ? w : [...w, id]));
  }, []);

  useEffect(() => {
    if (index === null || !index.ok) return;
    for (const id of wanted) {
      if (started.current.has(id)) continue;
      started.current.add(id);
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
    started.current.add(bundle.id);
    setBundles((m) => new Map(m).set(bundle.id, { status: 'ready', bundle }));
    setLocalIds((ids) => (ids.includes(bundle.id) ? ids : [...ids, bundle.id]));
  }, []);

  const value = useMemo(
    () => ({ index, bundles, request, addLocal, localIds }),
    [index, bundles, request, addLocal, localIds],
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
  return { status: 'loading' };
}
