import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../bundle/fixtures/tiny-bundle';
import { heavyBundle } from '../bundle/fixtures/heavy-bundle';
import { syntheticBundle } from '../bundle/fixtures/synthetic-bundle';
import { indexBundle, prepareIndexSlice } from './bundle-index';

describe('indexBundle', () => {
  it('lists each entity’s mentions in text order and its relations, events and legs', () => {
    const b = tinyBundle();
    const index = indexBundle(b);
    expect(index.mentionsByEntity.get('ann')?.map((m) => m.start)).toEqual(
      b.mentions.filter((m) => m.entity === 'ann').map((m) => m.start),
    );
    expect(index.relationsByEntity.get('bob')?.map((r) => r.id)).toEqual(['r1']);
    expect(index.eventsByEntity.get('paris')?.map((e) => e.id)).toEqual(['e1']);
    expect(index.legsByEntity.get('ann')?.map((l) => `${l.leg.id} ${l.number}/${l.of}`)).toEqual([
      'j1-1 1/1',
    ]);
  });

  it('lists a self-relation and an event whose place is also a participant once', () => {
    const b = tinyBundle();
    b.relations.push({ ...b.relations[0]!, id: 'r2', source: 'bob', target: 'bob' });
    b.events[0]!.participants.push('paris');
    const index = indexBundle(b);
    expect(index.relationsByEntity.get('bob')?.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(index.eventsByEntity.get('paris')?.map((e) => e.id)).toEqual(['e1']);
  });

  it('keeps every one of 100,000 mentions of one person (no quadratic de-duplication)', () => {
    const b = heavyBundle({ targetBytes: 0 });
    const hub = b.mentions.filter((m) => m.entity === 'hub').length;
    expect(hub).toBe(100_000);
    expect(indexBundle(b).mentionsByEntity.get('hub')).toHaveLength(hub);
  });
});

describe('prepareIndexSlice', () => {
  /** The index as plain lists, to compare two builds map by map and in order. */
  const plain = (index: ReturnType<typeof indexBundle>) =>
    Object.fromEntries(
      Object.entries(index).map(([k, m]) => [k, [...(m as Map<string, unknown>)]]),
    );

  it('builds in slices the same index a whole build makes, and says when it is whole', () => {
    const whole = indexBundle(syntheticBundle(3000));
    const b = syntheticBundle(3000);
    // A clock that moves 1 ms per look: each slice runs one step of a few thousand items.
    let t = 0;
    const now = () => (t += 1);
    let slices = 1;
    while (!prepareIndexSlice(b, 1, now)) slices += 1;
    expect(slices).toBeGreaterThan(2);
    expect(plain(indexBundle(b))).toEqual(plain(whole));
  });

  it('is finished at once, the same, when a view asks for it part-way', () => {
    const whole = indexBundle(syntheticBundle(3000));
    const b = syntheticBundle(3000);
    let t = 0;
    expect(prepareIndexSlice(b, 1, () => (t += 1))).toBe(false);
    expect(plain(indexBundle(b))).toEqual(plain(whole));
    // Whole now: another slice has nothing to do.
    expect(prepareIndexSlice(b, 1, () => (t += 1))).toBe(true);
  });
});
