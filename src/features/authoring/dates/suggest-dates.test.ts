import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node/en';
import { referenceOf, suggestDates } from './suggest-dates';

const at = (text: string, published: string) =>
  suggestDates(chrono, text, published).map((d) => [
    d.text,
    d.resolved,
    d.resolvedEnd ?? '',
    d.precision,
  ]);

describe('suggestDates', () => {
  it('resolves relative dates at the precision they have', () => {
    const text = 'Last month she met him. He will go next year. She left yesterday.';
    expect(at(text, '2018-10-08T17:06:00+09:00')).toEqual([
      ['Last month', '2018-09', '', 'month'],
      ['next year', '2019', '', 'year'],
      ['yesterday', '2018-10-07', '', 'day'],
    ]);
  });

  it('reads the posting day in the article’s own offset, not UTC', () => {
    // 00:30 on 1 Oct in Seoul is still 30 Sep in UTC; "today" is 1 Oct.
    expect(at('He arrived today.', '2018-10-01T00:30:00+09:00')).toEqual([
      ['today', '2018-10-01', '', 'day'],
    ]);
    expect(referenceOf('2018-10-01T00:30:00+09:00').instant.toISOString()).toBe(
      '2018-09-30T15:30:00.000Z',
    );
  });

  it('keeps both ends of a day range and the dot of an abbreviated month', () => {
    const text = 'She will travel to Bogotá August 12–17, and met him on Oct. 5.';
    expect(at(text, '2019-08-09')).toEqual([
      ['August 12–17', '2019-08-12', '2019-08-17', 'day'],
      ['Oct. 5', '2019-10-05', '', 'day'],
    ]);
  });

  it('gives a date alone a day reference, and skips times of day', () => {
    expect(at('Talks began in September and ended at 10 a.m.', '2019-03-14')).toEqual([
      ['September', '2019-09', '', 'month'],
    ]);
  });

  it('offsets point at the words', () => {
    const text = 'Kraków, 𠮷 — on 5 May 2024 they met.';
    const [d] = suggestDates(chrono, text, '2024-05-06');
    expect(d).toBeDefined();
    expect(text.slice(d!.start, d!.end)).toBe(d!.text);
    expect(d!.resolved).toBe('2024-05-05');
  });
});
