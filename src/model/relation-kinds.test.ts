import { describe, expect, it } from 'vitest';
import {
  kindAsWords,
  relationKindLabel,
  relationKindStyle,
  sortRelationKinds,
} from './relation-kinds';

describe('relation kinds', () => {
  it('says which kinds point somewhere, and which are heavy or opposed', () => {
    expect(relationKindStyle('meets')).toMatchObject({ directed: false, weight: 'heavy' });
    expect(relationKindStyle('aligned-with').directed).toBe(false);
    expect(relationKindStyle('disputes')).toMatchObject({ directed: true, opposed: true });
  });

  it('draws an unknown kind as a plain directed line named by its words', () => {
    expect(relationKindStyle('trades-with')).toEqual({
      label: 'trades with',
      directed: true,
      weight: 'normal',
      opposed: false,
    });
  });

  it('sorts known kinds in legend order and the rest alphabetically after them', () => {
    expect(sortRelationKinds(['zeta', 'reports', 'meets', 'alpha', 'meets'])).toEqual([
      'meets',
      'reports',
      'alpha',
      'zeta',
    ]);
  });
});

describe('relation kinds named like Object.prototype members', () => {
  it('read as their own words, not as prototype functions', () => {
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(relationKindStyle(kind)).toEqual({
        label: kindAsWords(kind),
        directed: true,
        weight: 'normal',
        opposed: false,
      });
    expect(sortRelationKinds(['toString', 'meets', 'constructor'])).toEqual([
      'meets',
      'constructor',
      'toString',
    ]);
  });
});

describe('relationKindLabel', () => {
  it('says the words a person reads for every kind the seed uses', () => {
    expect(relationKindLabel('meets')).toBe('met');
    expect(relationKindLabel('official-of')).toBe('serves');
    expect(relationKindLabel('plans-visit')).toBe('plans to visit');
    expect(relationKindLabel('member-of')).toBe('takes part in');
    expect(relationKindLabel('reports')).toBe('reported on');
  });

  it('reads an unknown kind as words, prototype names included', () => {
    expect(relationKindLabel('some-kind')).toBe('some kind');
    expect(relationKindLabel('shares_border--with')).toBe('shares border with');
    expect(relationKindLabel('constructor')).toBe('constructor');
    expect(relationKindLabel('toString')).toBe('to string');
    expect(relationKindLabel('__proto__')).toBe('proto');
    expect(relationKindLabel('hasOwnProperty')).toBe('has own property');
    expect(relationKindLabel('---')).toBe('---');
  });
});
