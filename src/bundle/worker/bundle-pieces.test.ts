import { describe, expect, it } from 'vitest';
import { syntheticBundle } from '../fixtures/synthetic-bundle';
import { tinyBundle } from '../fixtures/tiny-bundle';
import { assembleBundle, splitBundle } from './bundle-pieces';

describe('splitBundle / assembleBundle', () => {
  it('rebuilds a bundle that serialises exactly as the original, from pieces of any size', () => {
    for (const [bundle, size] of [
      [tinyBundle(), 1],
      [tinyBundle(), 1000],
      [syntheticBundle(500), 37],
    ] as const) {
      const assembly = assembleBundle();
      let last = { done: 0, total: 0 };
      for (const piece of splitBundle(structuredClone(bundle), size)) {
        if (piece.kind !== 'head') expect(piece.items.length).toBeLessThanOrEqual(size);
        last = assembly.add(structuredClone(piece));
      }
      expect(JSON.stringify(assembly.finish())).toBe(JSON.stringify(bundle));
      expect(last.done).toBe(last.total);
      expect(last.total).toBe(
        bundle.article.blocks.length +
          bundle.entities.length +
          bundle.mentions.length +
          bundle.relations.length +
          bundle.events.length +
          bundle.journeys.length,
      );
    }
  });

  it('leaves the bundle it splits untouched', () => {
    const bundle = tinyBundle();
    const copy = structuredClone(bundle);
    expect([...splitBundle(bundle, 1)].length).toBeGreaterThan(1);
    expect(bundle).toEqual(copy);
  });

  it('refuses a piece that comes before the head', () => {
    const [, second] = [...splitBundle(tinyBundle(), 1)];
    expect(() => assembleBundle().add(second!)).toThrow(/before its head/);
    expect(() => assembleBundle().finish()).toThrow(/before its head/);
  });
});
