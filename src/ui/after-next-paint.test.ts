import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

// Frames stand in as 16 ms timers (fake), so the order frame → task after it can be stepped.
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) =>
    setTimeout(() => cb(performance.now()), 16),
  );
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs in a task after the next frame, not in the frame itself', () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('run'));
    requestAnimationFrame(() => order.push('frame'));
    vi.advanceTimersByTime(15);
    expect(order).toEqual([]);
    vi.advanceTimersByTime(1);
    // The frame's callbacks ran; the work waits for the task after them.
    expect(order).toEqual(['frame']);
    vi.advanceTimersToNextTimer();
    expect(order).toEqual(['frame', 'run']);
  });

  it('runs once', () => {
    const run = vi.fn();
    afterNextPaint(run);
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled before the frame', () => {
    const run = vi.fn();
    const cancel = afterNextPaint(run);
    cancel();
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
  });

  it('does nothing once cancelled between the frame and the task', () => {
    const run = vi.fn();
    let cancel = () => {};
    // A frame callback queued first runs first: it cancels after ours queued its task.
    requestAnimationFrame(() => undefined);
    cancel = afterNextPaint(run);
    requestAnimationFrame(() => cancel());
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
  });
});
