import { describe, expect, it } from 'vitest';
import { edgeTone } from '../layout/edge-tone';
import { deriveNetworkGraph } from './derive-network-graph';
import { networkFixture } from '../fixtures/network-fixture';
import { relationKindStyle, sortRelationKinds } from './relation-kinds';

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

  it('inks meetings strong, disputes opposed and the rest muted', () => {
    const graph = deriveNetworkGraph(networkFixture());
    const tone = (id: string) => {
      const edge = graph.edges.find((e) => e.id === id);
      return edge && edgeTone(edge);
    };
    expect(tone('r-ann-meets-bob')).toBe('strong');
    expect(tone('r-red-disputes-blue')).toBe('opposed');
    expect(tone('r-wire-reports-ann')).toBe('muted');
  });
});

describe('relation kinds named like Object.prototype members', () => {
  it('read as their own words, not as prototype functions', () => {
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(relationKindStyle(kind)).toEqual({
        label: kind.replace(/-/g, ' '),
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
