import { describe, expect, it } from 'vitest';
import { formatElapsed } from './format-elapsed';

describe('formatElapsed', () => {
  it('writes minutes and seconds, hours when there are any', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(245_900)).toBe('4:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
