import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../bundle/bundle-schema';
import { seedBundle } from '../../bundle/fixtures/seed-bundle';
import { tinyBundle } from '../../bundle/fixtures/tiny-bundle';
import { validateBundleText } from '../../bundle/validate-bundle';
import type { SceneOptions } from '../../ui/view-module';
import { parseViewState } from '../../view-state/parse-view-state';
import andesText from '../../../public/bundles/fixtures/fixture-andes-trip.json?raw';
import { writeTimelineSvg, type TimelineSvgOptions } from './export/write-timeline-svg';
import { buildTimelineScene } from './scene/build-timeline-scene';
import { TIMELINE_PALETTES } from './timeline-palette';

const state = (bundle: Bundle, query = '') =>
  parseViewState(bundle.id, new URLSearchParams(query)).state;

function andesBundle(): Bundle {
  const result = validateBundleText(andesText);
  if (!result.ok) throw new Error('fixture-andes-trip does not validate');
  return result.bundle;
}

/**
 * Scene snapshots (Observable Plot's test/plots → test/output): each named fixture drawn to SVG
 * and compared with a file reviewed by eye; test/output/README.md says what was checked in each.
 * A change to the drawing shows up as a diff of that file, to be rendered, looked at and
 * re-reviewed (`npx vitest run -u src/features/timeline`).
 */
describe('timeline scene snapshots', () => {
  const cases: [
    name: string,
    bundle: () => Bundle,
    query: string,
    size: { width: number; height: number },
    scene: SceneOptions,
    svg: TimelineSvgOptions,
  ][] = [
    ['seed', seedBundle, '', { width: 720, height: 420 }, {}, {}],
    [
      'seed-kong-as-of-narrow',
      seedBundle,
      'sel=entity:kong-xuanyou&asof=2018-10-06',
      { width: 409, height: 480 },
      {},
      { emphasis: 'scene', frame: false },
    ],
    [
      'seed-biegun-slide-dark',
      seedBundle,
      'sel=entity:steve-biegun',
      { width: 1000, height: 560 },
      { labelScale: 1.8, mode: 'presentation', frame: 'selection' },
      { theme: 'dark', frame: false },
    ],
    ['tiny', tinyBundle, '', { width: 400, height: 120 }, {}, {}],
    ['andes-as-of', andesBundle, 'asof=2019-08-14', { width: 620, height: 200 }, {}, {}],
  ];
  for (const [name, make, query, size, sceneOptions, svgOptions] of cases)
    it(name, async () => {
      const bundle = make();
      const scene = buildTimelineScene(bundle, state(bundle, query), size, sceneOptions);
      const { svg } = writeTimelineSvg(scene, svgOptions);
      await expect(svg).toMatchFileSnapshot(`./test/output/${name}.svg`);
    });
});

describe('writeTimelineSvg', () => {
  it('gives byte-identical SVG for the same bundle and state on two runs', () => {
    // Two separately validated bundles: no cache is shared between the runs.
    const draw = () => {
      const bundle = andesBundle();
      const scene = buildTimelineScene(
        bundle,
        state(bundle, 'sel=event:e-university-talk&asof=2019-08-14'),
        { width: 640, height: 300 },
      );
      return writeTimelineSvg(scene, { emphasis: 'scene' }).svg;
    };
    const first = draw();
    expect(first.length).toBeGreaterThan(3000);
    expect(draw()).toBe(first);
  });

  it('draws no selection in a download and keeps the context at 3:1 on a slide', () => {
    const bundle = seedBundle();
    const scene = buildTimelineScene(bundle, state(bundle, 'sel=event:e-beijing-talks'), {
      width: 720,
      height: 400,
    });
    const download = writeTimelineSvg(scene).svg;
    expect(download).not.toContain('data-selected');
    expect(download).not.toContain('opacity="0.3"');
    const onScreen = writeTimelineSvg(scene, { emphasis: 'scene' }).svg;
    expect(onScreen.match(/opacity="0.3"/g)).toHaveLength(12);
    const slide = writeTimelineSvg(scene, { emphasis: 'presentation', frame: false });
    expect(slide.svg.match(/data-selected="true"/g)).toHaveLength(1);
    expect(slide.svg).toContain(TIMELINE_PALETTES.light.context);
    expect(slide.svg).not.toContain('opacity="0.3"');
    expect(slide.width).toBe(720);
    expect(slide.height).toBe(scene.height);
  });

  it('a presentation scene defaults to presentation emphasis, in the dark palette when asked', () => {
    const bundle = seedBundle();
    const scene = buildTimelineScene(
      bundle,
      state(bundle, 'sel=entity:kong-xuanyou'),
      { width: 1000, height: 560 },
      { labelScale: 1.8, mode: 'presentation' },
    );
    const { svg } = writeTimelineSvg(scene, { theme: 'dark' });
    expect(svg.match(/data-selected="true"/g)).toHaveLength(2);
    expect(svg).toContain(TIMELINE_PALETTES.dark.context);
    expect(svg).toContain(`fill="${TIMELINE_PALETTES.dark.background}"`);
    expect(svg).not.toContain(TIMELINE_PALETTES.light.background);
    // Every text in the picture is at least 24 px.
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  });

  it('frames a download with the title, the key and the source line', () => {
    const bundle = seedBundle();
    const scene = buildTimelineScene(bundle, state(bundle), { width: 720, height: 400 });
    const { svg, width, height } = writeTimelineSvg(scene);
    expect(svg).toContain('Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018');
    expect(svg).toContain('>time compressed</text>');
    expect(svg).toContain('<desc>Time runs left to right. 5–9 Oct 2018 is drawn wide;');
    expect(width).toBe(720 + 48);
    expect(height).toBeGreaterThan(scene.height + 80);
  });
});
