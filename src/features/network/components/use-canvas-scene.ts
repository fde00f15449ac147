import { useMemo } from 'react';
import type { ElementSize } from '../../../ui/use-element-size';
import { canvasTopology, placeCanvasScene, type CanvasScene } from '../canvas/canvas-scene';
import type { VisibleGraph } from '../graph/filter-network-graph';
import type { NetworkGraph } from '../graph/network-graph';
import type { AbstractLayout } from '../layout/abstract-layout';
import { fitLayout } from '../layout/fit-layout';
import type { PartialLayout } from '../worker/layout-messages';
import type { LayoutStatus } from './use-abstract-layout';

/**
 * The canvas scene for a large graph: the layout (or, while it settles, the positions so far)
 * fitted to the panel at its own proportions, with the filters applied. Rebuilt when the
 * layout, the filters or the size change; never on a click.
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
  // Every layout has every node of the graph (its input is the graph's nodes), so the part
  // that does not depend on positions is made once per filter, not once per progress report.
  const topology = useMemo(
    () => (enabled ? canvasTopology(graph.groups, visible) : null),
    [enabled, graph, visible],
  );
  return useMemo(() => {
    if (topology === null || source === null || width <= 0 || height <= 0) return null;
    const positions: AbstractLayout = isWhole(source)
      ? source
      : { x: source.x, y: source.y, width: 0, height: 0, ids: graph.nodes.map((n) => n.id) };
    const layout = fitLayout(positions, graph.nodes, {
      width,
      height,
      mode: 'scale',
      captions: graph.groups.length > 0,
    });
    return placeCanvasScene(topology, layout);
  }, [topology, source, width, height, graph]);
}

function isWhole(source: AbstractLayout | PartialLayout): source is AbstractLayout {
  return 'ids' in source;
}
