import {
  deckStorageKey,
  type DeckSource,
  type KeyValueStore,
} from '../../features/briefing/briefing-api';
import type { EmbeddedStory } from './briefing-embedded';
import { LOCAL_PREFIX } from '../bundle-store';

const BASE_URL = import.meta.env.BASE_URL;

function memoryStore(initial: [string, string][]): KeyValueStore {
  const data = new Map(initial);
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

// Every call reaches localStorage afresh: it can be switched off or full at any moment, and the
// deck code catches what it throws.
const browserStore: KeyValueStore = {
  getItem: (key) => window.localStorage.getItem(key),
  setItem: (key, value) => window.localStorage.setItem(key, value),
};

/**
 * Shipped decks live at decks/<bundle-id>.json beside bundles/. A missing file is no error: a
 * static host may answer with its index page, so anything that is not JSON counts as absent.
 */
async function fetchDefaultDeck(url: string): Promise<string | null> {
  const response = await fetch(url);
  if (!response.ok) return null;
  if (!(response.headers.get('content-type') ?? '').includes('json')) return null;
  return response.text();
}

const sources = new Map<string, DeckSource>();

/**
 * Where a story's deck is kept. In the standalone file, the embedded deck in memory: file://
 * storage is shared by every file on the disk, so two briefings of one story would otherwise
 * overwrite each other, and nothing may be fetched. Otherwise localStorage and the shipped
 * default. One object per story, so hooks see a stable value.
 */
export function deckSourceFor(routeId: string, embedded: EmbeddedStory | null): DeckSource {
  const known = sources.get(routeId);
  if (known) return known;
  let source: DeckSource;
  if (embedded !== null) {
    const deck = embedded.ok && embedded.bundle.id === routeId ? embedded.deck : undefined;
    source = {
      store: memoryStore(
        deck === undefined ? [] : [[deckStorageKey(routeId), JSON.stringify(deck)]],
      ),
      loadDefault: null,
    };
  } else {
    const url = `${BASE_URL}decks/${encodeURIComponent(routeId)}.json`;
    source = {
      store: browserStore,
      loadDefault: routeId.startsWith(LOCAL_PREFIX) ? null : () => fetchDefaultDeck(url),
    };
  }
  sources.set(routeId, source);
  return source;
}
