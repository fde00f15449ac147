/** What a key does to a zoomable drawing: zoom about the centre, pan by screen pixels, or reset. */
export type ZoomKeyAction =
  { kind: 'zoom'; factor: number } | { kind: 'pan'; dx: number; dy: number } | { kind: 'reset' };

/** One step of the keyboard zoom: the same as one click on the + button. */
export const ZOOM_KEY_FACTOR = 1.25;
/** One press of an arrow key moves the drawing this many screen pixels. */
export const PAN_KEY_STEP = 48;

/**
 * The one key map of every zoomable view (network, map): + or = zooms in, − or _ zooms out, 0
 * resets, arrows pan (the drawing moves the other way, as a map does under a hand). Keys with
 * Ctrl, Alt or Meta are the browser's and are left alone.
 */
export function zoomKeyAction(event: {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}): ZoomKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_KEY_FACTOR };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_KEY_FACTOR };
    case '0':
      return { kind: 'reset' };
    case 'ArrowLeft':
      return { kind: 'pan', dx: PAN_KEY_STEP, dy: 0 };
    case 'ArrowRight':
      return { kind: 'pan', dx: -PAN_KEY_STEP, dy: 0 };
    case 'ArrowUp':
      return { kind: 'pan', dx: 0, dy: PAN_KEY_STEP };
    case 'ArrowDown':
      return { kind: 'pan', dx: 0, dy: -PAN_KEY_STEP };
    default:
      return null;
  }
}
