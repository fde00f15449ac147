import { describe, expect, it } from 'vitest';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { parseViewState } from '../../../view-state/parse-view-state';
import { buildMapScene } from '../map-scene';
import { mapFocusOrder, moveFocus, type MapFocusKey } from './focus-order';
import { WORLD_110M } from './fixtures/world-110m';

describe('mapFocusOrder', () => {
  const bundle = seedBundle();
  const scene = buildMapScene(
    bundle,
    parseViewState(bundle.id, new URLSearchParams()).state,
    { width: 720, height: 480 },
    { world: WORLD_110M },
  );
  const order = mapFocusOrder(scene);

  it('walks the legs drawn first, then the places marked west to east', () => {
    const legs = order.filter((k) => k.startsWith('leg:'));
    const places = order.filter((k) => k.startsWith('entity:'));
    expect(order.slice(0, legs.length)).toEqual(legs);
    expect(legs).toEqual(
      scene.legs.filter((l) => l.mid !== null || l.arrow !== '').map((l) => `leg:${l.id}`),
    );
    const xs = places.map(
      (k) => scene.places.find((p) => p.targets.some((t) => `entity:${t.id}` === k))?.at[0] ?? NaN,
    );
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // Nothing unmarked is a stop: every place key belongs to a drawn marker.
    for (const k of places)
      expect(
        scene.places.some(
          (p) => p.marker !== null && p.targets.some((t) => `entity:${t.id}` === k),
        ),
      ).toBe(true);
  });
});

describe('moveFocus', () => {
  const order: MapFocusKey[] = ['leg:a', 'leg:b', 'entity:c'];
  it('steps with the arrows, stops at the ends, jumps with Home and End', () => {
    expect(moveFocus(order, 'leg:a', 'ArrowRight')).toBe('leg:b');
    expect(moveFocus(order, 'leg:b', 'ArrowDown')).toBe('entity:c');
    expect(moveFocus(order, 'entity:c', 'ArrowRight')).toBe('entity:c');
    expect(moveFocus(order, 'leg:a', 'ArrowLeft')).toBe('leg:a');
    expect(moveFocus(order, 'entity:c', 'ArrowUp')).toBe('leg:b');
    expect(moveFocus(order, 'leg:b', 'Home')).toBe('leg:a');
    expect(moveFocus(order, null, 'End')).toBe('entity:c');
    expect(moveFocus(order, 'leg:a', 'Enter')).toBeNull();
    expect(moveFocus([], null, 'ArrowRight')).toBeNull();
  });
});
