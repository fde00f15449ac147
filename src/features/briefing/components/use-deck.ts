import { useCallback, useEffect, useState } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { Deck } from '../deck/deck-schema';
import { deckStorageKey, serialiseDeck } from '../storage/deck-storage';
import {
  resolveDeck,
  type DeckNotice,
  type DeckOrigin,
  type DefaultDeckLoader,
  type KeyValueStore,
  type ResolvedDeck,
} from '../storage/resolve-deck';

/** Where decks are kept and where the shipped one comes from; the app decides (browser or standalone file). */
export interface DeckSource {
  store: KeyValueStore;
  loadDefault: DefaultDeckLoader | null;
}

export interface DeckApi {
  /** null while the deck is being read. */
  deck: Deck | null;
  origin: DeckOrigin | null;
  notice: DeckNotice | null;
  /** Replaces the deck and saves it; false when the browser refused to store it. */
  save: (deck: Deck) => boolean;
  /** Why the last save failed, in words; null after a good save. */
  saveError: string | null;
}

/**
 * The deck for a story: read once per story (saved, else shipped, else a title slide), then
 * every change is saved at once, so a reload or a crash loses nothing.
 */
export function useDeck(routeId: string, bundle: Bundle | null, source: DeckSource): DeckApi {
  const { store, loadDefault } = source;
  const [loaded, setLoaded] = useState<{
    routeId: string;
    bundle: Bundle;
    resolved: ResolvedDeck;
  } | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    if (bundle === null) return;
    let live = true;
    void resolveDeck({ store, routeId, bundle, loadDefault }).then((resolved) => {
      if (live) setLoaded({ routeId, bundle, resolved });
    });
    return () => {
      live = false;
    };
  }, [store, routeId, bundle, loadDefault]);

  // A result for another story (the route changed) is not shown while the new one loads.
  const current =
    loaded !== null && loaded.routeId === routeId && loaded.bundle === bundle
      ? loaded.resolved
      : null;

  const save = useCallback(
    (deck: Deck) => {
      if (bundle === null) return false;
      setLoaded((previous) => ({
        routeId,
        bundle,
        resolved: { deck, origin: 'saved', notice: previous?.resolved.notice ?? null },
      }));
      try {
        store.setItem(deckStorageKey(routeId), serialiseDeck(deck));
        setSaveError(null);
        return true;
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        setSaveError(
          `This browser would not save the briefing (${why}). Your changes stay until you close the page; export the deck to keep them.`,
        );
        return false;
      }
    },
    [bundle, routeId, store],
  );

  return {
    deck: current?.deck ?? null,
    origin: current?.origin ?? null,
    notice: current?.notice ?? null,
    save,
    saveError,
  };
}
