import { useEffect, useState } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { ViewName, ViewState } from '../../../view-state/view-state';
import { useElementSize } from '../../../ui/use-element-size';
import { useSlideDrawing, type SlideViewPicture } from './slide-drawing';
import { useSlideTheme } from './use-slide-theme';
import { SvgTree } from './svg-tree';

/** The label of a view region on a slide: as in the workspace, so tests and readers find it. */
export const VIEW_LABEL: Record<ViewName, string> = {
  network: 'Network',
  map: 'Map',
  timeline: 'Timeline',
};

type Drawn =
  | { status: 'drawing' }
  | { status: 'ready'; key: string; picture: SlideViewPicture }
  | { status: 'fallback'; key: string; why: string };

/**
 * One view of a slide, drawn as a picture from the view's scene at the size of its box, with
 * text no smaller than `minText`. Not a live view: nothing on it responds to the pointer or the
 * keyboard, so a stray click never changes a slide. A view with no scene module yet is shown by
 * the app's stand-in, inert.
 */
export function SlidePicture(props: {
  name: ViewName;
  bundle: Bundle;
  state: ViewState;
  /** The smallest text allowed, in CSS pixels at this box size. */
  minText: number;
  /** What the slide is about, for the picture's accessible name. */
  subject: string;
}) {
  const { name, bundle, state, minText, subject } = props;
  const { draw, fallback } = useSlideDrawing();
  const theme = useSlideTheme();
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const { width, height } = useElementSize(box, 120);
  const key = `${name}|${JSON.stringify(state)}|${width}x${height}|${theme}|${minText}`;
  const [drawn, setDrawn] = useState<Drawn>({ status: 'drawing' });

  useEffect(() => {
    if (width < 40 || height < 40) return;
    let live = true;
    draw({ name, bundle, state, width, height, theme, minText }).then(
      (picture) => live && setDrawn({ status: 'ready', key, picture }),
      (error: unknown) =>
        live &&
        setDrawn({
          status: 'fallback',
          key,
          why: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [draw, name, bundle, state, width, height, theme, minText, key]);

  const label = VIEW_LABEL[name];
  return (
    <section
      className="deck-view"
      aria-label={label}
      data-view-region={name}
      data-drawn={drawn.status === 'ready' ? 'scene' : drawn.status}
      data-smallest-text={
        drawn.status === 'ready' && drawn.picture.smallestText !== null
          ? drawn.picture.smallestText.toFixed(1)
          : undefined
      }
    >
      <div className="deck-picture" ref={setBox}>
        {drawn.status === 'ready' && (
          <SvgTree svg={drawn.picture.svg} label={`${label}: ${subject}`} />
        )}
        {drawn.status === 'fallback' && (
          <div className="deck-static-host" inert>
            {fallback(name, bundle, state) ?? (
              <p className="deck-picture-missing">
                The {label.toLowerCase()} could not be drawn: {drawn.why}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
