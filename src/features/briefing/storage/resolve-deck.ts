import type { Bundle } from '../../../bundle/bundle-schema';
import { formatIssue } from '../../../bundle/bundle-issue';
import type { Deck } from '../deck/deck-schema';
import { validateDeckText } from '../deck/validate-deck';
import { titleDeck } from '../deck/new-slide';
import { deckBackupKey, deckStorageKey, parseStoredDeck } from './deck-storage';

/** The part of Storage a deck needs; tests and the standalone file pass a memory store. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Where the deck in use came from. */
export type DeckOrigin = 'saved' | 'default' | 'title';

/** What went wrong reading decks, for a notice the user can act on. */
export interface DeckNotice {
  problems: string[];
  /** The key the unreadable saved text was copied to, or null when there was none to keep. */
  backupKey: string | null;
  /** The unreadable text itself, offered for download. */
  raw: string | null;
}

export interface ResolvedDeck {
  deck: Deck;
  origin: DeckOrigin;
  notice: DeckNotice | null;
}

/** The shipped deck's text, or none when the build has no default deck for the story. */
export type DefaultDeckLoader = () => Promise<string | null>;

function read(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

/**
 * The deck for a story: the saved one if any, else the shipped default, else a title slide.
 * Unreadable saved text is copied to a backup key before anything can overwrite it.
 */
export async function resolveDeck(options: {
  store: KeyValueStore;
  routeId: string;
  bundle: Bundle;
  loadDefault: DefaultDeckLoader | null;
}): Promise<ResolvedDeck> {
  const { store, routeId, bundle, loadDefault } = options;
  const raw = read(store, deckStorageKey(routeId));
  const stored = parseStoredDeck(raw, bundle);
  if (stored.kind === 'ok') return { deck: stored.deck, origin: 'saved', notice: null };

  let notice: DeckNotice | null = null;
  if (stored.kind !== 'none' && raw !== null) {
    const backupKey = deckBackupKey(routeId, raw);
    let kept = read(store, backupKey) === raw;
    if (!kept)
      try {
        store.setItem(backupKey, raw);
        kept = true;
      } catch {
        kept = false;
      }
    notice = { problems: stored.problems, backupKey: kept ? backupKey : null, raw };
    if (stored.kind === 'recovered' && stored.deck.slides.length > 0)
      return { deck: stored.deck, origin: 'saved', notice };
  }

  const text = loadDefault ? await loadDefault().catch(() => null) : null;
  if (text !== null) {
    const result = validateDeckText(text, bundle);
    if (result.ok) return { deck: result.deck, origin: 'default', notice };
    const problems = [
      `The briefing shipped with this story is damaged and was not used: ${result.issues
        .slice(0, 3)
        .map(formatIssue)
        .join('; ')}.`,
    ];
    notice = {
      problems: [...(notice?.problems ?? []), ...problems],
      backupKey: notice?.backupKey ?? null,
      raw: notice?.raw ?? null,
    };
  }
  return { deck: titleDeck(bundle), origin: 'title', notice };
}
