import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { AbstractLayout } from '../layout/abstract-layout';

/** How many layouts are kept across reloads (the oldest is dropped first). */
const KEEP = 12;
const INDEX = 'index';

let store: UseStore | null = null;
/** The network's own IndexedDB store, opened on first use (never at import time). */
function layoutStore(): UseStore {
  store ??= createStore('article-atlas-network', 'layouts');
  return store;
}

/**
 * A layout cached across reloads, or null: none, or IndexedDB is not there (a private window,
 * a file:// page), or the entry is not a layout. Never throws: a cache that fails is a miss.
 */
export async function readCachedLayout(key: string): Promise<AbstractLayout | null> {
  try {
    const value: unknown = await get(key, layoutStore());
    return isLayout(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps a layout for later reloads; the oldest beyond KEEP go. Failures are ignored. */
export async function writeCachedLayout(key: string, layout: AbstractLayout): Promise<void> {
  try {
    const s = layoutStore();
    const index: unknown = await get(INDEX, s);
    const keys = (Array.isArray(index) ? index : []).filter(
      (k): k is string => typeof k === 'string' && k !== key,
    );
    keys.push(key);
    await set(key, layout, s);
    for (const old of keys.splice(0, Math.max(0, keys.length - KEEP))) await del(old, s);
    await set(INDEX, keys, s);
  } catch {
    // Out of quota or no IndexedDB: the layout is simply made again next time.
  }
}

function isLayout(value: unknown): value is AbstractLayout {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<AbstractLayout>;
  return (
    typeof v.width === 'number' &&
    typeof v.height === 'number' &&
    Array.isArray(v.ids) &&
    v.x instanceof Float64Array &&
    v.y instanceof Float64Array &&
    v.x.length === v.ids.length &&
    v.y.length === v.ids.length
  );
}
