import type { Bundle } from '../../../bundle/bundle-schema';
import { bylineName } from '../../../model/byline-name';
import { formatPublishedDay } from '../../../model/format-date';
import type { ViewState } from '../../../view-state/view-state';
import { DECK_FORMAT, type Deck, type Slide } from './deck-schema';
import { newSlideId } from './deck-edits';
import { quoteCandidates, quoteOf } from './quote-candidates';
import { slideViewFromState } from './slide-view-state';
import { defaultSlideTitle } from './default-slide-title';

/** A first pick of quotes stays short enough to read aloud; the editor offers the rest. */
const DEFAULT_QUOTE_CHARS = 320;

/**
 * "Add to briefing": the workspace as it stands becomes a slide, titled after the selection and
 * quoting the first of its evidence, ready to be reworded in the editor.
 */
export function slideFromViewState(bundle: Bundle, state: ViewState, deck: Deck): Slide {
  const view = slideViewFromState(state);
  const title = defaultSlideTitle(bundle, state.selection) ?? bundle.article.title.slice(0, 160);
  const quotes = [];
  let chars = 0;
  for (const span of quoteCandidates(bundle, view.selection)) {
    const length = span.end - span.start;
    if (quotes.length > 0 && chars + length > DEFAULT_QUOTE_CHARS) break;
    quotes.push(quoteOf(bundle, span));
    chars += length;
    if (quotes.length === 2) break;
  }
  return { id: newSlideId(deck), title, caption: '', view, quotes, notes: '' };
}

/** The deck of last resort: the story's title slide, so there is always something to present. */
export function titleDeck(bundle: Bundle): Deck {
  const { article } = bundle;
  return {
    format: DECK_FORMAT,
    bundleId: bundle.id,
    slides: [
      {
        id: 's-1',
        title: article.title.slice(0, 160),
        caption: `${bylineName(article.byline)}, ${article.publisher}, ${formatPublishedDay(article.published)}`,
        view: { views: [], selection: null, asOf: null, hiddenKinds: [], hiddenRelations: [] },
        quotes: [],
        notes: '',
      },
    ],
  };
}
