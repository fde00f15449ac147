import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../bundle/bundle-schema';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { deriveNetworkGraph } from './derive-network-graph';

const andes = JSON.parse(
  readFileSync('public/bundles/fixtures/fixture-andes-trip.json', 'utf8'),
) as Bundle;

describe('derived ties', () => {
  it('reads a trip whose legs end at cities as planned visits to their states', () => {
    const graph = deriveNetworkGraph(andes);
    const legs = graph.edges.filter((e) => e.from === 'leg');
    expect(legs.map((e) => [e.id, e.source, e.target, e.kind])).toEqual([
      ['l-marsh-1', 'helen-marsh', 'colombia', 'plans-visit'],
      ['l-marsh-2', 'helen-marsh', 'chile', 'plans-visit'],
      ['l-marsh-3', 'helen-marsh', 'peru', 'plans-visit'],
    ]);
    // Marked as a city visit in its words; the return home is not a visit.
    expect(legs[0]?.relation.label).toBe('Helen Marsh plans to visit Bogotá, Colombia');
    expect(legs.every((e) => e.planned)).toBe(true);
  });

  it('ties an organisation known only through an event to that event’s participants', () => {
    const graph = deriveNetworkGraph(andes);
    const events = graph.edges.filter((e) => e.from === 'event');
    const iom = events.find((e) => e.id === 'e-iom-visit');
    expect(iom).toMatchObject({ source: 'iom', target: 'helen-marsh', basis: 'inferred' });
    expect(iom?.kind).toBe('shares-event');
    const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    expect(linked.has('iom')).toBe(true);
    expect(linked.has('university-of-chile')).toBe(true);
  });

  it('adds nothing the seed already states, and joins the UN Security Council', () => {
    const bundle = seedBundle();
    const graph = deriveNetworkGraph(bundle);
    const ids = graph.edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const derived = graph.edges.filter((e) => e.from !== 'relation');
    // Every derived line joins two drawn nodes and names a leg or event of the bundle.
    const known = new Set([
      ...bundle.events.map((e) => e.id),
      ...bundle.journeys.flatMap((j) => j.legs.map((l) => l.id)),
    ]);
    for (const e of derived) expect(known.has(e.id)).toBe(true);
    expect(
      graph.edges.some(
        (e) => e.source === 'un-security-council' || e.target === 'un-security-council',
      ),
    ).toBe(true);
  });
});
