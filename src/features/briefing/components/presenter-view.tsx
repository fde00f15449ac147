import { useCallback, useEffect, useState } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { Deck } from '../deck/deck-schema';
import { formatElapsed } from '../presenter/format-elapsed';
import { targetSlide, type PresenterAction } from '../presenter/presenter-keys';
import { useElementSize } from '../../../ui/use-element-size';
import { SlideFrame } from './slide-frame';
import { slideMinText } from './slide-min-text';
import { useDeckChannel } from './use-deck-channel';
import { usePresenterKeys } from './use-presenter-keys';
import { useTimer } from './use-timer';
import './briefing.css';
import './presenter-view.css';

/** The stage a preview lays its slide out on: the audience's 1920×1080, then scaled to fit. */
const STAGE = { width: 1920, height: 1080 };

/**
 * A slide preview: the slide laid out exactly as the room sees it at 1920×1080 (same type, same
 * pictures), then scaled down as a whole to its box. Laying it out at the box's own size instead
 * would keep a floor on the type and let a small preview's words outgrow its slide.
 */
function Preview(props: {
  deck: Deck;
  bundle: Bundle;
  routeId: string;
  number: number;
  label: string;
}) {
  const { deck, bundle, routeId, number, label } = props;
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const size = useElementSize(box);
  const scale = size.width > 0 ? size.width / STAGE.width : 0;
  const slide = deck.slides[number - 1];
  return (
    <div className="deck-pv-slide" ref={setBox}>
      {slide ? (
        <div
          className="deck-pv-stage"
          style={{ width: STAGE.width, height: STAGE.height, transform: `scale(${scale})` }}
        >
          <SlideFrame
            key={slide.id}
            slide={slide}
            number={number}
            count={deck.slides.length}
            bundle={bundle}
            routeId={routeId}
            headingLevel={2}
            minText={slideMinText(STAGE)}
            label={label}
          />
        </div>
      ) : (
        <p className="deck-pv-end">End of the briefing</p>
      )}
    </div>
  );
}

/**
 * The presenter's own window: the current slide and the next, the speaker notes, a timer, and
 * the clicker keys. It keeps the audience window in step through a BroadcastChannel: a key here
 * moves both, a key there moves this one.
 */
export function PresenterView(props: {
  deck: Deck;
  bundle: Bundle;
  routeId: string;
  initialNumber: number;
}) {
  const { deck, bundle, routeId } = props;
  const count = deck.slides.length;
  const [number, setNumber] = useState(() =>
    Math.min(Math.max(1, props.initialNumber), Math.max(1, count)),
  );
  const [blank, setBlank] = useState(false);
  const [linked, setLinked] = useState(false);
  const timer = useTimer();

  const post = useDeckChannel(routeId, (message) => {
    if (message.type === 'state') {
      setLinked(true);
      setBlank(message.blank);
      if (message.number <= count) setNumber(message.number);
    }
  });
  useEffect(() => post({ type: 'hello' }), [post]);

  const goTo = useCallback(
    (n: number) => {
      setNumber(n);
      post({ type: 'go', number: n });
    },
    [post],
  );
  const onAction = useCallback(
    (action: PresenterAction) => {
      if (action === 'blank') {
        setBlank(!blank);
        post({ type: 'blank', blank: !blank });
      } else if (
        action === 'next' ||
        action === 'previous' ||
        action === 'first' ||
        action === 'last'
      )
        goTo(targetSlide(action, number, count));
    },
    [blank, count, goTo, number, post],
  );
  usePresenterKeys(onAction);

  useEffect(() => {
    document.title = `Presenter view · ${deck.slides[number - 1]?.title ?? ''}`;
  }, [deck, number]);

  const slide = deck.slides[number - 1];
  const notes = slide?.notes.trim() ?? '';
  return (
    <main className="deck-pv" aria-label="Presenter view" data-blank={blank}>
      <section className="deck-pv-current" aria-label="Current slide">
        <Preview
          deck={deck}
          bundle={bundle}
          routeId={routeId}
          number={number}
          label={`Current slide ${number} of ${count}: ${slide?.title ?? ''}`}
        />
      </section>
      <section className="deck-pv-notes" aria-label="Speaker notes">
        <h2>Notes</h2>
        {notes === '' ? (
          <p className="deck-hint">No notes for this slide. Write them in the editor.</p>
        ) : (
          <div className="deck-pv-notes-text">{notes}</div>
        )}
      </section>
      <div className="deck-pv-side">
        <section className="deck-pv-next" aria-label="Next slide">
          <Preview
            deck={deck}
            bundle={bundle}
            routeId={routeId}
            number={number + 1}
            label={`Next slide ${number + 1} of ${count}: ${deck.slides[number]?.title ?? ''}`}
          />
        </section>
        <div className="deck-pv-bar" role="group" aria-label="Presenter controls">
          <p className="deck-pv-count">
            Slide {number} of {count}
          </p>
          <p className="deck-pv-timer" role="timer" aria-label="Time elapsed">
            {formatElapsed(timer.elapsed)}
          </p>
          <button type="button" className="button" onClick={timer.toggle}>
            {timer.running ? 'Pause timer' : 'Resume timer'}
          </button>
          <button type="button" className="button" onClick={timer.reset}>
            Reset timer
          </button>
          <button
            type="button"
            className="button"
            disabled={number <= 1}
            onClick={() => goTo(targetSlide('previous', number, count))}
          >
            ‹ Previous
          </button>
          <button
            type="button"
            className="button"
            disabled={number >= count}
            onClick={() => goTo(targetSlide('next', number, count))}
          >
            Next ›
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={blank}
            onClick={() => onAction('blank')}
          >
            Blank audience (B)
          </button>
          <p className="deck-pv-link" role="status">
            {linked
              ? blank
                ? 'The audience screen is blank.'
                : 'In step with the audience window.'
              : 'No audience window yet: open the briefing and press Present in this browser.'}
          </p>
        </div>
      </div>
    </main>
  );
}
