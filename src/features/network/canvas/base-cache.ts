import { runSlice } from '../../../lib/run-slice';
import type { CanvasScene } from './canvas-scene';
import { baseKey, networkBaseSteps, type Frame } from './draw-network-canvas';

/** The bitmap a base is drawn on: a canvas element, or anything with its few members (tests). */
export interface BaseSurface {
  width: number;
  height: number;
  getContext(id: '2d', options?: CanvasRenderingContext2DSettings): CanvasRenderingContext2D | null;
}

interface Kept<S extends BaseSurface> {
  canvas: S;
  ctx: CanvasRenderingContext2D | null;
  /** What the canvas holds, whole (null while it is empty or being drawn). */
  scene: CanvasScene | null;
  palette: object | null;
  key: string;
}

/** A base being drawn over several tasks. */
interface Job {
  dimming: boolean;
  scene: CanvasScene;
  palette: object;
  key: string;
  steps: Iterator<void>;
  /** Told when it is whole (a frame waits for it); null for a base prepared ahead. */
  ready: (() => void) | null;
}

/** The bases a canvas network keeps (see drawNetworkBase) and draws over several tasks. */
export interface BaseCache<S extends BaseSurface = HTMLCanvasElement> {
  /**
   * The base for a frame, at the canvas's size in device pixels; drawn now if stale (a base
   * being drawn in slices for the same frame is finished now). For a frame that answers an
   * input (a click, a zoom): it cannot wait.
   */
  get(scene: CanvasScene, palette: object, frame: Frame, width: number, height: number): S | null;
  /**
   * The base for a frame if it is whole; else null, and it is drawn in slices of a few
   * milliseconds (one task each) and `ready` is called when it is whole. For a new picture (a
   * new scene or theme), which may come a few frames later without a long task.
   */
  request(
    scene: CanvasScene,
    palette: object,
    frame: Frame,
    width: number,
    height: number,
    ready: () => void,
  ): S | null;
  /**
   * While the page is idle, draws (in slices) the base of the other dimming state for the same
   * scene and zoom: the first click on a story (which starts dimming) then finds it ready.
   */
  prepareOther(
    scene: CanvasScene,
    palette: object,
    frame: Frame,
    width: number,
    height: number,
  ): void;
  /** Drops the preparation and the slices still waiting. */
  cancel(): void;
}

/** What the cache needs from the page; tests give their own. */
export interface BaseCacheHost<S extends BaseSurface> {
  createSurface(): S;
  now(): number;
  /** Runs `run` in a task of its own soon; returns a cancel function. */
  nextTask(run: () => void): () => void;
  /** Runs `run` when the page is next idle (or soon after, at the latest); returns a cancel. */
  whenIdle(run: () => void): () => void;
}

/**
 * Milliseconds of drawing (the rasteriser's work included, see flush below) per slice. A slice
 * overruns by at most one path of PER_PATH marks, a few ms even on a 4× slower CPU.
 */
export const SLICE_MS = 12;

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

const PAGE: BaseCacheHost<HTMLCanvasElement> = {
  createSurface: () => document.createElement('canvas'),
  now: () => performance.now(),
  nextTask: (run) => {
    const id = setTimeout(run, 0);
    return () => clearTimeout(id);
  },
  whenIdle,
};

/**
 * Two offscreen bitmaps of the base, one undimmed and one dimmed, each redrawn only when its
 * scene, theme, zoom or size changes: a click or a hover copies one and draws the top over it.
 *
 * A base can be drawn in slices (request, prepareOther): one path of lines or shapes at a time
 * (networkBaseSteps), each slice a task of about SLICE_MS. The canvas records drawing calls and
 * rasterises them only when its pixels are needed, so without a flush every slice would be
 * cheap and the frame that first copies the base would pay for all of it (a 20,000-node base:
 * one task of 100–500 ms). Reading one pixel after each path makes each slice pay for its own
 * paths; the context is asked for `willReadFrequently`, which keeps such a canvas in memory
 * (on a machine with a GPU the base is then drawn in software, and copying it uploads it).
 */
