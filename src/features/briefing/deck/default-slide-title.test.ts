import { describe, expect, it } from 'vitest';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { defaultSlideTitle, shortDate, shortName } from './default-slide-title';

const bundle = seedBundle();

describe('defaultSlideTitle', () => {
  it('names a leg as a headline writer would', () => {
    expect(defaultSlideTitle(bundle, { kind: 'leg', id: 'j-choe-1' })).toBe(
      'Choe travels Pyongyang → Beijing, 5 Oct',
    );
    expect(defaultSlideTitle(bundle, { kind: 'leg', id: 'j-choe-2' })).toBe(
      'Choe travels Beijing → Moscow, 6 Oct',
    );
  });

  it('names an event, a relation and an entity by their own words, dated without the year', () => {
    const event = bundle.events.find((e) => e.id === 'e-beijing-talks');
    expect(defaultSlideTitle(bundle, { kind: 'event', id: 'e-beijing-talks' })).toBe(
      `${event?.label}, 5 Oct`,
    );
    expect(defaultSlideTitle(bundle, { kind: 'entity', id: 'choe-son-hui' })).toBe('Choe Son-hui');
    const title = defaultSlideTitle(bundle, {
      kind: 'relation',
      id: 'r-north-korea-aligned-with-china',
    });
    expect(title).not.toMatch(/Relation|Leg \d/);
    expect(title?.length).toBeGreaterThan(5);
  });

  it('quotes the first words of a passage and gives null for nothing or an unknown id', () => {
    expect(defaultSlideTitle(bundle, { kind: 'passage', start: 921, end: 1114 })).toBe(
      '“On Oct. 5, Choe held vice minister-level talks…”',
    );
    expect(defaultSlideTitle(bundle, null)).toBeNull();
    expect(defaultSlideTitle(bundle, { kind: 'leg', id: 'nope' })).toBeNull();
  });
});

describe('shortName and shortDate', () => {
  it('takes a one-word alias inside the name, else the last word', () => {
    const person = { id: 'p', kind: 'person' as const, name: 'Vladimir Putin', aliases: [] };
    expect(shortName(person)).toBe('Putin');
    expect(shortName({ ...person, name: 'Choe Son-hui', aliases: ['Choe', 'Ms Choe'] })).toBe(
      'Choe',
    );
    expect(shortName({ ...person, kind: 'country', name: 'South Korea' })).toBe('South Korea');
  });

  it('drops the year of publication only', () => {
    expect(shortDate({ start: '2018-10-05', text: 'x' }, '2018')).toBe('5 Oct');
    expect(shortDate({ start: '2017-09', text: 'x' }, '2018')).toBe('Sep 2017');
    expect(shortDate(undefined, '2018')).toBe('');
  });
});
