import type { Article } from '../../../bundle/bundle-schema';
import type { Slide } from '../deck/deck-schema';
import { citationLine, sourceLine } from '../deck/citation';
import { renderSlideSvg, SLIDE_HEIGHT, SLIDE_WIDTH } from '../export/slide-svg';
import { downloadBlob, downloadText } from '../../../lib/download-file';
import { safeFileName } from '../../../lib/safe-file-name';
import { svgToPng } from '../../../lib/svg-to-png';
import { snapshotViewSvg } from './view-snapshot';

/**
 * Saves a slide as SVG or PNG at 1920×1080. The view is the first one on screen that is drawn
 * as SVG, copied with its styles; a view that is not (or not yet) drawn is left out and the
 * picture says so. Returns a sentence for the status line.
 */
export async function exportSlidePicture(options: {
  /** The element holding the slide and its view regions ([data-view-region]). */
  root: Element;
  slide: Slide;
  number: number;
  count: number;
  article: Article;
  kind: 'svg' | 'png';
  fileStem: string;
}): Promise<string> {
  const { root, slide, number, count, article, kind, fileStem } = options;
  let view: ReturnType<typeof snapshotViewSvg> = null;
  let taken: string | null = null;
  const labels: string[] = [];
  for (const region of root.querySelectorAll('[data-view-region]')) {
    const label = region.getAttribute('aria-label') ?? 'view';
    labels.push(label);
    if (view === null) {
      view = snapshotViewSvg(region);
      if (view !== null) taken = label;
    }
  }
  const omitted = labels.filter((l) => l !== taken).map((l) => l.toLowerCase());
  const viewNote =
    omitted.length === 0
      ? null
      : `Not in this picture: the ${omitted.join(' and ')} view${omitted.length > 1 ? 's' : ''}.`;
  const svg = renderSlideSvg({
    number,
    count,
    title: slide.title,
    caption: slide.caption,
    quotes: slide.quotes.map((q) => article.text.slice(q.start, q.end)),
    citation: citationLine(article),
    sourceLine: sourceLine(article, slide.view.views),
    view,
    viewNote,
  });
  const name = safeFileName(fileStem, `slide-${number}`);
  if (kind === 'svg') downloadText(`${name}.svg`, svg, 'image/svg+xml');
  else downloadBlob(`${name}.png`, await svgToPng(svg, SLIDE_WIDTH, SLIDE_HEIGHT, 1));
  return `Saved slide ${number} as ${kind.toUpperCase()}${viewNote ? `. ${viewNote}` : '.'}`;
}
