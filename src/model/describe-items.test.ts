import { describe, expect, it } from 'vitest';
import {
  describeEvent,
  describeLeg,
  describeRelation,
  describeWhen,
  resolvedDate,
} from './describe-items';
import { tinyBundle } from '../bundle/fixtures/tiny-bundle';
import { indexBundle } from './bundle-index';

describe('describing items in words', () => {
  it('keeps the article’s words and adds the resolved date where they differ', () => {
    expect(describeWhen({ start: '2018-09', text: 'last month' })).toBe('last month · Sep 2018');
    expect(describeWhen({ start: '2018-10', end: '2018-12', text: 'within the year' })).toBe(
      'within the year · Oct 2018 – Dec 2018',
    );
    expect(describeWhen({ start: '2019', text: '2019' })).toBe('2019');
    expect(resolvedDate({ start: '2018-10-05', end: '2018-10-05', text: 'x' })).toBe('5 Oct 2018');
  });

  it('names relations, events and legs as a person would read them', () => {
    const bundle = tinyBundle();
    expect(describeRelation(bundle.relations[0]!)).toBe('Ann met Bob in Paris, Oct 2018');
    expect(describeEvent(bundle.events[0]!)).toBe('Ann leaves, 5 Oct 2018');
    const leg = indexBundle(bundle).legs.get('j1-1')!;
    expect(describeLeg(bundle, leg)).toBe('Leg 1 of 1: France to Paris, Ann');
  });
});
