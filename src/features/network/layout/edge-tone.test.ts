import { describe, expect, it } from 'vitest';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { networkFixture } from '../fixtures/network-fixture';
import { edgeTone } from './edge-tone';

describe('edgeTone', () => {
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
