import { describe, expect, it } from 'vitest';
import { isRealDate } from './is-real-date';
import { earliestDay, latestDay } from './check-bundle-rules';

describe('isRealDate', () => {
  it('knows the calendar', () => {
    expect(isRealDate('2018')).toBe(true);
    expect(isRealDate('2018-12')).toBe(true);
    expect(isRealDate('2018-13')).toBe(false);
    expect(isRealDate('2016-02-29')).toBe(true);
    expect(isRealDate('2018-02-29')).toBe(false);
    expect(isRealDate('2018-10-00')).toBe(false);
    expect(isRealDate('18-10-05')).toBe(false);
  });

  it('spans partial dates from first to last day', () => {
    expect([earliestDay('2018'), latestDay('2018')]).toEqual(['2018-01-01', '2018-12-31']);
    expect([earliestDay('2018-02'), latestDay('2018-02')]).toEqual(['2018-02-01', '2018-02-28']);
    expect(latestDay('2018-10-05')).toBe('2018-10-05');
  });
});

describe('isRealDate at the ends of the calendar', () => {
  it('knows year 0 is a leap year and 1900 is not (Date.UTC maps 0–99 to 1900–1999)', () => {
    expect(isRealDate('0000-02-29')).toBe(true);
    expect(isRealDate('0100-02-29')).toBe(false);
    expect(isRealDate('0400-02-29')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(isRealDate('9999-12-31')).toBe(true);
    expect(latestDay('0000-02')).toBe('0000-02-29');
    expect(latestDay('0050-02')).toBe('0050-02-28');
  });
});
