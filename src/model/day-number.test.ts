import { describe, expect, it } from 'vitest';
import { dayIso, dayNumber, daySpanOf, weekdayOf } from './day-number';

describe('day numbers', () => {
  it('count whole days and round-trip', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2018-10-06') - dayNumber('2018-10-05')).toBe(1);
    expect(dayNumber('2019-01-01') - dayNumber('2018-01-01')).toBe(365);
    expect(dayNumber('2020-03-01') - dayNumber('2020-02-28')).toBe(2);
    for (const d of ['1900-02-28', '2000-02-29', '2018-10-08', '2099-12-31'])
      expect(dayIso(dayNumber(d))).toBe(d);
  });

  it('refuses what is not a day', () => {
    expect(() => dayNumber('2018-10')).toThrow();
  });

  it('spans every day a partial date can mean', () => {
    const span = (start: string, end?: string) =>
      daySpanOf({ start, ...(end ? { end } : {}), text: 'x' });
    const days = (s: { first: number; last: number }) => [dayIso(s.first), dayIso(s.last)];
    expect(days(span('2018-10-05'))).toEqual(['2018-10-05', '2018-10-05']);
    expect(days(span('2018-09'))).toEqual(['2018-09-01', '2018-09-30']);
    expect(days(span('2018-02'))).toEqual(['2018-02-01', '2018-02-28']);
    expect(days(span('2019'))).toEqual(['2019-01-01', '2019-12-31']);
    expect(days(span('2018-10', '2018-12'))).toEqual(['2018-10-01', '2018-12-31']);
  });
});

describe('day numbers at the ends of the calendar', () => {
  it('round-trips every valid year and the days just outside them', () => {
    for (const d of [
      '0000-01-01',
      '0000-02-29',
      '0050-06-15',
      '9999-12-31',
      '10000-01-01',
      '-0001-12-31',
    ])
      expect(dayIso(dayNumber(d))).toBe(d);
    expect(dayNumber('10000-01-01') - dayNumber('9999-12-31')).toBe(1);
    expect(dayNumber('0000-01-01') - dayNumber('-0001-12-31')).toBe(1);
    // Year 50 is year 50, not 1950 as Date.UTC would have it.
    expect(dayNumber('0050-01-01')).toBeLessThan(dayNumber('1000-01-01'));
  });

  it('agrees with Date for ordinary years and knows the weekday', () => {
    for (const d of ['1601-01-01', '1970-01-01', '2018-10-08', '2400-02-29'])
      expect(dayNumber(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
    expect(weekdayOf(dayNumber('2018-10-08'))).toBe(1);
    expect(weekdayOf(dayNumber('1969-12-31'))).toBe(3);
  });
});
