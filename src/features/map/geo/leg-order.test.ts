import { describe, expect, it } from 'vitest';
import { orderedLegs, playOrder, travellers } from './leg-order';
import { mapFixture } from './fixtures/map-fixture';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';

describe('leg order', () => {
  it('lists legs journey by journey, numbered within each journey', () => {
    const legs = orderedLegs(mapFixture());
    expect(legs.map((l) => [l.id, l.number, l.of, l.travelerIndex])).toEqual([
      ['j-ann-1', 1, 2, 0],
      ['j-ann-2', 2, 2, 0],
      ['j-bob-1', 1, 3, 1],
      ['j-bob-2', 2, 3, 1],
      ['j-bob-3', 3, 3, 1],
    ]);
  });

  it('orders travellers by their first journey, so colours are stable', () => {
    const b = mapFixture();
    expect(travellers(b)).toEqual(['ann', 'bob']);
    const again = { ...b, journeys: [...b.journeys, { ...b.journeys[0]!, id: 'j-ann-again' }] };
    expect(travellers(again)).toEqual(['ann', 'bob']);
  });

  it('plays every journey of a traveller in bundle order', () => {
    const b = mapFixture();
    const first = b.journeys[0]!;
    const later = {
      ...first,
      id: 'j-ann-later',
      legs: [{ ...first.legs[0]!, id: 'j-ann-later-1' }],
    };
    const withTwo = { ...b, journeys: [...b.journeys, later] };
    expect(playOrder(withTwo, 'ann')).toEqual(['j-ann-1', 'j-ann-2', 'j-ann-later-1']);
    expect(playOrder(withTwo, 'nobody')).toEqual([]);
  });

  it('plays Choe Son-hui’s trip Pyongyang → Beijing → Moscow on the seed', () => {
    const b = seedBundle();
    expect(travellers(b)[0]).toBe('choe-son-hui');
    expect(playOrder(b, 'choe-son-hui')).toEqual(['j-choe-1', 'j-choe-2']);
    const choe = orderedLegs(b).filter((l) => l.traveler === 'choe-son-hui');
    expect(choe.map((l) => `${l.number}/${l.of}`)).toEqual(['1/2', '2/2']);
  });
});
