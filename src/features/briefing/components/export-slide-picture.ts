import type { Bundle } from '../../../bundle/bundle-schema';
import type { Slide } from '../deck/deck-schema';
import { downloadBlob, downloadText } from '../../../lib/download-file';
import { safeFileName } from '../../../lib/safe-file-name';
import { svgToPng } from '../../../lib/svg-to-png';
import { slidePage, slidePageSvg } from '../export/slide-page-svg';
import type { DrawView } from './slide-drawing';

/**
 * Saves a slide as SVG or PNG at 1920×1080, composed from the slide's words and its views drawn
 * from their scenes (nothing is copied from the page). Returns a sentence for the status line.
 */
export async function exportSlidePicture(options: {
  bundle: Bundle;
  routeId: string;
  slide: Slide;
  number: number;
  count: number;
  kind: 'svg' | 'png';
  fileStem: string;
  draw: DrawView;
}): Promise<string> {
  const { bundle, routeId, slide, number, count, kind, fileStem, draw } = options;
  const made = await slidePageSvg({
    bundle,
    routeId,
    slide,
    number,
    count,
    page: slidePage('light'),
    draw,
  });
  const name = safeFileName(fileStem, `slide-${number}`);
  if (kind === 'svg') downloadText(`${name}.svg`, made.svg, 'image/svg+xml');
  else downloadBlob(`${name}.png`, await svgToPng(made.svg, made.width, made.height, 1));
  const note = made.missing.length > 0 ? ` Not drawn: ${made.missing.join('; ')}.` : '';
  return `Saved slide ${number} as ${kind.toUpperCase()}.${note}`;
}
