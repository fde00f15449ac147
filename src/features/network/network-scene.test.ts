import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../bundle/fixtures/tiny-bundle';
import type { Bundle } from '../../bundle/bundle-schema';
import { parseViewState } from '../../view-state/parse-view-state';
import { writeNetworkSvg } from './export/write-network-svg';
import { seedBundle } from '../../bundle/fixtures/seed-bundle';
import { networkFixture } from './fixtures/network-fixture';
import { buildNetworkViewScene } from './network-scene';

const state = (bundle: Bundle, query = '') =>
  parseViewState(bundle.id, new URLSearchParams(query)).state;
const SIZE = { width: 720, height: 480 };

/**
 * Scene snapshots (Observable Plot's test/plots → test/output): each named fixture drawn to SVG
 * and compared with a file reviewed by eye; test/output/README.md says what was checked in each.
 * A change to the drawing shows up as a diff of that file, to be looked at and re-reviewed
 * (`npx vitest run -u` rewrites them).
 */
describe('network scene snapshots', () => {
  const cases: [
    name: string,
    bundle: () => Bundle,
    query: string,
    emphasis: 'none' | 'presentation',
  ][] = [
    ['seed', seedBundle, '', 'none'],
    ['seed-choe-selected', seedBundle, 'sel=entity:choe-son-hui', 'presentation'],
    ['tiny', tinyBundle, '', 'none'],
    [
      'two-camps-filtered',
      networkFixture,
      'hide=media&sel=relation:r-red-disputes-blue',
      'presentation',
    ],
  ];
  for (const [name, make, query, emphasis] of cases)
    it(name, async () => {
      const bundle = make();
      const scene = buildNetworkViewScene(bundle, state(bundle, query), SIZE);
      const { svg } = writeNetworkSvg(scene, { emphasis });
      await expect(svg).toMatchFileSnapshot(`./test/output/${name}.svg`);
    });
});

describe('buildNetworkViewScene', () => {
  it('gives byte-identical SVG for the same bundle and state on two runs', () => {
    // Two separately parsed bundles: no cache is shared between the runs.
    const draw = () => {
      const bundle = seedBundle();
      const scene = buildNetworkViewScene(bundle, state(bundle, 'sel=entity:choe-son-hui'), SIZE);
      return writeNetworkSvg(scene, { emphasis: 'scene' }).svg;
    };
    const first = draw();
    expect(first.length).toBeGreaterThan(5000);
    expect(draw()).toBe(first);
  });

  it('flags the selected relation and its two ends, and dims the rest', () => {
    const bundle = networkFixture();
    const scene = buildNetworkViewScene(
      bundle,
      state(bundle, 'sel=relation:r-red-disputes-blue'),
      SIZE,
    );
    const selected = scene.nodes.filter((n) => n.selected).map((n) => n.node.id);
    expect(scene.edges.filter((e) => e.selected).map((e) => e.edge.id)).toEqual([
      'r-red-disputes-blue',
    ]);
    expect(scene.nodes.find((n) => n.node.id === 'ann')?.dimmed).toBe(true);
    expect(scene.nodes.find((n) => n.node.id === 'red')?.dimmed).toBe(false);
    expect(scene.nodes.find((n) => n.node.id === 'blue')?.dimmed).toBe(false);
    // Until the shared focus marks what a selection concerns, only the item itself is selected.
    expect(selected.every((id) => ['red', 'blue'].includes(id))).toBe(true);
  });

  it('applies the URL filters and names what it hides', () => {
    const bundle = networkFixture();
    const scene = buildNetworkViewScene(bundle, state(bundle, 'hide=media'), SIZE);
    expect(scene.nodes.some((n) => n.node.kind === 'media')).toBe(false);
    expect(scene.legend.kinds).not.toContain('media');
    expect(scene.counts.nodes).toBe(scene.counts.allNodes - 1);
  });

  it('scales every label with labelScale, for slides', () => {
    const bundle = seedBundle();
    const base = buildNetworkViewScene(bundle, state(bundle), SIZE);
    const big = buildNetworkViewScene(bundle, state(bundle), SIZE, { labelScale: 2 });
    expect(big.fontSize).toBe(base.fontSize * 2);
    const sizes = big.nodes.flatMap((n) => (n.label ? [n.label.fontSize] : []));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(base.fontSize * 2 - 2);
  });

  it('writes no dimming in a download and keeps the context at 3:1 on a slide', () => {
    const bundle = seedBundle();
    const scene = buildNetworkViewScene(bundle, state(bundle, 'sel=entity:choe-son-hui'), SIZE);
    expect(writeNetworkSvg(scene).svg).not.toContain('data-selected');
    const slide = writeNetworkSvg(scene, { emphasis: 'presentation', frame: false });
    expect(slide.svg).toContain('data-selected="true"');
    expect(slide.svg).toContain('#6f767d');
    expect(slide.svg).not.toContain('opacity="0.3"');
    expect(slide.width).toBe(SIZE.width);
  });
});
