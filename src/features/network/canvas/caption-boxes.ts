import type { CanvasScene } from './canvas-scene';
import type { View } from './choose-labels';

/** A grouping's caption as drawn: centred at x, baseline at y, with its screen box. */
export interface CaptionBox {
  text: string;
  x: number;
  y: number;
  fontSize: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The captions' size: a step under the names', never under 9 px. */
export const captionFontSize = (scene: CanvasScene) =>
  Math.max(9, Math.round(scene.fontSize - 1.5));

/**
 * Where each grouping's caption goes in this view: centred over its hull's top, kept whole
 * inside the panel, left out when its hull's top is out of view. One function for the drawing
 * and for the names, so a name is never placed where a caption is drawn.
 */
export function captionBoxes(
  scene: CanvasScene,
  view: View,
  measure: (text: string, fontSize: number) => number,
): CaptionBox[] {
  const fontSize = captionFontSize(scene);
  const out: CaptionBox[] = [];
  for (const h of scene.hulls) {
    if (h.caption === '') continue;
    const at = h.captionX * view.k + view.x;
    const y = h.captionY * view.k + view.y - 6;
    if (at < 0 || at > view.width || y < fontSize || y > view.height) continue;
    const half = measure(h.caption, fontSize) / 2;
    const x = Math.max(half + 2, Math.min(view.width - half - 2, at));
    out.push({
      text: h.caption,
      x,
      y,
      fontSize,
      x0: x - half - 2,
      y0: y - fontSize,
      x1: x + half + 2,
      y1: y + fontSize * 0.3,
    });
  }
  return out;
}
