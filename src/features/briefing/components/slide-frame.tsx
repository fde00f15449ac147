import type { Bundle } from '../../../bundle/bundle-schema';
import type { Slide } from '../deck/deck-schema';
import { citationLine, sourceLine } from '../deck/citation';
import { slideViewState } from '../deck/slide-view-state';
import { SlidePicture } from './slide-picture';

/** Props of one slide as presented (or previewed in the presenter view). */
export interface SlideFrameProps {
  slide: Slide;
  /** 1-based. */
  number: number;
  count: number;
  bundle: Bundle;
  /** The route's story id (a story opened from a file has its own). */
  routeId: string;
  /** h1 when presented (the slide is the page), h2 where it is one of several. */
  headingLevel: 1 | 2;
  /** The smallest text allowed in the slide's pictures, in CSS pixels (24 at 1920×1080). */
  minText: number;
  /** Names the region; "Slide 2 of 9: …" by default, "Next slide: …" in the presenter view. */
  label?: string;
  /** Animate a view's picture from the slide before when both show that view (presenting). */
  transitions?: boolean;
}

/**
 * A slide as a graphic for a room: title, caption, each view drawn as a picture from its scene
 * (framed on the subject, the context legible, no controls), the quotations with their citation,
 * and the source line. The quotes are the article's own words (spans into its text), so a room
 * can see what each claim rests on.
 */
export function SlideFrame(props: SlideFrameProps) {
  const { slide, number, count, bundle, routeId, headingLevel, minText } = props;
  const { article } = bundle;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const hasViews = slide.view.views.length > 0;
  const state = slideViewState(routeId, slide.view, number);
  const quotes = slide.quotes
    .map((q) => ({ key: `${q.start}-${q.end}`, text: article.text.slice(q.start, q.end).trim() }))
    .filter((q) => q.text !== '');
  return (
    <section
      className="deck-slide"
      aria-roledescription="slide"
      aria-label={props.label ?? `Slide ${number} of ${count}: ${slide.title}`}
      data-slide={slide.id}
      data-has-views={hasViews}
      data-has-quotes={quotes.length > 0}
      data-view-count={slide.view.views.length}
    >
      <header className="deck-slide-head">
        <Heading className="deck-slide-title">{slide.title}</Heading>
        {slide.caption !== '' && <p className="deck-slide-caption">{slide.caption}</p>}
      </header>
      {hasViews && (
        <div className="deck-slide-views">
          {slide.view.views.map((name) => (
            <SlidePicture
              key={name}
              name={name}
              bundle={bundle}
              state={state}
              minText={minText}
              subject={slide.title}
              transitions={props.transitions}
            />
          ))}
        </div>
      )}
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
