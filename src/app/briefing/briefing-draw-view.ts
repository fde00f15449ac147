import {
  smallestTextPx,
  type DrawViewRequest,
  type SlideViewPicture,
} from '../../features/briefing/briefing-api';
import { renderViewSvg } from '../render-view-svg';

/** A first guess at the label scale: screen labels are about 13 px. */
const SCREEN_LABEL_PX = 13;
/** Redraws allowed to reach the smallest text asked for (the scene may shrink some labels). */
const FIT_TRIES = 3;

const cache = new Map<string, Promise<SlideViewPicture>>();

async function drawOnce(request: DrawViewRequest, labelScale: number): Promise<SlideViewPicture> {
  const { name, bundle, state, width, height, theme } = request;
  const picture = await renderViewSvg(
    name,
    bundle,
    state,
    { width, height },
    {
      scene: { labelScale, mode: 'presentation', frame: 'selection' },
      svg: { emphasis: 'presentation', theme, frame: false },
    },
  );
  // Drawn to fill the box: the text's size on screen is its size in the SVG times the fit.
  const fit = Math.min(width / picture.width, height / picture.height);
  return { ...picture, smallestText: smallestTextPx(picture.svg, fit) };
}

/**
 * A slide's view as a presentation graphic: the view's scene in presentation mode (context at
 * ≥ 3:1, nothing only a pointer can use, framed on the selection), written with presentation
 * emphasis, its labels scaled until the smallest is at least `minText` on screen. Measured on
 * the SVG itself, so the promise holds whatever the view draws small (captions, dates).
 */
async function fitPicture(request: DrawViewRequest): Promise<SlideViewPicture> {
  const start = Math.max(1, request.minText / SCREEN_LABEL_PX);
  let labelScale = start;
  let picture = await drawOnce(request, labelScale);
  for (let i = 1; i < FIT_TRIES; i += 1) {
    const smallest = picture.smallestText;
    if (smallest === null || smallest >= request.minText - 0.05) return picture;
    labelScale *= (request.minText / smallest) * 1.01;
    const next = await drawOnce(request, labelScale);
    // A view that grows taller than its box as its labels grow (a timeline's rows) is shrunk
    // to fit, so larger labels can end up smaller on screen: keep whichever reads larger.
    if ((next.smallestText ?? 0) <= smallest) break;
    picture = next;
  }
  if ((picture.smallestText ?? Infinity) >= request.minText - 0.05) return picture;
  for (const factor of [0.8, 0.65, 0.5]) {
    const next = await drawOnce(request, Math.max(1, start * factor));
    if ((next.smallestText ?? 0) > (picture.smallestText ?? 0)) picture = next;
  }
  return picture;
}

function cacheKey(r: DrawViewRequest): string {
  return [r.bundle.id, r.name, JSON.stringify(r.state), r.width, r.height, r.theme, r.minText].join(
    '|',
  );
}

/** Slide pictures, remembered per request (thumbnails, the next slide and the handout repeat). */
export function drawSlideView(request: DrawViewRequest): Promise<SlideViewPicture> {
  const key = cacheKey(request);
  let hit = cache.get(key);
  if (!hit) {
    hit = fitPicture(request);
    hit.catch(() => cache.delete(key));
    if (cache.size > 200) cache.delete(cache.keys().next().value ?? key);
    cache.set(key, hit);
  }
  return hit;
}
