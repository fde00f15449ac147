import { describe, expect, it } from 'vitest';
import { groupCaption } from './group-caption';

const names = new Map([
  ['a', 'Avia'],
  ['b', 'Bel'],
  ['c', 'Cor'],
  ['d', 'Dun'],
  ['e', 'Eri'],
]);

describe('groupCaption', () => {
  it('keeps a small grouping’s own name', () => {
    expect(
      groupCaption({ id: 'g', countries: ['a', 'b'], name: 'Avia, Bel', tone: 'warm' }, names),
    ).toBe('Avia, Bel');
  });

  it('names the first three of a large grouping and counts the rest', () => {
    const group = {
      id: 'g',
      countries: ['a', 'b', 'c', 'd', 'e'],
      name: 'Avia, Bel, Cor, Dun, Eri',
      tone: 'cool' as const,
    };
    expect(groupCaption(group, names)).toBe('Avia, Bel, Cor and 2 more');
  });
});
