/**
 * Past this many entities the network is drawn on a canvas instead of as SVG (see
 * docs/network.md, "Two renderers"): the SVG gives every mark its own accessible element and
 * label placement, which costs time in proportion to the marks (and the label placement more);
 * measured in npm run bench:scale. A build may move it (VITE_NETWORK_CANVAS_FROM) to compare.
 * Past it, every picture of the network (the canvas, a download, a slide) fits the layout in
 * `scale` mode, keeping its proportions: keeping thousands of outlines apart in a panel they
 * cannot fit took seconds and never settled.
 */
export const CANVAS_FROM = Number(import.meta.env?.VITE_NETWORK_CANVAS_FROM ?? 300);

/** How a graph of this many entities is fitted to a picture (fit-layout.ts). */
export function fitModeFor(entityCount: number): 'panel' | 'scale' {
  return entityCount > CANVAS_FROM ? 'scale' : 'panel';
}
