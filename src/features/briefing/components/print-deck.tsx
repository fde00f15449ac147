import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { Deck, Slide } from '../deck/deck-schema';
import { SlideFrame } from './slide-frame';
import './briefing.css';
import './print-deck.css';

/** Prints once every view has loaded (or after 5 s), so no page says "Loading the map…". */
async function printWhenDrawn(): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 100) {
    if (document.querySelector('.deck-print .view-loading') === null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  window.print();
}

/**
 * The deck as a handout: every slide as a landscape page with its citation and source line.
 * The print stylesheet puts one slide on each sheet, so the browser's "Save as PDF" makes the
 * handout.
 */
export function PrintDeck(props: {
  deck: Deck;
  bundle: Bundle;
  /** Each slide's views drawn for paper (the app renders them with the slide's own state). */
  renderViews: (slide: Slide, number: number) => ReactNode;
  editHref: string;
  backHref: string;
}) {
  const { deck, bundle } = props;
  const count = deck.slides.length;
  return (
    <main className="deck-print" aria-label="Briefing handout">
      <div className="deck-print-toolbar">
        <h1>
          Handout · {deck.title ?? bundle.article.title} · {count} slide{count === 1 ? '' : 's'}
        </h1>
        <p className="deck-hint">
          One slide a page, landscape. Print it, or choose “Save as PDF” as the printer.
        </p>
        <div className="deck-editor-toolbar">
          <button type="button" className="button" onClick={() => void printWhenDrawn()}>
            Print or save as PDF
          </button>
          <Link className="button" to={props.editHref}>
            Edit the briefing
          </Link>
          <Link className="button" to={props.backHref}>
            Back to the workspace
          </Link>
        </div>
      </div>
      {deck.slides.map((slide, i) => (
        <article key={slide.id} className="deck-print-page" aria-label={`Page ${i + 1}`}>
          <SlideFrame
            slide={slide}
            number={i + 1}
            count={count}
            article={bundle.article}
            views={props.renderViews(slide, i + 1)}
            headingLevel={2}
          />
          <p className="deck-print-folio">
            {deck.title ?? bundle.article.title} · slide {i + 1} of {count}
          </p>
        </article>
      ))}
    </main>
  );
}
