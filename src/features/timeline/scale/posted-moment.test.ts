import { describe, expect, it } from 'vitest';
import { postedMoment } from './posted-moment';

describe('postedMoment', () => {
  it('adds the time of day, in the article’s own offset', () => {
    expect(postedMoment('2018-10-08T17:06:00+09:00', 100)).toBeCloseTo(100 + 1026 / 1440, 9);
    expect(postedMoment('2018-10-08T00:00:00Z', 100)).toBe(100);
    expect(postedMoment('2018-10-08', 100)).toBe(100.5);
  });
});
