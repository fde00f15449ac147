import { useCallback, useEffect, useState } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { ViewName, ViewState } from '../../../view-state/view-state';
import { useElementSize } from '../../../ui/use-element-size';
import { useMediaQuery } from '../../../ui/use-media-query';
import { useSlideDrawing, type SlideViewPicture } from './slide-drawing';
import { useSlideTheme } from './use-slide-theme';
import { PictureLayers } from './picture-layers';

/** The label of a view region on a slide: as in the workspace, so tests and readers find it. */
export const VIEW_LABEL: Record<ViewName, string> = {
  network: 'Network',
  map: 'Map',
  timeline: 'Timeline',
};

type Drawn =
  | { status: 'drawing' }
  | {
      status: 'ready';
      /** What was asked (state, size, theme): a new request draws again. */
      key: string;
      /** The view state alone: a new one (another slide) is what a transition is for. */
      stateKey: string;
      picture: SlideViewPicture;
      /** Its accessible name: what the slide it was drawn for is about. */
      label: string;
      /** The picture of the slide before, while the transition to this one runs. */
      from: string | null;
    }
  | { status: 'missing'; key: string; why: string };

/**
 * One view of a slide, drawn as a picture from the view's scene at the size of its box, with
 * text no smaller than `minText`. Not a live view: nothing on it responds to the pointer or the
 * keyboard, so a stray click never changes a slide. Moving to another slide of the same view
 * animates from one picture to the next (marks glide, the rest cross-fades) unless the reader
 * asks for reduced motion; a picture that cannot be drawn says why in its place.
 */
export function SlidePicture(props: {
  name: ViewName;
  bundle: Bundle;
  state: ViewState;
  /** The smallest text allowed, in CSS pixels at this box size. */
  minText: number;
  /** What the slide is about, for the picture's accessible name. */
  subject: string;
  /** Animate from one slide's picture to the next (the presenter); thumbnails cut. */
  transitions?: boolean;
}) {
  const { name, bundle, state, minText, subject, transitions = false } = props;
  const { draw } = useSlideDrawing();
  const theme = useSlideTheme();
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const { width, height } = useElementSize(box, 120);
  const stateKey = JSON.stringify(state);
  const key = `${name}|${stateKey}|${width}x${height}|${theme}|${minText}`;
  const [drawn, setDrawn] = useState<Drawn>({ status: 'drawing' });
  const animate = transitions && !reduceMotion;
  const label = VIEW_LABEL[name];
  const pictureLabel = `${label}: ${subject}`;

  useEffect(() => {
    if (width < 40 || height < 40) return;
    let live = true;
    draw({ name, bundle, state, width, height, theme, minText }).then(
      (picture) => {
        if (!live) return;
        setDrawn((before) => ({
          status: 'ready',
          key,
          stateKey,
          picture,
          label: pictureLabel,
          // Another slide of the same view: go from its picture to this one. A new size or
          // theme of the same slide is redrawn in place (a transition under way goes on from
          // where it started: the new slide's box settles a moment after its words).
          from:
            !animate || before.status !== 'ready'
              ? null
              : before.stateKey !== stateKey
                ? before.picture.svg
                : before.from,
        }));
      },
      (error: unknown) =>
        live &&
        setDrawn({
          status: 'missing',
          key,
          why: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [
    draw,
    name,
    bundle,
    state,
    width,
    height,
    theme,
    minText,
    key,
    stateKey,
    animate,
    pictureLabel,
  ]);

  const onEnd = useCallback(
    () => setDrawn((d) => (d.status === 'ready' && d.from !== null ? { ...d, from: null } : d)),
    [],
  );

  return (
    <section
      className="deck-view"
      aria-label={label}
      data-view-region={name}
      data-drawn={drawn.status === 'ready' ? 'scene' : drawn.status}
      data-transition={drawn.status === 'ready' && drawn.from !== null ? 'running' : undefined}
      data-smallest-text={
        drawn.status === 'ready' && drawn.picture.smallestText !== null
          ? drawn.picture.smallestText.toFixed(1)
          : undefined
      }
    >
      <div className="deck-picture" ref={setBox}>
        {drawn.status === 'ready' && (
          <PictureLayers
            svg={drawn.picture.svg}
            label={drawn.label}
            from={drawn.from}
            onEnd={onEnd}
          />
        )}
        {drawn.status === 'missing' && (
          <p className="deck-picture-missing" role="note">
            The {label.toLowerCase()} could not be drawn: {drawn.why}
          </p>
        )}
      </div>
    </section>
  );
}
