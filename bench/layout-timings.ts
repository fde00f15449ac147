/**
 * Timings of the pure layouts on the seed story, in Node: figures for `npm run bench` (a unit test
 * must not assert wall-clock time, since the machine and its load vary).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { validateBundleText } from '../src/bundle/validate-bundle';
import { withManyEvents } from '../src/bundle/fixtures/many-events-bundle';
import { buildTimelineScene } from '../src/features/timeline/scene/build-timeline-scene';
import { parseViewState } from '../src/view-state/parse-view-state';
import { countryGroups } from '../src/model/country-groups';
import { deriveNetworkGraph } from '../src/features/network/graph/derive-network-graph';
import { filterNetworkGraph } from '../src/features/network/graph/filter-network-graph';
import { buildNetworkScene } from '../src/features/network/layout/build-network-scene';
import { computeNetworkLayout } from '../src/features/network/layout/compute-network-layout';
import { measureLabel } from '../src/features/network/layout/label-measure';

const SEED = new URL('../public/bundles/six-party-talks-2018-10-08.json', import.meta.url);

export interface TimingRow {
  step: string;
  runs: number;
  'first ms': string;
  'median ms': string;
  'max ms': string;
}

function time(step: string, runs: number, fn: () => unknown): TimingRow {
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  const first = ms[0] ?? 0;
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return {
    step,
    runs,
    'first ms': first.toFixed(1),
    'median ms': median.toFixed(1),
    'max ms': (sorted[sorted.length - 1] ?? 0).toFixed(1),
  };
}

/** The network layout and scene of the seed story at a laptop pane's size (690 × 540). */
export function layoutTimings(runs = 40): TimingRow[] {
  const result = validateBundleText(readFileSync(SEED, 'utf8'));
  if (!result.ok) throw new Error('the seed bundle does not validate');
  const bundle = result.bundle;
  const graph = deriveNetworkGraph(bundle);
  const groups = countryGroups(bundle);
  const visible = filterNetworkGraph(graph, [], []);
  const size = { width: 690, height: 540 };
  let seed = 0;
  const layout = computeNetworkLayout(graph, { ...size, seed: 1 });
  return [
    time('network layout (300 steps)', runs, () =>
      computeNetworkLayout(graph, { ...size, seed: (seed += 1) }),
    ),
    time('network scene (edges, hulls, labels)', runs, () =>
      buildNetworkScene(groups, visible, layout, measureLabel),
    ),
    ...[1000, 5000].flatMap((count) => {
      // A story with thousands of events: the timeline counts them (issue 15). A new bundle
      // each run, so no cached rows are reused: the figure is a first draw.
      const runsHere = count > 1000 ? 5 : 10;
      const boxes = Array.from({ length: runsHere }, () => withManyEvents(bundle, count));
      const state = parseViewState(bundle.id, new URLSearchParams('')).state;
      let i = 0;
      return [
        time(`timeline scene, ${count} events (720 × 420)`, runsHere, () =>
          buildTimelineScene(boxes[i++] ?? bundle, state, { width: 720, height: 420 }),
        ),
      ];
    }),
  ];
}
