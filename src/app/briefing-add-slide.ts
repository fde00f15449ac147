import type { Bundle } from '../bundle/bundle-schema';
import type { ViewState } from '../view-state/view-state';
import { addSlide } from '../features/briefing/deck/deck-edits';
import { slideFromViewState } from '../features/briefing/deck/new-slide';
import { deckStorageKey, serialiseDeck } from '../features/briefing/storage/deck-storage';
import { resolveDeck } from '../features/briefing/storage/resolve-deck';
import { deckSourceFor } from './briefing-deck-source';

/**
 * Appends the workspace's state as the last slide of the story's deck and saves it. Loaded on
 * the first click of "Add to briefing", so the deck code stays out of the first load.
 * Throws when the browser will not store the deck.
 */
export async function addViewToBriefing(
  bundle: Bundle,
  routeId: string,
  state: ViewState,
): Promise<{ number: number; damaged: boolean }> {
  const source = deckSourceFor(routeId);
  const resolved = await resolveDeck({ ...source, routeId, bundle });
  const deck = addSlide(resolved.deck, slideFromViewState(bundle, state, resolved.deck));
  source.store.setItem(deckStorageKey(routeId), serialiseDeck(deck));
  return { number: deck.slides.length, damaged: resolved.notice !== null };
}
