import { describe, expect, it } from 'vitest';
import { dayIso } from '../../../model/day-number';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { asOfCounts, asOfWords, eventAccessibleName, timelineItems } from './timeline-items';

const bundle = seedBundle();
const timeOf = (asOf: string | null) =>
  Object.fromEntries(timelineItems(bundle, asOf).map((i) => [i.id, i.time]));

describe('timelineItems', () => {
  it('lists every event once, in time order', () => {
    const items = timelineItems(bundle, null);
    expect(items).toHaveLength(bundle.events.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(bundle.events.length);
    for (let k = 1; k < items.length; k++)
      expect(items[k]!.first).toBeGreaterThanOrEqual(items[k - 1]!.first);
    expect(items[0]!.id).toBe('e-china-russia-unsc-statement'); // June–July 2018 starts 1 June
    expect(items.at(-1)!.id).toBe('e-putin-south-korea-visit'); // next year
  });

  it('spans every day a date can mean', () => {
    const byId = new Map(timelineItems(bundle, null).map((i) => [i.id, i]));
    const days = (id: string) => [dayIso(byId.get(id)!.first), dayIso(byId.get(id)!.last)];
    expect(days('e-beijing-talks')).toEqual(['2018-10-05', '2018-10-05']);
    expect(days('e-biegun-visits-japan')).toEqual(['2018-09-01', '2018-09-30']);
    expect(days('e-kim-jong-un-russia-visit')).toEqual(['2018-10-01', '2018-12-31']);
    expect(days('e-putin-south-korea-visit')).toEqual(['2019-01-01', '2019-12-31']);
  });

  it('names the status in the label, not only in the drawing', () => {
    const byId = new Map(timelineItems(bundle, null).map((i) => [i.id, i]));
    expect(byId.get('e-beijing-talks')!.label).toBe(
      'Choe Son-hui and Kong Xuanyou hold vice minister-level talks in Beijing\u00a0· On Oct. 5',
    );
    expect(byId.get('e-moscow-trilateral-talks')!.label).toMatch(/^Planned: /);
    expect(byId.get('e-kim-jong-un-russia-visit')!.label).toMatch(
      /^Expected: .*\u00a0· within the year$/u,
    );
  });

  it('says in words when an event is inferred rather than stated', () => {
    const b = seedBundle();
    b.events = b.events.map((e) =>
      e.id === 'e-moscow-trilateral-talks' || e.id === 'e-beijing-talks'
        ? { ...e, basis: 'inferred' as const }
        : e,
    );
    const byId = new Map(timelineItems(b, null).map((i) => [i.id, i]));
    expect(byId.get('e-beijing-talks')!.label).toMatch(/^Inferred: Choe Son-hui/);
    expect(byId.get('e-moscow-trilateral-talks')!.label).toMatch(/^Planned, inferred: Trilateral/);
    expect(eventAccessibleName(byId.get('e-beijing-talks')!, null)).toMatch(
      /, happened, inferred, On Oct\. 5/,
    );
  });
});

describe('"as of" filtering compares dates at their own precision', () => {
  it('shows everything as settled with no day set', () => {
    expect(new Set(Object.values(timeOf(null)))).toEqual(new Set(['past']));
  });

  it('as of 6 Oct 2018', () => {
    const t = timeOf('2018-10-06');
    expect(t['e-nk-us-summit']).toBe('past'); // a day before
    expect(t['e-china-russia-unsc-statement']).toBe('past'); // June–July, wholly before
    expect(t['e-biegun-visits-japan']).toBe('past'); // "last month": all of September
    expect(t['e-beijing-talks']).toBe('past'); // 5 Oct
    expect(t['e-choe-arrives-moscow']).toBe('past'); // the day itself counts as known
    expect(t['e-kcna-report']).toBe('future'); // 7 Oct
    expect(t['e-moscow-trilateral-talks']).toBe('future');
    expect(t['e-kim-jong-un-russia-visit']).toBe('uncertain'); // Oct–Dec: may or may not have been
    expect(t['e-putin-south-korea-visit']).toBe('future'); // 2019
    expect(asOfCounts(timelineItems(bundle, '2018-10-06'))).toEqual({
      known: 8,
      unsure: 1,
      later: 4,
    });
  });

  it('a month is unsure until its last day', () => {
    expect(timeOf('2018-09-29')['e-biegun-visits-japan']).toBe('uncertain');
    expect(timeOf('2018-09-30')['e-biegun-visits-japan']).toBe('past');
    expect(timeOf('2018-08-31')['e-biegun-visits-japan']).toBe('future');
  });

  it('a year is unsure from its first day to its last', () => {
    expect(timeOf('2018-12-31')['e-putin-south-korea-visit']).toBe('future');
    expect(timeOf('2019-01-01')['e-putin-south-korea-visit']).toBe('uncertain');
    expect(timeOf('2019-12-31')['e-putin-south-korea-visit']).toBe('past');
  });

  it('says where an event stands in words', () => {
    const items = timelineItems(bundle, '2018-10-06');
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(eventAccessibleName(byId.get('e-beijing-talks')!, '2018-10-06')).toBe(
      'Choe Son-hui and Kong Xuanyou hold vice minister-level talks in Beijing, happened, On Oct. 5 · 5 Oct 2018',
    );
    expect(eventAccessibleName(byId.get('e-kcna-report')!, '2018-10-06')).toMatch(
      /, happened, on Oct\. 7 · 7 Oct 2018, later than 6 Oct 2018$/,
    );
    expect(asOfWords('uncertain', '2018-10-06')).toBe('unsure as of 6 Oct 2018');
    expect(asOfWords('past', '2018-10-06')).toBeNull();
    expect(asOfWords('future', null)).toBeNull();
  });
});
