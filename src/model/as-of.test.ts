import { describe, expect, it } from 'vitest';
import { futureOnlyPassages, isKnownBy, timeStatus } from './as-of';
import { tinyBundle } from '../bundle/fixtures/tiny-bundle';

const w = (start: string, end?: string) => ({ start, ...(end ? { end } : {}), text: 'x' });

describe('timeStatus compares dates at their own precision', () => {
  it('days', () => {
    expect(timeStatus(w('2018-10-05'), '2018-10-06')).toBe('past');
    expect(timeStatus(w('2018-10-06'), '2018-10-06')).toBe('past');
    expect(timeStatus(w('2018-10-07'), '2018-10-06')).toBe('future');
  });

  it('months and years are uncertain while the day falls inside them', () => {
    expect(timeStatus(w('2018-09'), '2018-10-01')).toBe('past');
    expect(timeStatus(w('2018-09'), '2018-09-30')).toBe('past');
    expect(timeStatus(w('2018-09'), '2018-09-29')).toBe('uncertain');
    expect(timeStatus(w('2018-10', '2018-12'), '2018-10-08')).toBe('uncertain');
    expect(timeStatus(w('2019'), '2018-10-08')).toBe('future');
    expect(timeStatus(w('2018'), '2018-10-08')).toBe('uncertain');
    expect(timeStatus(w('2018-10-08', '2018-10-09'), '2018-10-08')).toBe('uncertain');
  });

  it('no day means everything is known; no date means timeless', () => {
    expect(timeStatus(w('2019'), null)).toBe('past');
    expect(timeStatus(undefined, '2018-10-08')).toBe('timeless');
    expect(isKnownBy(undefined, '1900-01-01')).toBe(true);
    expect(isKnownBy(w('2019'), '2018-12-31')).toBe(false);
  });
});

describe('futureOnlyPassages', () => {
  it('dims a passage only when everything drawn from it lies ahead', () => {
    const b = tinyBundle();
    const para2 = b.article.blocks[1]!;
    // The event in paragraph 2 is dated 2018-10-05.
    expect(futureOnlyPassages(b, [para2], '2018-10-04')).toEqual([para2]);
    expect(futureOnlyPassages(b, [para2], '2018-10-05')).toEqual([]);
    expect(futureOnlyPassages(b, [para2], null)).toEqual([]);
  });
});
