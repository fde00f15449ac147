/**
 * Presentation properties copied from the live view onto its clone, with the values that are
 * the SVG defaults (left out to keep the file small). The view draws with classes and CSS
 * variables from the app's stylesheet, which an SVG file does not carry; without this the
 * exported picture would be black shapes on nothing. They are written as presentation
 * attributes, not a style attribute: the app's CSP refuses inline style attributes.
 */
const PROPERTIES: [name: string, skip: string[]][] = [
  ['fill', []],
  ['fill-opacity', ['1']],
  ['stroke', ['none']],
  ['stroke-width', ['1px']],
  ['stroke-opacity', ['1']],
  ['stroke-dasharray', ['none']],
  ['stroke-linecap', ['butt']],
  ['stroke-linejoin', ['miter']],
  ['opacity', ['1']],
  ['visibility', ['visible']],
  ['display', ['inline', 'block']],
];
const TEXT_PROPERTIES: [name: string, skip: string[]][] = [
  ['font-family', []],
  ['font-size', []],
  ['font-weight', ['400']],
  ['font-style', ['normal']],
  ['text-anchor', ['start']],
  ['dominant-baseline', ['auto']],
  ['paint-order', ['normal']],
];
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);

function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  const wanted = TEXT_ELEMENTS.has(source.localName)
    ? [...PROPERTIES, ...TEXT_PROPERTIES]
    : PROPERTIES;
  for (const [name, skip] of wanted) {
    const value = computed.getPropertyValue(name).trim();
    if (value !== '' && !skip.includes(value)) clone.setAttribute(name, value);
  }
  clone.removeAttribute('class');
  const from = source.children;
  const to = clone.children;
  for (let i = 0; i < from.length && i < to.length; i += 1) {
    const a = from[i];
    const b = to[i];
    if (a && b) inlineStyles(a, b);
  }
}

/** The largest <svg> drawn inside a view region, as standalone markup; null when there is none. */
export function snapshotViewSvg(
  region: Element,
): { markup: string; width: number; height: number } | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of region.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg')) continue;
    const box = svg.getBoundingClientRect();
    const area = box.width * box.height;
    if (area > bestArea) {
      best = svg;
      bestArea = area;
    }
  }
  if (best === null || bestArea < 100) return null;
  const box = best.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const clone = best.cloneNode(true) as SVGSVGElement;
  inlineStyles(best, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // Focus rings, ids for labels and event hooks mean nothing in a picture.
  for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}
