import type { Bundle } from '../../bundle/bundle-schema';
import type { ViewState } from '../../view-state/view-state';
import { addViewToDeck } from '../../features/briefing/briefing-api';
import type { EmbeddedStory } from './briefing-embedded';
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
  embedded: EmbeddedStory | null,
): Promise<{ number: number; damaged: boolean }> {
  const source = deckSourceFor(routeId, embedded);
  return addViewToDeck({ bundle, routeId, state, ...source });
}
