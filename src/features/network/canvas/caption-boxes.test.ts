import { describe, expect, it } from 'vitest';
import { syntheticBundle } from '../../../bundle/fixtures/synthetic-bundle';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { filterNetworkGraph } from '../graph/filter-network-graph';
import { layoutAbstract } from '../layout/abstract-layout';
import { fitLayout } from '../layout/fit-layout';
import { layoutInputOf } from '../layout/layout-input';
import { buildCanvasScene } from './canvas-scene';
import { captionBoxes } from './caption-boxes';
import { chooseLabels } from './choose-labels';

// The 5k story, in the pane it has beside the reader and inspector at 1440×900, whose groupings are captioned: the middle grouping's caption lies over the
// drawing (the 5k story's screenshot showed names drawn over "… AND 38 MORE").
const big = deriveNetworkGraph(syntheticBundle(5000));
const view = { k: 1, x: 0, y: 0, width: 420, height: 660 };
const scene = buildCanvasScene(
  big.groups,
  filterNetworkGraph(big, [], []),
  fitLayout(layoutAbstract(layoutInputOf(big), { seed: 1 }), big.nodes, { ...view, mode: 'scale' }),
);
const measure = (t: string, size: number) => t.length * size * 0.6;
const overlaps = (
  a: { x0: number; y0: number; x1: number; y1: number },
  b: { x0: number; y0: number; x1: number; y1: number },
) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const boxOf = (l: { x: number; y: number; width: number; fontSize: number }) => ({
  x0: l.x,
  y0: l.y - l.fontSize,
  x1: l.x + l.width,
  y1: l.y + l.fontSize * 0.3,
});

describe('captionBoxes', () => {
  it('puts each caption in view whole inside the panel, centred over its hull', () => {
    const boxes = captionBoxes(scene, view, measure);
    expect(boxes.length).toBe(scene.hulls.filter((h) => h.caption !== '').length);
    expect(boxes.length).toBeGreaterThan(1);
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(view.width);
      expect(b.x1 - b.x0).toBeCloseTo(measure(b.text, b.fontSize) + 4, 6);
    }
  });

  it('leaves out a caption whose hull top is out of view', () => {
    const moved = { ...view, y: -10_000 };
    expect(captionBoxes(scene, moved, measure)).toEqual([]);
  });

  it('keeps names off the captions, unless the name is the selection’s', () => {
    const boxes = captionBoxes(scene, view, measure);
    const free = chooseLabels(scene, view, { first: [], measure, blocked: boxes });
    expect(free.length).toBeGreaterThan(10);
    for (const l of free) for (const b of boxes) expect(overlaps(boxOf(l), b)).toBe(false);
    // Without the captions blocked, this layout has names over them: the test can fail.
    const unblocked = chooseLabels(scene, view, { first: [], measure });
    expect(unblocked.some((l) => boxes.some((b) => overlaps(boxOf(l), b)))).toBe(true);
  });
});
