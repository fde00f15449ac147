import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { Deck } from '../deck/deck-schema';
import { targetSlide, type PresenterAction } from '../presenter/presenter-keys';
import { useElementSize } from '../../../ui/use-element-size';
import { SlideFrame } from './slide-frame';
import { exportSlidePicture } from './export-slide-picture';
import { EvidenceOverlay, markSelection } from './evidence-overlay';
import { useDeckChannel } from './use-deck-channel';
import { useIdle } from './use-idle';
import { usePresenterKeys } from './use-presenter-keys';
import { useSlideDrawing } from './slide-drawing';
import { slideMinText } from './slide-min-text';
import { DeckExportButtons } from './deck-export-buttons';
import './briefing.css';

export interface PresenterProps {
  deck: Deck;
  bundle: Bundle;
  routeId: string;
  /** The slide shown, 1-based and within the deck (the route keeps it so). */
  number: number;
  /** The number the link asked for when it was past the end, to say so; else null. */
  outOfRange: number | null;
  /** Goes to a slide; the app writes its number and view state to the URL. */
  onGo: (number: number) => void;
  /** Leaves the briefing for the workspace state it was opened from. */
  onExit: () => void;
  editHref: string;
  printHref: string;
  /** The presenter view (notes, next slide, timer) for a second window. */
  presenterViewHref: string;
  fileStem: string;
  /** Shown above the slide, e.g. that the saved deck was damaged. */
  notice?: ReactNode;
}

function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}

/**
 * The briefing on a projector: one slide at a time, drawn as a picture, driven by keyboard or
 * clicker (the keys reach it wherever the last click went), a black screen on B, full screen on
 * F, a presenter view in a second window kept in step. A click on a mark shows its evidence and
 * changes nothing.
 */
