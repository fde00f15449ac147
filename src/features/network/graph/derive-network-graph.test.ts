import { describe, expect, it } from 'vitest';
import { deriveNetworkGraph, isPlannedRelation } from './derive-network-graph';
import { filterNetworkGraph } from './filter-network-graph';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { networkFixture } from '../fixtures/network-fixture';

describe('deriveNetworkGraph on the fixture', () => {
  const bundle = networkFixture();
  const graph = deriveNetworkGraph(bundle);
  const node = (id: string) => graph.nodes.find((n) => n.id === id);
  const edge = (id: string) => graph.edges.find((e) => e.id === id);

  it('draws every kind but places, and drops relations that end at a place', () => {
    expect(graph.nodes).toHaveLength(11);
    expect(node('city')).toBeUndefined();
    expect(edge('r-ann-visits-city')).toBeUndefined();
    expect(graph.edges).toHaveLength(12);
    expect(graph.entityKinds).toEqual(['person', 'country', 'organization', 'media']);
  });

  it('counts mentions and relations per node', () => {
    expect(node('ann')?.mentions).toBe(4);
    expect(node('ann')?.degree).toBe(5);
    expect(node('dee')?.degree).toBe(0);
    expect(node('red')?.degree).toBe(5);
  });

  it('seats people beside their state, inside its grouping', () => {
    expect(graph.groups.map((g) => g.countries)).toEqual([
      ['red', 'rose'],
      ['blue', 'navy', 'sky'],
    ]);
    expect(node('ann')).toMatchObject({ country: 'red', group: 'group-red' });
    expect(node('bob')).toMatchObject({ country: 'blue', group: 'group-blue' });
    expect(node('red')).toMatchObject({ country: 'red', group: 'group-red' });
    expect(node('wire')?.group).toBe('group-red');
    expect(node('dee')).toMatchObject({ country: null, group: null });
    expect(node('talks')?.group).toBeNull();
  });

  it('gives two relations between one pair opposite lanes, whichever way they point', () => {
    expect(edge('r-ann-meets-bob')).toMatchObject({ lane: -0.5, laneCount: 2 });
    expect(edge('r-bob-meets-ann')).toMatchObject({ lane: 0.5, laneCount: 2 });
    expect(edge('r-ann-represents-red')).toMatchObject({ lane: -0.5, laneCount: 2 });
    expect(edge('r-red-member')).toMatchObject({ lane: 0, laneCount: 1 });
  });

  it('marks plans and dates after posting as planned, not the posting month', () => {
    expect(edge('r-cy-plans-visit-blue')?.planned).toBe(true);
    expect(edge('r-bob-meets-ann')?.planned).toBe(true);
    expect(edge('r-ann-meets-bob')?.planned).toBe(false);
    expect(edge('r-red-disputes-blue')?.planned).toBe(false);
    expect(edge('r-ann-official-of-red')?.basis).toBe('inferred');
  });

  it('lists relation kinds in legend order', () => {
    expect(graph.relationKinds).toEqual([
      'meets',
      'aligned-with',
      'represents',
      'official-of',
      'member-of',
      'disputes',
      'plans-visit',
      'reports',
    ]);
  });

  it('hides kinds and relation kinds, and renumbers lanes', () => {
    const visible = filterNetworkGraph(graph, ['media'], ['official-of']);
    expect(visible.nodes.map((n) => n.id)).not.toContain('wire');
    expect(visible.edges.map((e) => e.id)).not.toContain('r-wire-reports-ann');
    expect(visible.edges.map((e) => e.id)).not.toContain('r-ann-official-of-red');
    expect(visible.edges.find((e) => e.id === 'r-ann-represents-red')).toMatchObject({
      lane: 0,
      laneCount: 1,
    });
    expect(visible.edges).toHaveLength(10);
  });

  it('shows only relations known by the "as of" day, comparing at their precision', () => {
    const ids = (asOf: string | null) =>
      filterNetworkGraph(graph, [], [], asOf).edges.map((e) => e.id);
    expect(ids('2018-10-06')).toContain('r-ann-meets-bob');
    expect(ids('2018-10-06')).not.toContain('r-bob-meets-ann');
    // "this month" may or may not have happened by 6 Oct: shown, not hidden.
    expect(ids('2018-10-06')).toContain('r-red-disputes-blue');
    expect(ids('2018-09-30')).not.toContain('r-red-disputes-blue');
    expect(ids('2018-09-30')).not.toContain('r-ann-meets-bob');
    // Timeless relations stay whatever the day.
    expect(ids('1900-01-01')).toContain('r-ann-represents-red');
    expect(ids(null)).toHaveLength(graph.edges.length);
  });
});

describe('deriveNetworkGraph on the seed bundle', () => {
  const bundle = seedBundle();
  const graph = deriveNetworkGraph(bundle);

  it('draws the 27 people, states, organisations and media and 49 lines (44 relations, 2 legs read as visits, 3 event ties)', () => {
    expect(graph.nodes).toHaveLength(27);
    expect(graph.edges).toHaveLength(49);
    expect(graph.edges.filter((e) => e.from === 'relation')).toHaveLength(44);
    expect(graph.groups.map((g) => g.name)).toEqual([
      'North Korea, China, Russia',
      'United States, South Korea, Japan',
    ]);
  });

  it('counts Choe Son-hui’s 12 mentions and 9 drawn relations', () => {
    const choe = graph.nodes.find((n) => n.id === 'choe-son-hui');
    expect(choe).toMatchObject({ mentions: 12, degree: 11, group: 'group-north-korea' });
  });

  it('dots the talks the article reports as scheduled, not the Beijing meeting', () => {
    const planned = graph.edges.filter((e) => e.planned).map((e) => e.id);
    expect(planned).toContain('r-choe-meets-kong-moscow');
    expect(planned).toContain('r-choe-meets-russia-bilateral');
    expect(planned).toContain('r-kim-jong-un-plans-visit-russia');
    expect(planned).not.toContain('r-choe-meets-kong-beijing');
    const rel = bundle.relations.find((r) => r.id === 'r-choe-meets-kong-beijing');
    expect(rel && isPlannedRelation(bundle, rel)).toBe(false);
  });
});
