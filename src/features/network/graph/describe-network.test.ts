import { describe, expect, it } from 'vitest';
import { deriveNetworkGraph } from './derive-network-graph';
import { describeNode, describeRelation, formatWhen } from './describe-network';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';

describe('accessible names', () => {
  const bundle = seedBundle();
  const graph = deriveNetworkGraph(bundle);
  const node = (id: string) => graph.nodes.find((n) => n.id === id);
  const edge = (id: string) => graph.edges.find((e) => e.id === id);

  it('names a node as a person would read it', () => {
    const choe = node('choe-son-hui');
    expect(choe && describeNode(choe, 'North Korea')).toBe(
      'Choe Son-hui, person, North Korea, 12 mentions, 11 relations',
    );
    const nk = node('north-korea');
    expect(nk && describeNode(nk, 'North Korea')).toBe(
      'North Korea, country, 16 mentions, 7 relations',
    );
    const yonhap = node('yonhap');
    expect(yonhap && describeNode(yonhap, null)).toBe(
      'Yonhap News, news media, 1 mention, 1 relation',
    );
  });

  it('names an edge by its label and date, and says when it is planned', () => {
    const beijing = edge('r-choe-meets-kong-beijing');
    expect(beijing && describeRelation(beijing.relation, beijing)).toBe(
      'Choe Son-hui met Kong Xuanyou in Beijing, 5 Oct 2018',
    );
    const kim = edge('r-kim-jong-un-plans-visit-russia');
    expect(kim && describeRelation(kim.relation, kim)).toBe(
      'Kim Jong-un would visit Russia, his first-ever visit there, Oct 2018 – Dec 2018, planned',
    );
    expect(
      describeRelation(
        { ...bundle.relations[0]!, when: undefined, basis: 'inferred' },
        { planned: false },
      ),
    ).toBe(`${bundle.relations[0]!.label}, inferred`);
    expect(formatWhen({ start: '2019', text: 'next year' })).toBe('2019');
  });
});