export function Presenter(props: PresenterProps) {
  const { deck, bundle, routeId, number, onGo, onExit } = props;
  const drawing = useSlideDrawing();
  const count = deck.slides.length;
  const slide = deck.slides[number - 1];
  const [blank, setBlank] = useState(false);
  const [fullscreen, setFullscreen] = useState(isFullscreen);
  const [status, setStatus] = useState('');
  // On a phone the bar keeps Previous, the count and Next; the rest open from "More".
  const [moreOpen, setMoreOpen] = useState(false);
  const [stage, setStage] = useState<HTMLDivElement | null>(null);
  const size = useElementSize(stage);
  const idle = useIdle(fullscreen, 2500);

  // The slide last asked for, ahead of the URL: a clicker pressed twice before the page has
  // re-rendered must move two slides, not one.
  const requested = useRef(number);
  useEffect(() => {
    requested.current = number;
  }, [number]);
  // The mark whose evidence is open, with the slide it was opened on: a new slide closes it.
  const [opened, setOpened] = useState<{ selection: string; number: number } | null>(null);
  const evidence = opened !== null && opened.number === number ? opened.selection : null;
  const setEvidence = useCallback(
    (selection: string | null) =>
      setOpened(selection === null ? null : { selection, number: requested.current }),
    [],
  );

  const go = useCallback(
    (action: 'next' | 'previous' | 'first' | 'last') => {
      const target = targetSlide(action, requested.current, count);
      if (target === requested.current) return;
      requested.current = target;
      onGo(target);
    },
    [count, onGo],
  );

  const post = useDeckChannel(routeId, (message, reply) => {
    if (message.type === 'go' && message.number !== requested.current && message.number <= count) {
      requested.current = message.number;
      setBlank(false);
      onGo(message.number);
    } else if (message.type === 'blank') setBlank(message.blank);
    else if (message.type === 'hello') reply({ type: 'state', number, blank });
  });
  useEffect(() => {
    post({ type: 'state', number, blank });
  }, [post, number, blank]);

  const toggleFullscreen = useCallback(() => {
    const fail = () =>
      setStatus('Full screen is not available here; try the browser’s own full-screen key (F11).');
    try {
      const request = isFullscreen()
        ? document.exitFullscreen()
        : document.documentElement.requestFullscreen();
      void request.catch(fail);
    } catch {
      fail();
    }
  }, []);

  useEffect(() => {
    const onChange = () => setFullscreen(isFullscreen());
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const onAction = useCallback(
    (action: PresenterAction) => {
      if (action === 'blank') setBlank((b) => !b);
      else if (action === 'fullscreen') toggleFullscreen();
      else if (action === 'escape') {
        // Escape first undoes the state a presenter is in; only then does it leave.
        if (moreOpen) setMoreOpen(false);
        else if (evidence !== null) setEvidence(null);
        else if (blank) setBlank(false);
        else if (isFullscreen()) void document.exitFullscreen().catch(() => undefined);
        else onExit();
      } else {
        setBlank(false);
        setEvidence(null);
        go(action);
      }
    },
    [blank, evidence, go, moreOpen, onExit, toggleFullscreen, setEvidence],
  );
  usePresenterKeys(onAction);

  const exportPicture = async (kind: 'svg' | 'png') => {
    if (!slide) return;
    try {
      setStatus(
        await exportSlidePicture({
          bundle,
          routeId,
          slide,
          number,
          count,
          kind,
          fileStem: props.fileStem,
          draw: drawing.draw,
        }),
      );
    } catch (error) {
      setStatus(
        `The picture could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const openPresenterView = () => {
    const opened = window.open(
      `#${props.presenterViewHref}`,
      `article-atlas-presenter-${routeId}`,
      'popup,width=1280,height=800',
    );
    setStatus(
      opened
        ? 'Presenter view opened in a second window: notes, next slide and timer. It follows this one.'
        : 'The browser kept the presenter view from opening. Allow pop-ups for this page, or open it from the Edit page.',
    );
  };

  if (!slide)
    return (
      <main className="deck-presenter deck-empty" aria-label="Briefing">
        <h1>This briefing has no slides</h1>
        <p>
          Add views from the workspace with “Add to briefing”, or{' '}
          <Link to={props.editHref}>open the editor</Link>.
        </p>
        <button type="button" className="button" onClick={onExit}>
          Back to the workspace
        </button>
      </main>
    );

  const progress = `${(number / count) * 100}%`;
  return (
    <main
      className="deck-presenter"
      aria-label="Briefing"
      data-blank={blank}
      data-fullscreen={fullscreen}
    >
      {props.notice}
      {props.outOfRange !== null && (
        <p className="deck-range-notice" role="alert">
          There is no slide {props.outOfRange}: this briefing has {count} slide
          {count === 1 ? '' : 's'}. Showing the last one.
        </p>
      )}
      {/* Clicks on the slide change nothing; a click on a mark shows its evidence. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div
        className="deck-stage"
        ref={setStage}
        inert={blank}
        aria-hidden={blank || undefined}
        onClick={(event) => {
          const selection = markSelection(event.target);
          setEvidence(selection);
        }}
      >
        {/* Not keyed by slide: a view on two slides in a row keeps its picture and moves it. */}
        <SlideFrame
          slide={slide}
          number={number}
          count={count}
          bundle={bundle}
          routeId={routeId}
          headingLevel={1}
          minText={slideMinText(size)}
          transitions
        />
        {evidence !== null && (
          <EvidenceOverlay bundle={bundle} selection={evidence} onClose={() => setEvidence(null)} />
        )}
      </div>
      <nav
        className="deck-controls"
        aria-label="Briefing controls"
        inert={blank}
        data-hidden={idle}
      >
        <button
          type="button"
          className="button"
          onClick={() => go('previous')}
          disabled={number <= 1}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          ‹ Previous
        </button>
        <p className="deck-progress">
          <span className="deck-progress-count" aria-hidden="true">
            {number} / {count}
          </span>
          <span className="visually-hidden">
            Slide {number} of {count}
          </span>
          <span className="deck-progress-bar" aria-hidden="true">
            <span style={{ width: progress }} />
          </span>
        </p>
        <button
          type="button"
          className="button"
          onClick={() => go('next')}
          disabled={number >= count}
          aria-keyshortcuts="ArrowRight PageDown Space"
        >
          Next ›
        </button>
        <span className="deck-controls-gap" />
        <button
          type="button"
          className="button deck-controls-more-toggle"
          aria-expanded={moreOpen}
          aria-controls="deck-controls-more"
          onClick={() => setMoreOpen((open) => !open)}
        >
          More
        </button>
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- closes the phone's menu after any of its buttons (each its own keyboard control) did its work */}
        <div
          className="deck-controls-more"
          id="deck-controls-more"
          data-open={moreOpen}
          onClick={(event) => {
            if (event.target !== event.currentTarget) setMoreOpen(false);
          }}
        >
          <button
            type="button"
            className="button"
            aria-pressed={blank}
            onClick={() => setBlank(true)}
            aria-keyshortcuts="B"
          >
            Blank (B)
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={fullscreen}
            onClick={toggleFullscreen}
            aria-keyshortcuts="F"
          >
            Full screen (F)
          </button>
          <button type="button" className="button" onClick={openPresenterView}>
            Presenter view
          </button>
          <button type="button" className="button" onClick={() => void exportPicture('svg')}>
            Slide as SVG
          </button>
          <button type="button" className="button" onClick={() => void exportPicture('png')}>
            Slide as PNG
          </button>
          <DeckExportButtons
            deck={deck}
            bundle={bundle}
            routeId={routeId}
            fileStem={props.fileStem}
            onStatus={setStatus}
            only="pptx"
          />
          <Link className="button" to={props.editHref}>
            Edit
          </Link>
          <Link className="button" to={props.printHref}>
            Handout
          </Link>
          <button type="button" className="button" onClick={onExit} aria-keyshortcuts="Escape">
            Exit (Esc)
          </button>
        </div>
      </nav>
      <p className="visually-hidden" aria-live="polite">
        {`Slide ${number} of ${count}: ${slide.title}`}
      </p>
      <p className="deck-status" role="status">
        {status}
      </p>
      {blank && (
        // A button, so a mouse click brings the slide back as B does.
        <button type="button" className="deck-blank" onClick={() => setBlank(false)}>
          <span className="visually-hidden">Screen blanked. Show the slide (B)</span>
        </button>
      )}
    </main>
  );
}
