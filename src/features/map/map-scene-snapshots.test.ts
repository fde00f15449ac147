import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../bundle/bundle-schema';
import { seedBundle } from '../../bundle/fixtures/seed-bundle';
import { tinyBundle } from '../../bundle/fixtures/tiny-bundle';
import { corpusBundle } from '../../model/fixtures/corpus-bundles';
import type { SceneSize } from '../../ui/view-module';
import { parseViewState } from '../../view-state/parse-view-state';
import { writeMapSvg, type MapSvgOptions } from './export/write-map-svg';
import { WORLD_110M } from './geo/fixtures/world-110m';
import { buildMapScene } from './map-scene';
import type { MapSceneOptions } from './map-scene-types';

const state = (bundle: Bundle, query = '') =>
  parseViewState(bundle.id, new URLSearchParams(query)).state;

interface Case {
  name: string;
  bundle: () => Bundle;
  query?: string;
  size?: SceneSize;
  scene?: MapSceneOptions;
  svg?: MapSvgOptions;
}

/**
 * Scene snapshots (Observable Plot's test/plots → test/output): each named fixture drawn by
 * buildMapScene + writeMapSvg and compared with a file reviewed by eye as a PNG; what was
 * checked in each is written in test/output/README.md. The geography is Natural Earth 1:110m
 * cut to the view, so a snapshot stays a few tens of kilobytes and a diff stays readable.
 */
const CASES: Case[] = [
  { name: 'seed', bundle: seedBundle },
  {
    name: 'seed-choe-slide',
    bundle: seedBundle,
    query: 'sel=entity:choe-son-hui',
    size: { width: 960, height: 540 },
    scene: { labelScale: 1.2, mode: 'presentation', frame: 'selection' },
    svg: { emphasis: 'presentation', frame: false },
  },
  {
    name: 'seed-leg-dark',
    bundle: seedBundle,
    query: 'sel=leg:j-choe-2&asof=2018-10-06',
    svg: { emphasis: 'scene', theme: 'dark' },
  },
  { name: 'pacific-crossing', bundle: () => corpusBundle('fixture-pacific-crossing') },
  {
    name: 'andes-trip-phone',
    bundle: () => corpusBundle('fixture-andes-trip'),
    query: 'sel=leg:l-marsh-3',
    size: { width: 390, height: 520 },
    scene: { frame: 'selection' },
    svg: { emphasis: 'scene' },
  },
  { name: 'tiny', bundle: tinyBundle, size: { width: 480, height: 320 } },
];

describe('map scene snapshots', () => {
  for (const c of CASES)
    it(c.name, async () => {
      const bundle = c.bundle();
      const scene = buildMapScene(
        bundle,
        state(bundle, c.query),
        c.size ?? { width: 720, height: 480 },
        {
          world: WORLD_110M,
          ...c.scene,
        },
      );
      const { svg } = writeMapSvg(scene, c.svg);
      await expect(svg).toMatchFileSnapshot(`./test/output/${c.name}.svg`);
    });
});
