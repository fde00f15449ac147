import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createLocalBundleStore } from './local-bundle-store';
import { LEGACY_LOCAL_BUNDLES_KEY, migrateLegacyLocalBundles } from './migrate-local-bundles';
import { validateBundleText } from './validate-bundle';
import { tinyBundle } from './fixtures/tiny-bundle';

const validate = (text: string) => Promise.resolve(validateBundleText(text));
let n = 0;
const fresh = () => createLocalBundleStore({ validate, dbName: `test-migrate-${(n += 1)}` });

function memoryStorage(initial: string | null) {
  const map = new Map<string, string>();
  if (initial !== null) map.set(LEGACY_LOCAL_BUNDLES_KEY, initial);
  return {
    getItem: (k: string) => map.get(k) ?? null,
    removeItem: (k: string) => void map.delete(k),
    has: () => map.has(LEGACY_LOCAL_BUNDLES_KEY),
  };
}

async function backupTexts(store: ReturnType<typeof fresh>): Promise<string[]> {
  const list = await store.listBackups();
  if (!list.ok) throw new Error(list.message);
  const texts = await Promise.all(list.value.map((b) => store.readBackup(b.key)));
  return texts.map((t) => (t.ok ? t.value : ''));
}

describe('moving stories from localStorage to IndexedDB', () => {
  it('keeps every valid story, backs up the damaged one and resolves a repeated id', async () => {
    const store = fresh();
    const a = { ...tinyBundle(), id: 'a' };
    const oldB = { ...tinyBundle(), id: 'b' };
    const newB = { ...tinyBundle(), id: 'b', article: { ...tinyBundle().article, title: 'New B' } };
    const damaged = { ...tinyBundle(), id: 'damaged', entities: 'oops' };
    const storage = memoryStorage(JSON.stringify([a, oldB, damaged, newB, a]));
    const report = await migrateLegacyLocalBundles(storage, store, validate);

    expect(report.moved).toBe(2);
    const list = await store.list();
    expect(list.ok && list.value.map((s) => [s.id, s.title, s.source])).toEqual([
      ['a', 'Ann met Bob', 'migrated'],
      ['b', 'New B', 'migrated'],
    ]);
    expect(report.problems).toHaveLength(2);
    expect(report.problems[0]).toMatch(/older copy of the saved story “b”/);
    expect(report.problems[1]).toMatch(/Saved story “damaged” is damaged and was set aside/);
    // The identical second copy of "a" is not a loss; the older "b" and the damaged one are kept.
    const texts = await backupTexts(store);
    expect(texts.sort()).toEqual([JSON.stringify(damaged), JSON.stringify(oldB)].sort());
    expect(storage.has()).toBe(false);
  });

  it('backs up a corrupted list instead of overwriting it', async () => {
    const store = fresh();
    const raw = '[{"format": "article-at';
    const storage = memoryStorage(raw);
    const report = await migrateLegacyLocalBundles(storage, store, validate);
    expect(report.problems[0]).toMatch(/saved list of stories .* not valid JSON/);
    expect(await backupTexts(store)).toEqual([raw]);
    expect(storage.has()).toBe(false);
    // A second run (another tab, a reload) changes nothing.
    expect(await migrateLegacyLocalBundles(storage, store, validate)).toEqual({
      moved: 0,
      problems: [],
    });
  });

  it('backs up a list that is not a list', async () => {
    const store = fresh();
    const report = await migrateLegacyLocalBundles(memoryStorage('{"a":1}'), store, validate);
    expect(report.problems[0]).toMatch(/not a list/);
    expect(await backupTexts(store)).toEqual(['{"a":1}']);
  });

  it('leaves the old list in place when the browser has no room to move it', async () => {
    const store = fresh();
    await store.list();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const storage = memoryStorage(JSON.stringify([tinyBundle()]));
    const report = await migrateLegacyLocalBundles(storage, store, validate);
    put.mockRestore();
    expect(report.moved).toBe(1);
    expect(report.problems[0]).toMatch(/no room left .* tried again next time/);
    expect(storage.has()).toBe(true);
    // Room again: the next visit moves it.
    const again = await migrateLegacyLocalBundles(storage, store, validate);
    expect(again.problems).toEqual([]);
    expect(storage.has()).toBe(false);
    expect(await store.load('tiny')).toMatchObject({ ok: true });
  });

  it('does nothing when there is no old list', async () => {
    expect(await migrateLegacyLocalBundles(memoryStorage(null), fresh(), validate)).toEqual({
      moved: 0,
      problems: [],
    });
  });
});
