import { estimateTextWidth, type MeasureText } from '../layout/estimate-text-width';

/**
 * Measures text as the browser will draw it, in the interface font, so rows are packed from real
 * widths; falls back to the estimate where no canvas is available.
 */
export function canvasMeasureText(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  const family =
    getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() ||
    'system-ui, sans-serif';
  const cache = new Map<string, number>();
  return (text, fontSize) => {
    const key = `${fontSize}|${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    context.font = `${fontSize}px ${family}`;
    const width = Math.ceil(context.measureText(text).width);
    cache.set(key, width);
    return width;
  };
}
