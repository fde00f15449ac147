import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { Deck, Slide } from '../deck/deck-schema';
import { handoutFolio } from '../export/handout-folio';
import { handoutPage, PAPER, slidePageSvg, type PaperName } from '../export/slide-page-svg';
import { DeckExportButtons } from './deck-export-buttons';
import { useSlideDrawing } from './slide-drawing';
import { SvgTree } from './svg-tree';
import './briefing.css';
import './print-deck.css';

/** One handout page: the slide composed for paper, drawn when its views are. */
function PrintPage(props: {
  deck: Deck;
  bundle: Bundle;
  routeId: string;
  slide: Slide;
  number: number;
  paper: PaperName;
  onDrawn: (number: number, paper: PaperName) => void;
}) {
  const { deck, bundle, routeId, slide, number, paper, onDrawn } = props;
  const { draw } = useSlideDrawing();
  const count = deck.slides.length;
  const [svg, setSvg] = useState<{ paper: PaperName; svg: string } | null>(null);
  useEffect(() => {
    let live = true;
    void slidePageSvg({
      bundle,
      routeId,
      slide,
      number,
      count,
      page: handoutPage(paper),
      draw,
      folio: handoutFolio(deck, bundle, number, count),
    }).then((made) => {
      if (!live) return;
      setSvg({ paper, svg: made.svg });
      onDrawn(number, paper);
    });
    return () => {
      live = false;
    };
  }, [bundle, routeId, slide, number, count, paper, draw, deck, onDrawn]);
  return (
    <article
      className="deck-print-page"
      aria-label={`Page ${number}: ${slide.title}`}
      data-paper={paper}
      data-slide={slide.id}
      data-drawn={svg?.paper === paper}
    >
      {svg ? (
        <SvgTree svg={svg.svg} label={`Slide ${number} of ${count}: ${slide.title}`} />
      ) : (
        <p className="deck-print-drawing">Drawing slide {number}…</p>
      )}
    </article>
  );
}

/**
 * The deck as a handout: each slide a landscape page (A4 or Letter) with its picture drawn
 * from the views' scenes (the timeline as a timeline), its quotes numbered and a numbered
 * source line. Printing prints exactly these pages; "Download as PDF" makes the same pages.
 */
export function PrintDeck(props: {
  deck: Deck;
  bundle: Bundle;
  routeId: string;
  editHref: string;
  backHref: string;
}) {
  const { deck, bundle, routeId } = props;
  const count = deck.slides.length;
  const [paper, setPaper] = useState<PaperName>('a4');
  const [drawn, setDrawn] = useState<Set<string>>(() => new Set());
  const [status, setStatus] = useState('');
  const [onDrawn] = useState(
    () => (number: number, p: PaperName) =>
      setDrawn((d) => (d.has(`${p}:${number}`) ? d : new Set(d).add(`${p}:${number}`))),
  );
  const ready = deck.slides.every((_, i) => drawn.has(`${paper}:${i + 1}`));

  return (
    <main className="deck-print" aria-label="Briefing handout" data-ready={ready}>
      <div className="deck-print-toolbar">
        <h1>
          Handout · {deck.title ?? bundle.article.title} · {count} slide{count === 1 ? '' : 's'}
        </h1>
        <p className="deck-hint">
          One slide a page, landscape, with its quotes and their sources numbered.
        </p>
        <div className="deck-editor-toolbar">
          <fieldset className="deck-print-paper">
            <legend>Paper</legend>
            {(Object.keys(PAPER) as PaperName[]).map((name) => (
              <label key={name}>
                <input
                  type="radio"
                  name="paper"
                  value={name}
                  checked={paper === name}
                  onChange={() => setPaper(name)}
                />{' '}
                {PAPER[name].label}
              </label>
            ))}
          </fieldset>
          <button type="button" className="button" disabled={!ready} onClick={() => window.print()}>
            {ready ? 'Print' : 'Drawing the pages…'}
          </button>
          <DeckExportButtons
            deck={deck}
            bundle={bundle}
            routeId={routeId}
            fileStem={`${bundle.id}-briefing`}
            onStatus={setStatus}
            only="pdf"
            paper={paper}
          />
          <Link className="button" to={props.editHref}>
            Edit the briefing
          </Link>
          <Link className="button" to={props.backHref}>
            Back to the workspace
          </Link>
        </div>
        <p className="deck-print-status" role="status">
          {status}
        </p>
      </div>
      {deck.slides.map((slide, i) => (
        <PrintPage
          key={slide.id}
          deck={deck}
          bundle={bundle}
          routeId={routeId}
          slide={slide}
          number={i + 1}
          paper={paper}
          onDrawn={onDrawn}
        />
      ))}
    </main>
  );
}
