import { describe, expect, it } from 'vitest';
import { legBasisWords, legStyle } from './leg-style';

describe('legStyle', () => {
  it('says reported, inferred or planned; planned wins over inferred', () => {
    expect(legStyle({ status: 'happened', basis: 'stated' })).toBe('reported');
    expect(legStyle({ status: 'happened', basis: 'inferred' })).toBe('inferred');
    expect(legStyle({ status: 'planned', basis: 'stated' })).toBe('planned');
    expect(legStyle({ status: 'expected', basis: 'inferred' })).toBe('planned');
  });

  it('words the basis for the itinerary table', () => {
    expect(legBasisWords({ status: 'happened', basis: 'stated' })).toBe('Reported');
    expect(legBasisWords({ status: 'happened', basis: 'inferred' })).toBe('Inferred');
    expect(legBasisWords({ status: 'planned', basis: 'stated' })).toBe('Planned');
    expect(legBasisWords({ status: 'expected', basis: 'inferred' })).toBe('Expected (inferred)');
  });
});
