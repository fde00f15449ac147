import { useEffect, useState } from 'react';
import type { NetworkGraph } from '../graph/network-graph';
import { LAYOUT_VERSION, layoutAbstract, type AbstractLayout } from '../layout/abstract-layout';
import { layoutInputKey, layoutInputOf, type LayoutInput } from '../layout/layout-input';
import { abstractLayoutOf, LAYOUT_SEED, peekAbstractLayout } from '../network-geometry';
import { readCachedLayout, writeCachedLayout } from '../worker/layout-cache';
import type { LayoutAnswer, PartialLayout } from '../worker/layout-messages';

/** Where the layout stands: being made (with how far, and the positions so far), or made. */
export type LayoutStatus =
  | { state: 'running'; done: number; partial: PartialLayout | null }
  | { state: 'done'; layout: AbstractLayout };

const STARTING: LayoutStatus = { state: 'running', done: 0, partial: null };

let jobs = 0;

/**
 * Up to this many nodes the layout runs right here, as the view first draws: it takes tens of
 * milliseconds, less than starting a worker or opening IndexedDB, and the picture then comes
 * with the first frame (the seed's 27 nodes: about 20 ms on this machine when it is quiet).
 */
export const MAIN_THREAD_LAYOUT_MAX = 100;

/** Is this cached layout one of this input (same ids in the same order)? */
function fits(layout: AbstractLayout, input: LayoutInput): boolean {
  return (
    layout.ids.length === input.nodes.length && input.nodes.every((n, i) => layout.ids[i] === n.id)
  );
}

/**
 * The graph's layout, made off the main thread: from memory when this graph was laid out in
 * this page already (a view switch), from IndexedDB when it was laid out before (a reload),
 * else in a Web Worker that reports progress. A small graph is laid out here at once. Where no worker can start (a file:// page, a
 * policy that forbids it) the same pure function runs here instead, so the picture is the same.
 */
export function useAbstractLayout(graph: NetworkGraph): LayoutStatus {
  const [status, setStatus] = useState<{ graph: NetworkGraph; status: LayoutStatus } | null>(null);
  const known =
    peekAbstractLayout(graph) ??
    (graph.nodes.length <= MAIN_THREAD_LAYOUT_MAX ? abstractLayoutOf(graph) : null);

  useEffect(() => {
    if (peekAbstractLayout(graph) || graph.nodes.length <= MAIN_THREAD_LAYOUT_MAX) return;
    let cancelled = false;
    let worker: Worker | null = null;
    const job = (jobs += 1);
    const start = () => {
      const input = layoutInputOf(graph);
      const key = `v${LAYOUT_VERSION}:s${LAYOUT_SEED}:${layoutInputKey(input)}`;
      const finish = (layout: AbstractLayout) => {
        if (cancelled) return;
        abstractLayoutOf(graph, layout);
        setStatus({ graph, status: { state: 'done', layout } });
      };
      const here = () =>
        setTimeout(() => {
          if (!cancelled) finish(layoutAbstract(input, { seed: LAYOUT_SEED }));
        }, 0);

      void readCachedLayout(key).then((hit) => {
        if (cancelled) return;
        if (hit && fits(hit, input)) {
          finish(hit);
          return;
        }
        try {
          worker = new Worker(new URL('../worker/layout-worker.ts', import.meta.url), {
            type: 'module',
            name: 'network-layout',
          });
        } catch {
          here();
          return;
        }
        const w = worker;
        w.onmessage = (event: MessageEvent<LayoutAnswer>) => {
          const answer = event.data;
          if (cancelled || answer.job !== job) return;
          if (answer.type === 'progress') {
            const { done, partial } = answer;
            setStatus((old) => ({
              graph,
              status: {
                state: 'running',
                done,
                // Keep the last positions until newer ones come.
                partial:
                  partial ??
                  (old?.graph === graph && old.status.state === 'running'
                    ? old.status.partial
                    : null),
              },
            }));
          } else if (answer.type === 'done') {
            w.terminate();
            finish(answer.layout);
            void writeCachedLayout(key, answer.layout);
          } else {
            w.terminate();
            here();
          }
        };
        w.onerror = (event) => {
          event.preventDefault();
          w.terminate();
          here();
        };
        w.postMessage({ job, input, seed: LAYOUT_SEED });
      });
    };
    // In a task of its own: the input and its cache key cost tens of ms for a 20,000-node
    // graph, and the render that derived the graph is long enough.
    const timer = setTimeout(start, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      worker?.terminate();
    };
  }, [graph]);

  if (known) return { state: 'done', layout: known };
  return status?.graph === graph ? status.status : STARTING;
}
