import { describe, expect, it } from 'vitest';
import { LIGHT_NETWORK_PALETTE } from '../export/network-palette';
import { spreadCanvasScene } from '../fixtures/spread-canvas-scene';
import { NO_EMPHASIS } from '../network-emphasis';
import { createBaseCache, SLICE_MS, type BaseSurface } from './base-cache';
import { canvasMarks } from './canvas-marks';
import { drawNetworkBase, type Frame } from './draw-network-canvas';

/**
 * A canvas whose context records the calls asked of it; reading a pixel (the flush) advances
 * the clock by a raster cost per path stroked or filled since the last read, as a software
 * rasteriser would charge the slice that flushes.
 */
function surfaces(clock: { t: number }, msPerPath: number) {
  const made: { calls: string[]; surface: BaseSurface }[] = [];
  const create = (): BaseSurface => {
    const calls: string[] = [];
    let unflushed = 0;
    const state: Record<string, unknown> = {};
    const ctx = new Proxy(state, {
      get(target, prop: string) {
        if (prop in target) return target[prop];
        return (...args: unknown[]) => {
          if (prop === 'getImageData') {
            clock.t += unflushed * msPerPath;
            unflushed = 0;
            return null;
          }
          if (prop === 'stroke' || prop === 'fill') unflushed += 1;
          calls.push(
            `${prop}(${args.map((a) => (typeof a === 'number' ? a.toFixed(3) : String(a))).join(',')})`,
          );
          return undefined;
        };
      },
      set(target, prop: string, value) {
        target[prop] = value;
        calls.push(`${prop}=${String(value)}`);
        return true;
      },
    }) as unknown as CanvasRenderingContext2D;
    const surface: BaseSurface = { width: 0, height: 0, getContext: () => ctx };
    made.push({ calls, surface });
    return surface;
  };
  return { made, create };
}

/** A page with a task queue, an idle queue and a clock the tests move. */
function host(msPerPath: number) {
  const clock = { t: 0 };
  const tasks: (() => void)[] = [];
  const idle: (() => void)[] = [];
  const s = surfaces(clock, msPerPath);
  return {
    clock,
    tasks,
    idle,
    made: s.made,
    page: {
      createSurface: s.create,
      now: () => clock.t,
      nextTask: (run: () => void) => {
        tasks.push(run);
        return () => tasks.splice(tasks.indexOf(run) >>> 0, 1);
      },
      whenIdle: (run: () => void) => {
        idle.push(run);
        return () => idle.splice(idle.indexOf(run) >>> 0, 1);
      },
    },
    /** Runs the queued tasks in turn; the longest task's length (clock ms). */
    runTasks() {
      let longest = 0;
      let n = 0;
      while (tasks.length > 0) {
        const run = tasks.shift();
        const from = clock.t;
        run?.();
        longest = Math.max(longest, clock.t - from);
        n += 1;
      }
      return { longest, n };
    },
  };
}

// 3,000 entities at spread positions: a base of about 20 paths of lines and shapes.
const scene = spreadCanvasScene(3000);
const marks = canvasMarks(scene, NO_EMPHASIS);
const frame: Frame = {
  view: { k: 1, x: 0, y: 0, width: 800, height: 600 },
  dpr: 1,
  marks,
  hoverNode: -1,
  hoverEdge: -1,
  focusNode: -1,
  focusEdge: -1,
  labels: [],
  edgeLabel: null,
  palette: LIGHT_NETWORK_PALETTE,
  focus: '#1a73e8',
  fontFamily: 'sans-serif',
};
const dimmed: Frame = { ...frame, marks: { ...marks, dimming: true, active: true } };
const palette = {};

/** What drawNetworkBase asks of a context for a frame, in the recorder's terms. */
function reference(f: Frame): string[] {
  const clock = { t: 0 };
  const s = surfaces(clock, 0);
  const surface = s.create();
  const ctx = surface.getContext('2d');
  if (!ctx) throw new Error('no context');
  drawNetworkBase(ctx, scene, f);
  return s.made[0]?.calls ?? [];
}

describe('createBaseCache', () => {
  it('draws a requested base in slices of about SLICE_MS, the same calls as at once', () => {
    const h = host(3);
    const cache = createBaseCache(h.page);
    let ready = 0;
    expect(cache.request(scene, palette, frame, 800, 600, () => (ready += 1))).toBeNull();
    // Asked again before it is whole: still not given, and not started twice.
    expect(cache.request(scene, palette, frame, 800, 600, () => (ready += 1))).toBeNull();
    const { longest, n } = h.runTasks();
    expect(n).toBeGreaterThan(3);
    // A slice stops once it has spent the budget, so it overruns by at most one path.
    expect(longest).toBeLessThanOrEqual(SLICE_MS + 3);
    expect(ready).toBe(1);
    const whole = cache.request(scene, palette, frame, 800, 600, () => (ready += 1));
    expect(whole).not.toBeNull();
    expect(h.made[0]?.calls.filter((c) => !c.startsWith('getImageData'))).toEqual(reference(frame));
  });

  it('never gives a half-drawn base, and a frame that cannot wait finishes it at once', () => {
    const h = host(3);
    const cache = createBaseCache(h.page);
    expect(cache.request(scene, palette, frame, 800, 600, () => undefined)).toBeNull();
    h.tasks.shift()?.();
    // One slice done: a click's frame (get) finishes the same base now, not from the start.
    const calls = h.made[0]?.calls ?? [];
    const before = calls.length;
    expect(before).toBeGreaterThan(0);
    expect(cache.get(scene, palette, frame, 800, 600)).toBe(h.made[0]?.surface);
    expect(calls).toEqual(reference(frame));
    expect(h.tasks).toHaveLength(0);
  });

  it('prepares the other dimming state when idle, in slices, and a click then finds it whole', () => {
    const h = host(3);
    const cache = createBaseCache(h.page);
    expect(cache.get(scene, palette, frame, 800, 600)).not.toBeNull();
    cache.prepareOther(scene, palette, frame, 800, 600);
    expect(h.idle).toHaveLength(1);
    h.idle.shift()?.();
    const { longest } = h.runTasks();
    expect(longest).toBeLessThanOrEqual(SLICE_MS + 3);
    const before = h.clock.t;
    const base = cache.get(scene, palette, dimmed, 800, 600);
    expect(base).toBe(h.made[1]?.surface);
    // Nothing left to draw for the click.
    expect(h.clock.t).toBe(before);
    expect(h.made[1]?.calls.filter((c) => !c.startsWith('getImageData'))).toEqual(
      reference(dimmed),
    );
  });

  it('starts again for a new frame, and drops the old slices', () => {
    const h = host(3);
    const cache = createBaseCache(h.page);
    let ready = 0;
    cache.request(scene, palette, frame, 800, 600, () => (ready += 1));
    h.tasks.shift()?.();
    const zoomed: Frame = { ...frame, view: { ...frame.view, k: 2 } };
    expect(cache.request(scene, palette, zoomed, 800, 600, () => (ready += 1))).toBeNull();
    h.runTasks();
    expect(ready).toBe(1);
    expect(cache.request(scene, palette, frame, 800, 600, () => undefined)).toBeNull();
    expect(cache.get(scene, palette, zoomed, 800, 600)).not.toBeNull();
    cache.cancel();
    expect(h.tasks).toHaveLength(0);
  });
});
