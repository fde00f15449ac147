import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateBundleText } from '../../bundle/validate-bundle';
import type { Bundle } from '../../bundle/bundle-schema';
import { buildNetworkGeometry } from './network-geometry';
import { edgeLabel, edgeLabelContext } from './network-scene';

const BUNDLES = new URL('../../../public/bundles/', import.meta.url);

function shipped(): Bundle[] {
  const index = JSON.parse(readFileSync(new URL('index.json', BUNDLES), 'utf8')) as {
    bundles: { file: string }[];
  };
  return index.bundles.map(({ file }) => {
    const result = validateBundleText(readFileSync(new URL(file, BUNDLES), 'utf8'));
    if (!result.ok) throw new Error(`${file} is refused`);
    return result.bundle;
  });
}

/** Network panes measured by e2e/network-layout-checks.spec.ts (alone, and sharing a pane). */
const PANES: [number, number][] = [
  [424, 720],
  [390, 685],
  [344, 553],
  [424, 322],
  [348, 332],
  [696, 390],
  [688, 954],
];

const hits = (a: { x: number; y: number; width: number; height: number }, b: Box) =>
  a.x < b.x1 - 1 && b.x0 < a.x + a.width - 1 && a.y < b.y1 - 1 && b.y0 < a.y + a.height - 1;
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A pane is crowded past one node per this many px² (docs/network.md, "Edge labels"). */
const CROWDED_AREA_PER_NODE = 5000;

describe('a relation’s words', () => {
  it.each(PANES)('cover no name and no node on any shipped story at %i×%i', (width, height) => {
    const problems: string[] = [];
    let checked = 0;
    for (const bundle of shipped()) {
      const g = buildNetworkGeometry(
        bundle,
        { hiddenKinds: [], hiddenRelations: [], asOf: null },
        { width, height },
      );
      // A crowded pane may have no free room for the words: only the panel's edge holds there.
      const crowded = g.nodes.length * CROWDED_AREA_PER_NODE > width * height;
      if (!crowded) checked += 1;
      for (const e of g.edges) {
        const label = edgeLabel(e, e.words, g, undefined, edgeLabelContext(g, e));
        for (const n of crowded ? [] : g.nodes) {
          const mark = { x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r };
          if (hits(label.box, mark)) problems.push(`${bundle.id} ${e.edge.id} over ${n.node.id}`);
          if (n.label && hits(label.box, n.label.box))
            problems.push(`${bundle.id} ${e.edge.id} over ${n.node.id}'s name`);
        }
        const { x, y, width: w, height: h } = label.box;
        if (x < 0 || y < 0 || x + w > width || y + h > height)
          problems.push(`${bundle.id} ${e.edge.id} outside the panel`);
      }
    }
    expect(checked).toBeGreaterThan(8);
    expect(problems).toEqual([]);
  });
});
