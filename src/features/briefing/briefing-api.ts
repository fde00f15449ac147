/**
 * What the app may use of the briefing feature (lint keeps app/ to this file and
 * `standalone-file.ts`): the three pages' components, the deck hook, and the few deck functions
 * the workspace needs. Everything else is the feature's own business. Loaded with the briefing
 * pages only, so none of it is in the first load.
 */
export { Presenter } from './components/presenter';
export { DeckEditor } from './components/deck-editor';
export { PrintDeck } from './components/print-deck';
export { useDeck, type DeckSource } from './components/use-deck';
export { addViewToDeck } from './deck/add-view-to-deck';
export { slideHref, slideViewState } from './deck/slide-view-state';
export type { Deck, Slide } from './deck/deck-schema';
export type { KeyValueStore } from './storage/resolve-deck';
export { deckStorageKey } from './storage/deck-storage';
export {
  SlideDrawingContext,
  type DrawViewRequest,
  type SlideDrawing,
  type SlideViewPicture,
} from './components/slide-drawing';
export { smallestTextPx } from './export/svg-font-sizes';
export { PresenterView } from './components/presenter-view';
