import { describe, expect, it } from 'vitest';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { seedDeckText } from '../fixtures/seed-deck';
import { deckBackupKey, deckStorageKey, parseStoredDeck, serialiseDeck } from './deck-storage';
import { hashText } from '../../../lib/hash-text';
import { resolveDeck, type KeyValueStore } from './resolve-deck';

const bundle = seedBundle();
const routeId = bundle.id;

function memory(
  initial: Record<string, string> = {},
): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('parseStoredDeck', () => {
  it('reads nothing as nothing and a good deck as itself', () => {
    expect(parseStoredDeck(null, bundle)).toEqual({ kind: 'none' });
    const stored = parseStoredDeck(seedDeckText(), bundle);
    expect(stored.kind).toBe('ok');
    if (stored.kind === 'ok')
      expect(parseStoredDeck(serialiseDeck(stored.deck), bundle)).toEqual(stored);
  });

  it('says what it could not read', () => {
    const bad = parseStoredDeck('{"format":"article-atlas/deck@1", "slid', bundle);
    expect(bad.kind).toBe('unreadable');
    if (bad.kind === 'unreadable') expect(bad.problems[0]).toContain('not valid JSON');
  });

  it('keeps the good slides and names the bad ones', () => {
    const deck = JSON.parse(seedDeckText()) as { slides: { view: { selection: string } }[] };
    deck.slides[2]!.view.selection = 'relation:gone';
    const stored = parseStoredDeck(JSON.stringify(deck), bundle);
    expect(stored.kind).toBe('recovered');
    if (stored.kind !== 'recovered') return;
    expect(stored.deck.slides).toHaveLength(8);
    expect(stored.problems).toEqual([
      'Slide 3 “First stop: talks in Beijing, 5 Oct” was set aside: view.selection refers to relation “gone”, which is not in this story.',
    ]);
  });
});

describe('keys', () => {
  it('are versioned, per story, and backups are named by content', () => {
    expect(deckStorageKey('local:x')).toBe('article-atlas:deck:local:x@1');
    expect(deckBackupKey('s', 'abc')).toBe(`article-atlas:deck-backup:s@1:${hashText('abc')}`);
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(hashText('')).toBe('811c9dc5');
  });
});

describe('resolveDeck', () => {
  const shipped = async () => seedDeckText();

  it('prefers the saved deck', async () => {
    const saved = JSON.parse(seedDeckText()) as { slides: unknown[] };
    saved.slides = saved.slides.slice(0, 2);
    const store = memory({ [deckStorageKey(routeId)]: JSON.stringify(saved) });
    const r = await resolveDeck({ store, routeId, bundle, loadDefault: shipped });
    expect(r.origin).toBe('saved');
    expect(r.deck.slides).toHaveLength(2);
    expect(r.notice).toBeNull();
  });

  it('falls back to the shipped deck, then to a title slide', async () => {
    const store = memory();
    expect((await resolveDeck({ store, routeId, bundle, loadDefault: shipped })).origin).toBe(
      'default',
    );
    const none = await resolveDeck({ store, routeId, bundle, loadDefault: async () => null });
    expect(none.origin).toBe('title');
    expect(none.deck.slides[0]!.title).toBe(bundle.article.title);
    const broken = await resolveDeck({
      store,
      routeId,
      bundle,
      loadDefault: async () => '{"format":"article-atlas/deck@1","bundleId":"x","slides":[]}',
    });
    expect(broken.origin).toBe('title');
    expect(broken.notice?.problems[0]).toContain('shipped with this story is damaged');
  });

  it('backs up unreadable text before anything can overwrite it, and says where', async () => {
    const raw = '{{ not json';
    const store = memory({ [deckStorageKey(routeId)]: raw });
    const r = await resolveDeck({ store, routeId, bundle, loadDefault: shipped });
    expect(r.origin).toBe('default');
    expect(r.notice?.backupKey).toBe(deckBackupKey(routeId, raw));
    expect(store.data.get(deckBackupKey(routeId, raw))).toBe(raw);
    expect(r.notice?.raw).toBe(raw);
  });

  it('keeps recovered slides and backs up the original', async () => {
    const deck = JSON.parse(seedDeckText()) as { slides: unknown[] };
    deck.slides[0] = 'not a slide';
    const raw = JSON.stringify(deck);
    const store = memory({ [deckStorageKey(routeId)]: raw });
    const r = await resolveDeck({ store, routeId, bundle, loadDefault: shipped });
    expect(r.origin).toBe('saved');
    expect(r.deck.slides).toHaveLength(8);
    expect(r.notice?.problems).toHaveLength(1);
    expect(store.data.get(r.notice!.backupKey!)).toBe(raw);
  });

  it('survives a store that refuses to write', async () => {
    const store: KeyValueStore = {
      getItem: (k) => (k === deckStorageKey(routeId) ? '{{' : null),
      setItem: () => {
        throw new Error('quota');
      },
    };
    const r = await resolveDeck({ store, routeId, bundle, loadDefault: null });
    expect(r.origin).toBe('title');
    expect(r.notice?.backupKey).toBeNull();
  });
});
