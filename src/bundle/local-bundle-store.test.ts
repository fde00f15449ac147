import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalBundleStore } from './local-bundle-store';
import { validateBundleText } from './validate-bundle';
import { tinyBundle } from './fixtures/tiny-bundle';

let n = 0;
const fresh = () =>
  createLocalBundleStore({
    validate: (text) => Promise.resolve(validateBundleText(text)),
    dbName: `test-stories-${(n += 1)}`,
    now: () => new Date('2026-01-02T03:04:05Z'),
  });

afterEach(() => vi.restoreAllMocks());

describe('local bundle store (IndexedDB)', () => {
  it('saves, lists, loads and removes a story', async () => {
    const store = fresh();
    const b = tinyBundle();
    const saved = await store.save(b);
    expect(saved).toMatchObject({
      ok: true,
      value: { id: 'tiny', routeId: 'local:tiny', title: 'Ann met Bob', replaced: false },
    });
    expect((await store.save(b)).ok && (await store.save(b)).ok).toBe(true);
    const list = await store.list();
    expect(list.ok && list.value.map((s) => s.id)).toEqual(['tiny']);
    expect(await store.load('tiny')).toEqual({ ok: true, value: b });
    expect((await store.remove('tiny')).ok).toBe(true);
    expect(await store.load('tiny')).toMatchObject({ ok: false, kind: 'missing' });
  });

  it('keeps a story of 6 million characters (beyond what localStorage held)', async () => {
    const store = fresh();
    const b = tinyBundle();
    const big = JSON.stringify({ ...b, article: { ...b.article, byline: 'x'.repeat(6_000_000) } });
    const parsed = validateBundleText(big);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect((await store.save(parsed.bundle, { text: big })).ok).toBe(true);
    const loaded = await store.load('tiny');
    expect(loaded.ok && loaded.value.article.byline.length).toBe(6_000_000);
  });

  it('says in words what to do when the browser has no room left', async () => {
    const store = fresh();
    await store.list(); // opens the database
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await store.save(tinyBundle());
    expect(result).toMatchObject({ ok: false, kind: 'quota' });
    if (result.ok) return;
    expect(result.message).toContain('no room left to keep it');
    expect(result.message).toContain('Download the story file');
    expect(result.message).toContain('free space');
  });

  it('sets a damaged story aside as a downloadable backup, never drops it', async () => {
    const store = fresh();
    const b = tinyBundle();
    const broken = JSON.stringify({ ...b, mentions: [{ entity: 'nobody', start: 0, end: 3 }] });
    // Saved as text that no longer validates: an edit, or an older version's format.
    await store.save(b, { text: broken });
    const loaded = await store.load('tiny');
    expect(loaded).toMatchObject({ ok: false, kind: 'damaged' });
    if (loaded.ok) return;
    expect(loaded.message).toMatch(/The saved story “tiny” is damaged and was set aside: .*nobody/);
    const backups = await store.listBackups();
    expect(backups.ok && backups.value).toHaveLength(1);
    if (!backups.ok) return;
    expect(backups.value[0]!.fileName).toMatch(/^tiny-backup-2026-01-02-[0-9a-f]{8}\.json$/);
    expect(await store.readBackup(backups.value[0]!.key)).toEqual({ ok: true, value: broken });
    const list = await store.list();
    expect(list.ok && list.value).toEqual([]);
    expect((await store.removeBackup(backups.value[0]!.key)).ok).toBe(true);
    const after = await store.listBackups();
    expect(after.ok && after.value).toEqual([]);
  });

  it('sets aside a story whose text names another id', async () => {
    const store = fresh();
    const b = tinyBundle();
    await store.save(b, { text: JSON.stringify({ ...b, id: 'other' }) });
    const loaded = await store.load('tiny');
    expect(loaded).toMatchObject({ ok: false, kind: 'damaged' });
  });

  it('reports a browser without IndexedDB as unavailable, in words', async () => {
    const store = createLocalBundleStore({
      validate: (text) => Promise.resolve(validateBundleText(text)),
      dbName: 'no-idb',
    });
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission.', 'SecurityError');
    });
    const result = await store.save(tinyBundle());
    open.mockRestore();
    expect(result).toMatchObject({ ok: false, kind: 'unavailable' });
    if (!result.ok) expect(result.message).toContain('does not let the app keep stories');
  });
});
