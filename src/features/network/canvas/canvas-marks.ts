import type { NetworkEmphasis } from '../network-emphasis';
import type { CanvasScene } from './canvas-scene';

/** Flag bits of a mark in a frame. */
export const DIMMED = 1;
export const SELECTED = 2;
export const SUBJECT = 4;

/** Every node's and edge's flags as bits, worked out once per selection, not once per frame. */
export interface CanvasMarks {
  nodes: Uint8Array;
  edges: Uint8Array;
  /** Something is selected or hovered: the context recedes. */
  active: boolean;
  /** Some marks are lit and the rest dimmed (every mark not lit carries DIMMED). */
  dimming: boolean;
}

/** The emphasis (selection and hovered passage) as flag bits over the scene's marks. */
export function canvasMarks(scene: CanvasScene, emphasis: NetworkEmphasis): CanvasMarks {
  const nodes = new Uint8Array(scene.ids.length);
  const edges = new Uint8Array(scene.edges.count);
  const lit = emphasis.lit;
  scene.ids.forEach((id, i) => {
    let bits = 0;
    if (lit !== null && !lit.entities.has(id)) bits |= DIMMED;
    if (emphasis.concerned.has(id)) bits |= SELECTED;
    if (emphasis.subject.has(id)) bits |= SUBJECT;
    nodes[i] = bits;
  });
  scene.edges.ids.forEach((id, k) => {
    let bits = 0;
    if (lit !== null && !lit.relations.has(id)) bits |= DIMMED;
    if (emphasis.concerned.has(id)) bits |= SELECTED;
    if (emphasis.subject.has(id)) bits |= SUBJECT;
    edges[k] = bits;
  });
  return { nodes, edges, active: emphasis.active, dimming: lit !== null };
}
