import { useEffect, useRef, useState } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { Slide } from '../deck/deck-schema';
import { slidePage, slidePageSvg } from '../export/slide-page-svg';
import { useSlideDrawing } from './slide-drawing';
import { useSlideTheme } from './use-slide-theme';

/** Thumbnails wait this long after an edit, so typing a title redraws once, not per key. */
const SETTLE_MS = 300;

// One thumbnail drawn at a time: a long deck scrolled into view must not queue a hundred scene
// layouts on the main thread at once.
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

type Thumb =
  | { status: 'waiting' }
  | { status: 'ready'; key: string; url: string }
  | { status: 'failed'; key: string; why: string };

/** Becomes true once the element has come near the screen, and stays true. */
function useSeen(element: Element | null): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (element === null || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, seen]);
  return seen;
}

/**
 * A slide in small: the very page "Slide as PNG" saves (its words laid out, each view drawn
 * from its scene), composed at 1920×1080 and shown as an image, so the editor shows what the
 * room will see. Drawn when it nears the screen, one at a time, and again after an edit settles.
 * It carries no ids or marks of its own: an image, named by its slide.
 */
export function SlideThumbnail(props: {
  bundle: Bundle;
  routeId: string;
  slide: Slide;
  /** 1-based. */
  number: number;
  count: number;
}) {
  const { bundle, routeId, slide, number, count } = props;
  const { draw } = useSlideDrawing();
  const theme = useSlideTheme();
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const seen = useSeen(box);
  const key = `${JSON.stringify(slide)}|${number}|${count}|${theme}`;
  const [thumb, setThumb] = useState<Thumb>({ status: 'waiting' });
  const drawnOnce = useRef(false);
  const shownUrl = thumb.status === 'ready' ? thumb.url : null;

  // A picture's URL is freed once another replaces it or the thumbnail goes.
  useEffect(() => {
    if (shownUrl === null) return;
    return () => URL.revokeObjectURL(shownUrl);
  }, [shownUrl]);

  useEffect(() => {
    if (!seen) return;
    let live = true;
    const first = !drawnOnce.current;
    drawnOnce.current = true;
    const timer = setTimeout(
      () => {
        void inTurn(async () => {
          if (!live) return;
          try {
            const made = await slidePageSvg({
              bundle,
              routeId,
              slide,
              number,
              count,
              page: slidePage(theme),
              draw,
            });
            if (!live) return;
            const url = URL.createObjectURL(new Blob([made.svg], { type: 'image/svg+xml' }));
            setThumb({ status: 'ready', key, url });
          } catch (error) {
            if (live)
              setThumb({
                status: 'failed',
                key,
                why: error instanceof Error ? error.message : String(error),
              });
          }
        });
      },
      // The first picture at once; redraws after an edit wait for the typing to pause.
      first ? 0 : SETTLE_MS,
    );
    // The picture shown stays until its successor is ready.
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [seen, key, bundle, routeId, slide, number, count, theme, draw]);

  return (
    <div
      className="deck-thumb"
      ref={setBox}
      data-thumb={thumb.status === 'ready' && thumb.key !== key ? 'redrawing' : thumb.status}
    >
      {thumb.status === 'ready' && (
        <img src={thumb.url} alt={`Slide ${number}: ${slide.title}`} width={1920} height={1080} />
      )}
      {thumb.status === 'failed' && (
        <p className="deck-thumb-missing" role="note">
          Slide {number} could not be drawn: {thumb.why}
        </p>
      )}
    </div>
  );
}
