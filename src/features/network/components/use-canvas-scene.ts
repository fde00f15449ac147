import { useEffect, useMemo } from 'react';
import type { ElementSize } from '../../../ui/use-element-size';
import {
  canvasTopology,
  sceneAt,
  type CanvasScene,
  type CanvasTopology,
} from '../canvas/canvas-scene';
import { baseRadii, fitScaled, pickPlacement } from '../canvas/fit-scaled';
import type { VisibleGraph } from '../graph/filter-network-graph';
import type { NetworkGraph } from '../graph/network-graph';
import type { LayoutStatus } from './use-abstract-layout';

interface Topology {
  t: CanvasTopology;
  /** Each scene node's index in the graph's (and so the layout's) order. */
  order: Int32Array;
}

const topologies = new WeakMap<VisibleGraph, Topology>();

/** The visible graph's topology, made once per visible graph (a filter makes a new one). */
function topologyOf(graph: NetworkGraph, visible: VisibleGraph): Topology {
  let hit = topologies.get(visible);
  if (!hit) {
    const t = canvasTopology(graph.groups, visible);
    const inGraph = new Map(graph.nodes.map((n, i) => [n.id, i]));
    hit = { t, order: Int32Array.from(t.ids, (id) => inGraph.get(id) ?? 0) };
    topologies.set(visible, hit);
  }
  return hit;
}

/**
 * The canvas scene for a large graph: the layout (or, while it settles, the positions so far)
 * fitted to the panel at its own proportions, with the filters applied. Rebuilt when the
 * layout, the filters or the size change; never on a click. A new set of positions costs a
 * pass over flat arrays and the hulls (fitScaled, sceneAt): it runs on the main thread for
 * every set a settling layout sends.
 */
export function useCanvasScene(
  graph: NetworkGraph,
  visible: VisibleGraph,
  status: LayoutStatus,
  size: ElementSize,
  enabled: boolean,
): CanvasScene | null {
  // The same object until new positions come (progress without positions keeps the last).
  const source = status.state === 'done' ? status.layout : status.partial;
  const { width, height } = size;
  // Every layout has every node of the graph, in the graph's order (its input is the graph's
  // nodes), so what does not depend on positions is made once per graph or filter.
  const radii = useMemo(() => (enabled ? baseRadii(graph.nodes) : null), [enabled, graph]);
  // Needed once the first positions come, and made before in a task of its own while the
  // worker lays out (a 20,000-node topology costs as much as the rest of the first scene).
  const placed = source !== null;
  useEffect(() => {
    if (!enabled || placed) return;
    const timer = setTimeout(() => topologyOf(graph, visible), 0);
    return () => clearTimeout(timer);
  }, [enabled, placed, graph, visible]);
  const topology = useMemo(
    () => (enabled && placed ? topologyOf(graph, visible) : null),
    [enabled, placed, graph, visible],
  );
  return useMemo(() => {
    if (topology === null || radii === null || source === null || width <= 0 || height <= 0)
      return null;
    const fit = fitScaled(source.x, source.y, radii, {
      width,
      height,
      captions: graph.groups.length > 0,
    });
    return sceneAt(topology.t, pickPlacement(fit, topology.order));
  }, [topology, radii, source, width, height, graph]);
}
