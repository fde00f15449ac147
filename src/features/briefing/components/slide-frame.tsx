import type { ReactNode } from 'react';
import type { Article } from '../../../bundle/bundle-schema';
import type { Slide } from '../deck/deck-schema';
import { citationLine, sourceLine } from '../deck/citation';

/** Props of one slide as shown: presented, printed or previewed. */
export interface SlideFrameProps {
  slide: Slide;
  /** 1-based. */
  number: number;
  count: number;
  article: Article;
  /** The slide's live views, each in its own named region; null for a slide without views. */
  views: ReactNode;
  /** h1 when presented (the slide is the page), h2 in the printed deck. */
  headingLevel: 1 | 2;
}

/**
 * A slide: title, caption, the views, the quotations with their citation, and the source line.
 * The quotes are the article's own words (spans into its text), so a room can see what each
 * claim rests on.
 */
export function SlideFrame(props: SlideFrameProps) {
  const { slide, number, count, article, views, headingLevel } = props;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const hasViews = slide.view.views.length > 0;
  const quotes = slide.quotes
    .map((q) => ({ key: `${q.start}-${q.end}`, text: article.text.slice(q.start, q.end).trim() }))
    .filter((q) => q.text !== '');
  return (
    <section
      className="deck-slide"
      aria-roledescription="slide"
      aria-label={`Slide ${number} of ${count}: ${slide.title}`}
      data-slide={slide.id}
      data-has-views={hasViews}
      data-view-count={slide.view.views.length}
    >
      <header className="deck-slide-head">
        <Heading className="deck-slide-title">{slide.title}</Heading>
        {slide.caption !== '' && <p className="deck-slide-caption">{slide.caption}</p>}
      </header>
      {hasViews && <div className="deck-slide-views">{views}</div>}
      {quotes.length > 0 && (
        <figure className="deck-quotes">
          {quotes.map((q) => (
            <blockquote key={q.key} className="deck-quote" lang={article.language}>
              <p>{q.text}</p>
            </blockquote>
          ))}
          <figcaption className="deck-citation">— {citationLine(article)}</figcaption>
        </figure>
      )}
      <p className="deck-slide-source">{sourceLine(article, slide.view.views)}</p>
    </section>
  );
}
