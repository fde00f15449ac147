import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatPublished, formatPublishedDay } from './format-date';

describe('dates in words', () => {
  it('shows the posting time in the article’s own offset', () => {
    expect(formatPublished('2018-10-08T17:06:00+09:00')).toBe('8 Oct 2018, 17:06 UTC+09:00');
    expect(formatPublished('2018-10-08T08:06:00Z')).toBe('8 Oct 2018, 08:06 UTC');
    expect(formatPublished('yesterday')).toBe('yesterday');
    expect(formatPublishedDay('2018-10-08T17:06:00+09:00')).toBe('8 Oct 2018');
  });

  it('shows a date-only posting without a time', () => {
    expect(formatPublished('2019-03-14')).toBe('14 Mar 2019');
    expect(formatPublishedDay('2019-03-14')).toBe('14 Mar 2019');
  });

  it('says partial dates at their precision', () => {
    expect(formatPartialDate('2019')).toBe('2019');
    expect(formatPartialDate('2018-09')).toBe('Sep 2018');
    expect(formatPartialDate('2018-10-05')).toBe('5 Oct 2018');
  });
});
