import { describe, expect, it } from 'vitest';
import { syntheticBundle } from '../../../bundle/fixtures/synthetic-bundle';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { defaultViewState } from '../../../view-state/parse-view-state';
import { buildNetworkViewScene } from '../network-scene';
import { lineCrowding } from '../layout/line-crowding';
import { measureLabel } from '../layout/label-measure';
import { writeNetworkSvg } from './write-network-svg';

/** Each line's path: the relation's stroke (no halo is drawn without a selection). */
function linePaths(svg: string): string[] {
  return [...svg.matchAll(/<path d="[^"]*" fill="none" stroke="[^"]*" stroke-width[^>]*\/>/g)].map(
    (m) => m[0],
  );
}

describe('lineCrowding', () => {
  it('leaves a few hundred lines alone and thins and fades many, fainter as they grow', () => {
    expect(lineCrowding(44)).toEqual({ crowded: false, opacity: 1 });
    expect(lineCrowding(800)).toEqual({ crowded: false, opacity: 1 });
    const counts = [801, 1500, 1501, 4000, 4001, 30_000];
    const opacities = counts.map((c) => lineCrowding(c).opacity);
    expect(counts.every((c) => lineCrowding(c).crowded)).toBe(true);
    for (let i = 1; i < opacities.length; i++)
      expect(opacities[i]).toBeLessThanOrEqual(opacities[i - 1] ?? 1);
    expect(opacities.at(-1)).toBeLessThan(0.25);
  });
});

describe('a large network as a picture (download, slide)', () => {
  const bundle = syntheticBundle(1000);
  const scene = buildNetworkViewScene(bundle, defaultViewState(bundle.id), {
    width: 1100,
    height: 700,
  });
  const picture = writeNetworkSvg(scene);

  it('draws its lines as faint hairlines, as the screen does', () => {
    const lines = linePaths(picture.svg);
    expect(scene.edges.length).toBeGreaterThan(800);
    expect(lines).toHaveLength(scene.edges.length);
    const opacity = lineCrowding(scene.edges.length).opacity;
    for (const line of lines) {
      expect(line).toContain('stroke-width="1"');
      expect(line).toContain(`opacity="${opacity}"`);
    }
  });

  it('keeps a dot’s colour in a crowded picture: its outline is at most a quarter of its radius', () => {
    const outlines = [
      ...picture.svg.matchAll(/<g data-entity="[^"]*"[^>]*>.*?stroke-width="([\d.]+)"\/><\/g>/g),
    ].map((m) => Number(m[1]));
    expect(outlines).toHaveLength(scene.nodes.length);
    scene.nodes.forEach((node, i) =>
      expect(outlines[i]).toBeLessThanOrEqual(Math.max(0.01, node.r * 0.25) + 0.01),
    );
  });

  it('names a large grouping by its first members and a count in the key, within the picture', () => {
    const keyTexts = [...picture.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const large = scene.legend.groups.filter((g) => g.countries.length > 4);
    expect(large.length).toBeGreaterThan(0);
    for (const g of large) {
      const more = `and ${g.countries.length - 3} more`;
      expect(g.name.endsWith(more)).toBe(true);
      expect(keyTexts).toContain(g.name);
      expect(measureLabel(g.name, 14, false)).toBeLessThan(picture.width);
    }
  });

  it('keeps a small network’s lines at their own widths and full ink', () => {
    const seed = seedBundle();
    const small = buildNetworkViewScene(seed, defaultViewState(seed.id), {
      width: 1100,
      height: 700,
    });
    const lines = linePaths(writeNetworkSvg(small).svg);
    expect(lines).toHaveLength(small.edges.length);
    for (const line of lines) expect(line).not.toContain('opacity=');
    expect(lines.some((l) => !l.includes('stroke-width="1"'))).toBe(true);
  });
});
