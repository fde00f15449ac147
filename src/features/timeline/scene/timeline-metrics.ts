import type { SceneOptions } from '../../../ui/view-module';
import { TICK_FONT } from '../scale/axis-ticks';
import type { TimelineMetrics } from './timeline-scene';

/** Event labels on screen, px. */
export const LABEL_FONT = 13;
/**
 * On a slide every text is at least this × labelScale: at 1.8 (a slide at 1920×1080) that is
 * 25 px, over DESIGN.md's 24 px floor, the ruler's small print included.
 */
export const PRESENTATION_FONT = 14;
/** Narrowest drawing: below it (a pane squeezed to nothing) the chart scrolls sideways. */
export const MIN_WIDTH = 300;

/**
 * The type sizes and fixed measures of a scene. Screen: 13 px labels and an 11 px ruler.
 * `labelScale` multiplies every size and the room kept for it; `presentation` sets the ruler at
 * the labels' size, since a room reads the ruler from the back too.
 */
export function timelineMetrics(
  labelScale: number,
  mode: NonNullable<SceneOptions['mode']>,
): TimelineMetrics {
  const k = labelScale > 0 ? labelScale : 1;
  const labelFont = (mode === 'presentation' ? PRESENTATION_FONT : LABEL_FONT) * k;
  const smallFont = (mode === 'presentation' ? PRESENTATION_FONT : TICK_FONT) * k;
  // Caption on the first line, tick labels on the second, 6 px ticks under them.
  const axisHeight = Math.round(2 * smallFont + 14);
  return {
    labelFont,
    smallFont,
    lineHeight: Math.round(labelFont * 1.25),
    padX: Math.round(20 * k),
    axisHeight,
    // The slider's thumb hangs below the ruler on screen; a slide keeps the same breath.
    headHeight: axisHeight + Math.round(10 * k),
  };
}
