import type { CanvasScene } from './canvas-scene';
import { baseKey, drawNetworkBase, type Frame } from './draw-network-canvas';

interface Kept {
  canvas: HTMLCanvasElement;
  scene: CanvasScene | null;
  palette: object | null;
  key: string;
}

/** The bases a canvas network keeps (see drawNetworkBase) and the one it prepares ahead. */
export interface BaseCache {
  /** The base for a frame, at the canvas's size in device pixels; drawn now if stale. */
  get(
    scene: CanvasScene,
    palette: object,
    frame: Frame,
    width: number,
    height: number,
  ): HTMLCanvasElement | null;
  /**
   * While the page is idle, draws the base of the other dimming state for the same scene and
   * zoom: the first click on a story (which starts dimming) then finds its base ready.
   */
  prepareOther(
    scene: CanvasScene,
    palette: object,
    frame: Frame,
    width: number,
    height: number,
  ): void;
  /** Drops the preparation still waiting. */
  cancel(): void;
}

/**
 * Runs `run` when the page is next idle, or after a second at the latest (a large story keeps
 * the page busy for a while after it settles, and a click often comes then); returns a cancel
 * function.
 */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}

/**
 * Two offscreen bitmaps of the base, one undimmed and one dimmed, each redrawn only when its
 * scene, theme, zoom or size changes: a click or a hover copies one and draws the top over it.
 */
export function createBaseCache(): BaseCache {
  const kept = new Map<boolean, Kept>();
  let pending: (() => void) | null = null;
  const stale = (
    k: Kept | undefined,
    scene: CanvasScene,
    palette: object,
    frame: Frame,
    width: number,
    height: number,
  ) =>
    k === undefined ||
    k.scene !== scene ||
    k.palette !== palette ||
    k.key !== baseKey(frame) ||
    k.canvas.width !== width ||
    k.canvas.height !== height;
  const cancel = () => {
    pending?.();
    pending = null;
  };
  const get: BaseCache['get'] = (scene, palette, frame, width, height) => {
    const dimming = frame.marks.dimming;
    let k = kept.get(dimming);
    if (!stale(k, scene, palette, frame, width, height)) return k?.canvas ?? null;
    k ??= { canvas: document.createElement('canvas'), scene: null, palette: null, key: '' };
    kept.set(dimming, k);
    if (k.canvas.width !== width) k.canvas.width = width;
    if (k.canvas.height !== height) k.canvas.height = height;
    const ctx = k.canvas.getContext('2d');
    if (!ctx) return null;
    drawNetworkBase(ctx, scene, frame);
    k.scene = scene;
    k.palette = palette;
    k.key = baseKey(frame);
    return k.canvas;
  };
  return {
    get,
    prepareOther(scene, palette, frame, width, height) {
      cancel();
      const dimming = !frame.marks.dimming;
      const other: Frame = { ...frame, marks: { ...frame.marks, dimming, active: dimming } };
      if (!stale(kept.get(dimming), scene, palette, other, width, height)) return;
      pending = whenIdle(() => {
        pending = null;
        get(scene, palette, other, width, height);
      });
    },
    cancel,
  };
}
