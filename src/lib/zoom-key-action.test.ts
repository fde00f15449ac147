import { describe, expect, it } from 'vitest';
import { PAN_KEY_STEP, ZOOM_KEY_FACTOR, zoomKeyAction } from './zoom-key-action';

describe('zoomKeyAction', () => {
  it('zooms in with + and =, out with - and _, resets with 0', () => {
    expect(zoomKeyAction({ key: '+' })).toEqual({ kind: 'zoom', factor: ZOOM_KEY_FACTOR });
    expect(zoomKeyAction({ key: '=' })).toEqual({ kind: 'zoom', factor: ZOOM_KEY_FACTOR });
    expect(zoomKeyAction({ key: '-' })).toEqual({ kind: 'zoom', factor: 1 / ZOOM_KEY_FACTOR });
    expect(zoomKeyAction({ key: '_' })).toEqual({ kind: 'zoom', factor: 1 / ZOOM_KEY_FACTOR });
    expect(zoomKeyAction({ key: '0' })).toEqual({ kind: 'reset' });
  });

  it('pans the drawing against the arrow, as a hand moves a sheet', () => {
    expect(zoomKeyAction({ key: 'ArrowLeft' })).toEqual({ kind: 'pan', dx: PAN_KEY_STEP, dy: 0 });
    expect(zoomKeyAction({ key: 'ArrowRight' })).toEqual({
      kind: 'pan',
      dx: -PAN_KEY_STEP,
      dy: 0,
    });
    expect(zoomKeyAction({ key: 'ArrowUp' })).toEqual({ kind: 'pan', dx: 0, dy: PAN_KEY_STEP });
    expect(zoomKeyAction({ key: 'ArrowDown' })).toEqual({ kind: 'pan', dx: 0, dy: -PAN_KEY_STEP });
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(zoomKeyAction({ key: 'a' })).toBeNull();
    expect(zoomKeyAction({ key: 'Enter' })).toBeNull();
    expect(zoomKeyAction({ key: '+', ctrlKey: true })).toBeNull();
    expect(zoomKeyAction({ key: '0', metaKey: true })).toBeNull();
    expect(zoomKeyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
  });
});
