import { estimateTextWidth, type MeasureText } from '../layout/measure-text';

/**
 * The interface font stack of styles.css (--font-ui). Labels are measured with it before they
 * are drawn, so it must match what .network-svg text uses.
 */
export const UI_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * Measures label text as the browser will draw it, with an offscreen canvas (never attached to
 * the page), so label boxes are exact whatever font the system supplies. Falls back to the
 * estimate where there is no canvas. Results are cached: the same names are measured on every
 * layout.
 */
export function createCanvasMeasure(fontFamily = UI_FONT): MeasureText {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context === null) return estimateTextWidth;
  const cache = new Map<string, number>();
  return (text, fontSize, bold) => {
    const key = `${bold ? 'b' : 'r'}${fontSize}|${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    context.font = `${bold ? 700 : 400} ${fontSize}px ${fontFamily}`;
    // A pixel of slack: canvas and SVG text can round differently.
    const width = context.measureText(text).width + 1;
    cache.set(key, width);
    return width;
  };
}
