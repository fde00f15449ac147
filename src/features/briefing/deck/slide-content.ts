import type { Bundle } from '../../../bundle/bundle-schema';
import type { SlideContent } from '../export/compose-slide-svg';
import type { Slide } from './deck-schema';
import { citationLine, sourceLine } from './citation';

const VIEW_WORDS = { network: 'Network', map: 'Map', timeline: 'Timeline' } as const;

/**
 * Where a quote stands in the article, for the handout's numbered source line: "paragraph 5"
 * (counting paragraphs only, as a reader would), else the block's kind ("photo caption").
 */
export function quoteLocation(bundle: Bundle, start: number): string {
  const { blocks } = bundle.article;
  let paragraph = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') paragraph += 1;
    if (start >= block.start && start < block.end)
      return block.kind === 'paragraph' ? `paragraph ${paragraph}` : block.kind.replace(/-/g, ' ');
  }
  return `characters ${start}ff.`;
}

/** What a slide says, for every picture made of it (export, handout, PDF). */
export function slideContent(
  bundle: Bundle,
  slide: Slide,
  number: number,
  count: number,
  folio?: string,
): SlideContent {
  const { article } = bundle;
  const quotes = slide.quotes
    .map((q) => ({ start: q.start, text: article.text.slice(q.start, q.end).trim() }))
    .filter((q) => q.text !== '');
  return {
    number,
    count,
    title: slide.title,
    caption: slide.caption,
    quotes: quotes.map((q) => q.text),
    citation: citationLine(article),
    sourceLine: sourceLine(article, slide.view.views),
    quoteSources: quotes.map((q) => quoteLocation(bundle, q.start)),
    viewLabels: slide.view.views.map((v) => VIEW_WORDS[v]),
    ...(folio !== undefined ? { folio } : {}),
  };
}
