import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../bundle/bundle-schema';
import { withManyPlaces } from '../../bundle/fixtures/many-places-bundle';
import { seedBundle } from '../../bundle/fixtures/seed-bundle';
import { validateBundle } from '../../bundle/validate-bundle';
import { parseViewState } from '../../view-state/parse-view-state';
import { writeMapSvg } from './export/write-map-svg';
import { CLUSTER_RADIUS } from './geo/cluster-places';
import { MAX_ZOOM } from './geo/map-frame';
import { WORLD_110M } from './geo/fixtures/world-110m';
import { buildMapScene } from './map-scene';
import type { MapScene, MapSceneOptions } from './map-scene-types';

const SIZE = { width: 1200, height: 700 };
const many = withManyPlaces(seedBundle(), 3000);
const state = (bundle: Bundle, query = '') =>
  parseViewState(bundle.id, new URLSearchParams(query)).state;
const scene = (query = '', options: MapSceneOptions = {}, bundle = many): MapScene =>
  buildMapScene(bundle, state(bundle, query), SIZE, { world: WORLD_110M, ...options });

/** Every located dot is drawn once: alone, inside a count, or (off the view) not at all. */
function drawn(s: MapScene) {
  const counted = s.clusters.reduce((n, c) => n + c.count, 0);
  return { counted, alone: s.places.length, marks: s.places.length + s.clusters.length };
}

describe('buildMapScene on a story of 3,000 more places', () => {
  it('is a valid bundle with 3,000 places, 3,000 events and 1,500 legs', () => {
    expect(validateBundle(many).ok).toBe(true);
    expect(many.journeys.reduce((n, j) => n + j.legs.length, 0)).toBe(1500 + 7);
  });

  it('counts places that would pile up, each once, and no two counts overlap much', () => {
    const s = scene();
    const d = drawn(s);
    // Every one of the 3,000 (all in the fitted frame) is drawn once, alone or counted.
    const shown = [...s.clusters.flatMap((c) => c.entities), ...s.places.map((p) => p.id)];
    expect(shown.filter((id) => id.startsWith('pl-many-'))).toHaveLength(3000);
    expect(new Set(shown).size).toBe(shown.length);
    expect(d.counted + d.alone).toBeGreaterThan(3000);
    expect(d.marks).toBeLessThan(400);
    expect(s.clusters.length).toBeGreaterThan(10);
    for (const c of s.clusters) {
      expect(c.name).toMatch(new RegExp(`^${c.count} places: `));
      expect(c.count).toBeGreaterThan(1);
    }
    // Places drawn alone are at least a radius from any count's centre (they would have joined).
    for (const p of s.places)
      for (const c of s.clusters)
        expect(Math.hypot(p.at[0] - c.at[0], p.at[1] - c.at[1])).toBeGreaterThanOrEqual(
          CLUSTER_RADIUS * 0.5,
        );
    // Legs with an end in a count are bundled: far fewer lines than 1,500.
    expect(s.legs.length + s.legBundles.length).toBeLessThan(800);
    const inBundles = s.legBundles.reduce((n, b) => n + b.legs.length, 0);
    expect(inBundles).toBeGreaterThan(500);
  });

  it('opening the biggest count splits it: its zoom shows more, smaller marks', () => {
    const s = scene();
    const big = [...s.clusters].sort((a, b) => b.count - a.count)[0];
    expect(big).toBeDefined();
    if (!big) return;
    expect(big.zoomTo.k).toBeGreaterThanOrEqual(2);
    const z = scene('', { zoom: big.zoomTo });
    const inside = new Set(big.entities);
    const there = z.clusters.filter((c) => c.entities.some((e) => inside.has(e)));
    const alone = z.places.filter((p) => inside.has(p.id));
    expect(there.length + alone.length).toBeGreaterThan(1);
    expect(Math.max(0, ...there.map((c) => c.count))).toBeLessThan(big.count);
  });

  it('keeps counting at the deepest zoom: opening the biggest count again and again never draws its places one by one', () => {
    let zoom = { k: 1, x: 0, y: 0 };
    let last: MapScene['clusters'][number] | undefined;
    // Two sizes: a wide pane, and a phone's, where a port's places stay closer together.
    for (const size of [SIZE, { width: 390, height: 600 }]) {
      zoom = { k: 1, x: 0, y: 0 };
      for (let step = 0; step < 6; step++) {
        const s = buildMapScene(many, state(many), size, { world: WORLD_110M, zoom });
        expect(drawn(s).marks).toBeLessThan(400);
        last = [...s.clusters].sort((a, b) => b.count - a.count)[0];
        if (!last?.splits) break;
        expect(last.zoomTo.k).toBeGreaterThan(zoom.k);
        zoom = last.zoomTo;
      }
      expect(zoom.k).toBe(MAX_ZOOM);
      // At the deepest zoom a count cannot split: it lists its places instead.
      expect(last).toMatchObject({ splits: false });
      expect(last?.count).toBeGreaterThan(1);
      // No count's disc lies over another's or over a place's dot: each can be clicked.
      const s = buildMapScene(many, state(many), size, { world: WORLD_110M, zoom });
      const dot = s.type.marks.dot;
      for (const [i, c] of s.clusters.entries()) {
        for (const p of s.places)
          expect(Math.hypot(p.at[0] - c.at[0], p.at[1] - c.at[1])).toBeGreaterThan(c.r + dot);
        for (const o of s.clusters.slice(i + 1))
          expect(Math.hypot(o.at[0] - c.at[0], o.at[1] - c.at[1])).toBeGreaterThan(c.r + o.r);
      }
    }
  });

  it('a count holding the selected place is flagged; the others recede', () => {
    const s0 = scene();
    const target = s0.clusters[0]?.entities.find((e) => e.startsWith('pl-many-')) ?? '';
    const s = scene(`sel=entity:${target}`);
    const holding = s.clusters.filter((c) => c.entities.includes(target));
    expect(holding).toHaveLength(1);
    expect(holding[0]).toMatchObject({ selected: true, subject: true, dimmed: false });
    expect(s.clusters.filter((c) => c.dimmed).length).toBeGreaterThan(0);
  });

  it('is deterministic, and the SVG writer draws the counts', () => {
    const a = scene();
    const b = scene();
    expect(a.clusters).toEqual(b.clusters);
    const svg = writeMapSvg(a, { frame: false }).svg;
    const first = a.clusters[0];
    expect(svg).toContain(`data-cluster="${first?.id ?? ''}"`);
    expect((svg.match(/data-cluster=/g) ?? []).length).toBe(a.clusters.length);
  });

  it('slides count too, with the number at 24 px or more', () => {
    const s = scene('', { mode: 'presentation', labelScale: 1.8 });
    expect(s.clusters.length).toBeGreaterThan(0);
    for (const c of s.clusters) expect(c.font).toBeGreaterThanOrEqual(24);
  });

  it('leaves the seed alone: no counts at its density', () => {
    const s = scene('', {}, seedBundle());
    expect(s.clusters).toEqual([]);
    expect(s.legBundles).toEqual([]);
    expect(s.legs).toHaveLength(7);
  });
});
