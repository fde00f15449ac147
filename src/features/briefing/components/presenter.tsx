import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { Deck, Slide } from '../deck/deck-schema';
import { presenterAction, targetSlide } from '../presenter/presenter-keys';
import { SlideFrame } from './slide-frame';
import { keyTargetOf } from './key-target';
import { exportSlidePicture } from './export-slide-picture';
import './briefing.css';

export interface PresenterProps {
  deck: Deck;
  bundle: Bundle;
  /** The slide shown, 1-based and within the deck (the route keeps it so). */
  number: number;
  /** Goes to a slide; the app writes its number and view state to the URL. */
  onGo: (number: number) => void;
  /** Leaves the briefing for the workspace. */
  onExit: () => void;
  /** The slide's live views, each in a region named after it and marked data-view-region. */
  renderViews: (slide: Slide) => ReactNode;
  editHref: string;
  printHref: string;
  fileStem: string;
  /** Shown above the slide, e.g. that the saved deck was damaged. */
  notice?: ReactNode;
}

function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}

/**
 * The briefing on a projector: one slide at a time, driven by keyboard or clicker, with a
 * black screen on B and full screen on F. The slide number and view state live in the URL.
 */
export function Presenter(props: PresenterProps) {
  const { deck, bundle, number, onGo, onExit, renderViews } = props;
  const count = deck.slides.length;
  const slide = deck.slides[number - 1];
  const [blank, setBlank] = useState(false);
  const [fullscreen, setFullscreen] = useState(isFullscreen);
  const [status, setStatus] = useState('');
  const stageRef = useRef<HTMLDivElement>(null);

  // The slide last asked for, ahead of the URL: a clicker pressed twice before the page has
  // re-rendered must move two slides, not one.
  const requested = useRef(number);
  useEffect(() => {
    requested.current = number;
  }, [number]);

  const go = useCallback(
    (action: 'next' | 'previous' | 'first' | 'last') => {
      const target = targetSlide(action, requested.current, count);
      if (target === requested.current) return;
      requested.current = target;
      onGo(target);
    },
    [count, onGo],
  );

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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = presenterAction({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: keyTargetOf(event.target),
      });
      if (action === null) return;
      event.preventDefault();
      if (action === 'blank') setBlank((b) => !b);
      else if (action === 'fullscreen') toggleFullscreen();
      else if (action === 'escape') {
        // Escape first undoes the state a presenter is in; only then does it leave.
        if (blank) setBlank(false);
        else if (isFullscreen()) void document.exitFullscreen().catch(() => undefined);
        else onExit();
      } else {
        setBlank(false);
        go(action);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [blank, go, onExit, toggleFullscreen]);

  const exportPicture = async (kind: 'svg' | 'png') => {
    const root = stageRef.current;
    if (!root || !slide) return;
    try {
      setStatus(
        await exportSlidePicture({
          root,
          slide,
          number,
          count,
          article: bundle.article,
          kind,
          fileStem: props.fileStem,
        }),
      );
    } catch (error) {
      setStatus(
        `The picture could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
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
    <main className="deck-presenter" aria-label="Briefing" data-blank={blank}>
      {props.notice}
      <div className="deck-stage" ref={stageRef} inert={blank} aria-hidden={blank || undefined}>
        <SlideFrame
          key={slide.id}
          slide={slide}
          number={number}
          count={count}
          article={bundle.article}
          views={renderViews(slide)}
          headingLevel={1}
        />
      </div>
      <nav className="deck-controls" aria-label="Briefing controls" inert={blank}>
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
        <button type="button" className="button" onClick={() => void exportPicture('svg')}>
          Slide as SVG
        </button>
        <button type="button" className="button" onClick={() => void exportPicture('png')}>
          Slide as PNG
        </button>
        <Link className="button" to={props.editHref}>
          Edit
        </Link>
        <Link className="button" to={props.printHref}>
          Handout
        </Link>
        <button type="button" className="button" onClick={onExit} aria-keyshortcuts="Escape">
          Exit (Esc)
        </button>
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
