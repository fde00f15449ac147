import { downloadBlob, downloadText } from '../../../lib/download-file';
import { safeFileName } from '../../../lib/safe-file-name';
import { svgToPng } from '../../../lib/svg-to-png';
import type { TimelineScene } from '../scene/timeline-scene';
import { writeTimelineSvg } from './write-timeline-svg';

/** What the timeline's Download menu offers. */
export type TimelineExportFormat = 'svg' | 'png';

/**
 * Downloads the timeline as shown (its size, its "as of" day) through the same writer a slide
 * uses: nothing dimmed (a picture for a page), in the theme the reader is looking at.
 */
export async function exportTimeline(
  format: TimelineExportFormat,
  context: { bundleId: string; scene: TimelineScene; theme: 'light' | 'dark' },
): Promise<void> {
  const { svg, width, height } = writeTimelineSvg(context.scene, { theme: context.theme });
  const base = safeFileName(context.bundleId, 'timeline');
  if (format === 'svg') downloadText(`${base}.svg`, svg, 'image/svg+xml');
  else downloadBlob(`${base}.png`, await svgToPng(svg, width, height, 2));
}
