import type { Bundle } from '../../../bundle/bundle-schema';
import type { ViewState } from '../../../view-state/view-state';
import { addSlide } from './deck-edits';
import { slideFromViewState } from './new-slide';
import { deckStorageKey, serialiseDeck } from '../storage/deck-storage';
import { resolveDeck, type DefaultDeckLoader, type KeyValueStore } from '../storage/resolve-deck';

/**
 * Appends a workspace state as the last slide of the story's deck (saved, else shipped, else a
 * title slide) and saves it. Throws when the store will not take the deck.
 */
export async function addViewToDeck(options: {
  bundle: Bundle;
  routeId: string;
  state: ViewState;
  store: KeyValueStore;
  loadDefault: DefaultDeckLoader | null;
}): Promise<{ number: number; damaged: boolean }> {
  const { bundle, routeId, state, store, loadDefault } = options;
  const resolved = await resolveDeck({ store, routeId, bundle, loadDefault });
  const deck = addSlide(resolved.deck, slideFromViewState(bundle, state, resolved.deck));
  store.setItem(deckStorageKey(routeId), serialiseDeck(deck));
  return { number: deck.slides.length, damaged: resolved.notice !== null };
}
