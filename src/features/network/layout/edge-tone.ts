import type { NetworkEdge } from '../graph/network-graph';
import { relationKindStyle } from '../../../model/relation-kinds';

/** The ink of an edge: meetings in full text colour, disputes in the contrast colour, others muted. */
export type EdgeTone = 'strong' | 'muted' | 'opposed';

export function edgeTone(edge: NetworkEdge): EdgeTone {
  const style = relationKindStyle(edge.kind);
  if (style.opposed) return 'opposed';
  return style.weight === 'heavy' ? 'strong' : 'muted';
}
