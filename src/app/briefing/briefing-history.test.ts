import { describe, expect, it } from 'vitest';
import { briefingDepth, exitSteps } from './briefing-history';

describe('briefing history', () => {
  it('reads the depth the presenter stored, and 0 for anything else', () => {
    expect(briefingDepth({ briefingDepth: 3 })).toBe(3);
    expect(briefingDepth(null)).toBe(0);
    expect(briefingDepth({ briefingDepth: -1 })).toBe(0);
    expect(briefingDepth({ briefingDepth: '2' })).toBe(0);
  });

  it('steps back past the pushed slides to the page before, when there is one', () => {
    expect(exitSteps(0, { idx: 4 })).toBe(1);
    expect(exitSteps(2, { idx: 4 })).toBe(3);
    expect(exitSteps(2, { idx: 2 })).toBeNull();
    expect(exitSteps(0, { idx: 0 })).toBeNull();
    expect(exitSteps(0, null)).toBeNull();
  });
});
