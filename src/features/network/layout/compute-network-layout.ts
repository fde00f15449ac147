import type { NetworkGraph } from '../graph/network-graph';
import { layoutAbstract, type AbstractLayout } from './abstract-layout';
import { fitLayout, type FitOptions, type NetworkLayout } from './fit-layout';
import { layoutInputOf } from './layout-input';

export { nodeRadius } from './abstract-layout';
export type { LayoutNode, NetworkLayout } from './fit-layout';

export interface LayoutOptions extends FitOptions {
  seed: number;
  /** Simulation steps (default: 300 for a small graph, 160 for a large one). */
  ticks?: number;
  /** A layout already made for this graph and seed (by the worker, or a cache). */
  abstract?: AbstractLayout;
}

/**
 * Positions for every node in a panel, computed synchronously: the abstract layout (pure,
 * seeded, the same numbers in a worker or here) fitted to the panel. Slides, the handout and
 * tests call this; the screen lays out in a worker and fits the result the same way.
 */
export function computeNetworkLayout(graph: NetworkGraph, options: LayoutOptions): NetworkLayout {
  const abstract =
    options.abstract ??
    layoutAbstract(layoutInputOf(graph), {
      seed: options.seed,
      ...(options.ticks === undefined ? {} : { ticks: options.ticks }),
    });
  return fitLayout(abstract, graph.nodes, {
    width: options.width,
    height: options.height,
    ...(options.mode ? { mode: options.mode } : {}),
    captions: options.captions ?? graph.groups.length > 0,
  });
}
