import { describe, expect, it } from 'vitest';
import { runSlice } from './run-slice';

/** Steps that each advance a fake clock by their cost, and say which ran. */
function costed(costs: number[]) {
  let clock = 0;
  const ran: number[] = [];
  function* steps() {
    for (const [i, cost] of costs.entries()) {
      clock += cost;
      ran.push(i);
      yield;
    }
  }
  return { steps: steps(), ran, now: () => clock, tick: (ms: number) => (clock += ms) };
}

describe('runSlice', () => {
  it('stops at the first step that reaches the budget, and goes on from there next time', () => {
    const s = costed([4, 4, 4, 4, 4, 4]);
    expect(runSlice(s.steps, 10, s.now)).toBe(false);
    expect(s.ran).toEqual([0, 1, 2]);
    expect(runSlice(s.steps, 10, s.now)).toBe(false);
    expect(s.ran).toEqual([0, 1, 2, 3, 4, 5]);
    // The last step reached the budget, so only the next slice learns that nothing is left.
    expect(runSlice(s.steps, 10, s.now)).toBe(true);
    expect(s.ran).toHaveLength(6);
  });

  it('runs at least one step, however long it takes', () => {
    const s = costed([50, 1]);
    expect(runSlice(s.steps, 10, s.now)).toBe(false);
    expect(s.ran).toEqual([0]);
    expect(runSlice(s.steps, 10, s.now)).toBe(true);
    expect(s.ran).toEqual([0, 1]);
  });

  it('counts what runs after each step (a canvas flush) against the budget', () => {
    const s = costed([1, 1, 1, 1, 1, 1]);
    let flushes = 0;
    const done = runSlice(s.steps, 10, s.now, () => {
      flushes += 1;
      s.tick(4);
    });
    expect(done).toBe(false);
    expect(s.ran).toEqual([0, 1]);
    expect(flushes).toBe(2);
  });

  it('finishes an empty or short list in one slice', () => {
    expect(runSlice([].values(), 10, () => 0)).toBe(true);
    const s = costed([1, 2, 3]);
    expect(runSlice(s.steps, 100, s.now)).toBe(true);
    expect(s.ran).toEqual([0, 1, 2]);
  });
});
