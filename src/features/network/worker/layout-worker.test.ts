import { afterEach, describe, expect, it, vi } from 'vitest';
import { syntheticBundle } from '../../../bundle/fixtures/synthetic-bundle';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { layoutAbstract } from '../layout/abstract-layout';
import { layoutInputOf, type LayoutInput } from '../layout/layout-input';
import type { LayoutAnswer } from './layout-messages';

interface FakeScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
}

/**
 * Runs the worker's own module in a stand-in for its global scope: the request and every answer
 * go through structuredClone, as they would cross to and from a real worker.
 */
async function throughWorker(input: LayoutInput, seed: number): Promise<LayoutAnswer[]> {
  const answers: LayoutAnswer[] = [];
  const scope: FakeScope = {
    onmessage: null,
    postMessage: (message, transfer) =>
      answers.push(structuredClone(message, { transfer }) as LayoutAnswer),
  };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./layout-worker');
  scope.onmessage?.({ data: structuredClone({ job: 7, input, seed }) });
  return answers;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the layout worker', () => {
  it('answers with the numbers the pure layout gives on the main thread, for the seed', async () => {
    const input = layoutInputOf(deriveNetworkGraph(seedBundle()));
    const answers = await throughWorker(input, 1);
    const done = answers.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    const direct = layoutAbstract(input, { seed: 1 });
    expect(done.job).toBe(7);
    expect(done.layout.ids).toEqual(direct.ids);
    expect([...done.layout.x]).toEqual([...direct.x]);
    expect([...done.layout.y]).toEqual([...direct.y]);
  });

  it('reports progress in order, with positions now and then, before a large layout', async () => {
    const input = layoutInputOf(deriveNetworkGraph(syntheticBundle(600)));
    const answers = await throughWorker(input, 1);
    const progress = answers.flatMap((a) => (a.type === 'progress' ? [a] : []));
    expect(progress.length).toBeGreaterThanOrEqual(10);
    const dones = progress.map((p) => p.done);
    expect([...dones].sort((a, b) => a - b)).toEqual(dones);
    expect(Math.max(...dones)).toBeLessThan(1);
    const partial = progress.find((p) => p.partial !== null)?.partial;
    expect(partial?.x.length).toBe(input.nodes.length);
    const done = answers.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type === 'done')
      expect([...done.layout.x]).toEqual([...layoutAbstract(input, { seed: 1 }).x]);
  });

  it('says it failed instead of throwing when the input is broken', async () => {
    const broken = { nodes: null } as unknown as LayoutInput;
    const answers = await throughWorker(broken, 1);
    expect(answers).toHaveLength(1);
    expect(answers[0]?.type).toBe('failed');
  });
});
