import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../model/day-number';
import { formatDay, formatDayRange } from './format-day-range';

const d = dayNumber;

describe('formatDayRange', () => {
  it('says a range in as few words as read well', () => {
    expect(formatDay(d('2018-10-06'))).toBe('6 Oct 2018');
    expect(formatDayRange(d('2018-10-05'), d('2018-10-05'))).toBe('5 Oct 2018');
    expect(formatDayRange(d('2018-10-05'), d('2018-10-09'))).toBe('5–9 Oct 2018');
    expect(formatDayRange(d('2018-06-01'), d('2018-10-04'))).toBe('1 Jun – 4 Oct 2018');
    expect(formatDayRange(d('2018-10-10'), d('2019-12-31'))).toBe('10 Oct 2018 – 31 Dec 2019');
  });
});