export function createBaseCache(): BaseCache;
export function createBaseCache<S extends BaseSurface>(host: BaseCacheHost<S>): BaseCache<S>;
export function createBaseCache<S extends BaseSurface>(
  host: BaseCacheHost<S> = PAGE as unknown as BaseCacheHost<S>,
): BaseCache<S> {
  const kept = new Map<boolean, Kept<S>>();
  let job: Job | null = null;
  let cancelJob: (() => void) | null = null;
  let cancelIdle: (() => void) | null = null;

  const keptFor = (dimming: boolean, width: number, height: number): Kept<S> => {
    let k = kept.get(dimming);
    if (!k) {
      const canvas = host.createSurface();
      k = { canvas, ctx: null, scene: null, palette: null, key: '' };
      kept.set(dimming, k);
    }
    // Setting a size clears the canvas (even to the same size): only when it changes.
    if (k.canvas.width !== width) k.canvas.width = width;
    if (k.canvas.height !== height) k.canvas.height = height;
    k.ctx ??= k.canvas.getContext('2d', { willReadFrequently: true });
    return k;
  };
  const whole = (
    k: Kept<S> | undefined,
    scene: CanvasScene,
    palette: object,
    key: string,
    width: number,
    height: number,
  ) =>
    k !== undefined &&
    k.scene === scene &&
    k.palette === palette &&
    k.key === key &&
    k.canvas.width === width &&
    k.canvas.height === height;
  const stopJob = () => {
    cancelJob?.();
    cancelJob = null;
    job = null;
  };
  const finished = (k: Kept<S>, j: Job) => {
    k.scene = j.scene;
    k.palette = j.palette;
    k.key = j.key;
  };
  /** Starts drawing a base on its canvas; until it is whole the canvas counts as empty. */
  const start = (k: Kept<S>, scene: CanvasScene, palette: object, frame: Frame): Job | null => {
    if (!k.ctx) return null;
    k.scene = null;
    k.key = '';
    return {
      dimming: frame.marks.dimming,
      scene,
      palette,
      key: baseKey(frame),
      steps: networkBaseSteps(k.ctx, scene, frame),
      ready: null,
    };
  };
  const slice = () => {
    cancelJob = null;
    const j = job;
    if (!j) return;
    const k = kept.get(j.dimming);
    const ctx = k?.ctx;
    if (!k || !ctx) {
      job = null;
      return;
    }
    // The pixel read is the flush that makes this slice rasterise what it drew.
    const done = runSlice(j.steps, SLICE_MS, host.now, () => ctx.getImageData(0, 0, 1, 1));
    if (!done) {
      cancelJob = host.nextTask(slice);
      return;
    }
    job = null;
    finished(k, j);
    j.ready?.();
  };
  const sliced = (
    scene: CanvasScene,
    palette: object,
    frame: Frame,
    width: number,
    height: number,
    ready: (() => void) | null,
  ) => {
    const dimming = frame.marks.dimming;
    const key = baseKey(frame);
    if (
      job &&
      job.dimming === dimming &&
      job.scene === scene &&
      job.palette === palette &&
      job.key === key
    ) {
      job.ready ??= ready;
      return;
    }
    stopJob();
    const k = keptFor(dimming, width, height);
    const next = start(k, scene, palette, frame);
    if (!next) return;
    next.ready = ready;
    job = next;
    cancelJob = host.nextTask(slice);
  };

  return {
    get(scene, palette, frame, width, height) {
      const dimming = frame.marks.dimming;
      const key = baseKey(frame);
      const k = kept.get(dimming);
      if (k && whole(k, scene, palette, key, width, height)) return k.canvas;
      const j = job;
      if (j && j.dimming === dimming) {
        stopJob();
        // The same base half drawn (a click while the first click's base is being prepared):
        // finish it now rather than start again.
        if (
          k &&
          j.scene === scene &&
          j.palette === palette &&
          j.key === key &&
          k.canvas.width === width &&
          k.canvas.height === height
        ) {
          while (!j.steps.next().done);
          finished(k, j);
          j.ready?.();
          return k.canvas;
        }
      }
      const fresh = keptFor(dimming, width, height);
      const drawing = start(fresh, scene, palette, frame);
      if (!drawing) return null;
      while (!drawing.steps.next().done);
      finished(fresh, drawing);
      return fresh.canvas;
    },
    request(scene, palette, frame, width, height, ready) {
      const k = kept.get(frame.marks.dimming);
      if (k && whole(k, scene, palette, baseKey(frame), width, height)) return k.canvas;
      sliced(scene, palette, frame, width, height, ready);
      return null;
    },
    prepareOther(scene, palette, frame, width, height) {
      cancelIdle?.();
      cancelIdle = null;
      const dimming = !frame.marks.dimming;
      const other: Frame = { ...frame, marks: { ...frame.marks, dimming, active: dimming } };
      const key = baseKey(other);
      if (whole(kept.get(dimming), scene, palette, key, width, height)) return;
      cancelIdle = host.whenIdle(() => {
        cancelIdle = null;
        // A frame waiting for its base goes first; this is only ahead of need.
        if (job?.ready) return;
        sliced(scene, palette, other, width, height, null);
      });
    },
    cancel() {
      cancelIdle?.();
      cancelIdle = null;
      stopJob();
    },
  };
}
