import { createElement, Fragment, useMemo, type ReactNode } from 'react';

/**
 * SVG elements a view's writer produces. Anything else (script, foreignObject, style, an
 * unknown element) is left out: the picture is data, and React builds every node of it.
 */
const ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'marker',
  'clipPath',
  'mask',
  'pattern',
  'linearGradient',
  'radialGradient',
  'stop',
  'symbol',
  'use',
]);

const RENAMED: Record<string, string> = {
  class: 'className',
  'xlink:href': 'href',
  'xml:space': 'xmlSpace',
  'xml:lang': 'xmlLang',
  'xmlns:xlink': 'xmlnsXlink',
};

/** The React prop for an SVG attribute, or null to drop it (handlers, styles, outside links). */
export function svgPropName(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower.startsWith('on') || lower === 'style') return null;
  if (name.startsWith('data-') || name.startsWith('aria-') || name === 'role') return name;
  const renamed = RENAMED[name];
  if (renamed !== undefined) return renamed;
  if (name.includes(':')) return null;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function safeHref(value: string): boolean {
  return value.startsWith('#') || /^data:image\/(png|jpeg|gif|webp);/.test(value);
}

/** A stable key for a mark across two pictures: the bundle id it stands for, when it has one. */
export function markKey(el: Element): string | null {
  for (const attr of ['data-entity', 'data-relation', 'data-event', 'data-leg', 'data-place']) {
    const v = el.getAttribute(attr);
    if (v !== null) return `${attr}:${v}:${el.localName}`;
  }
  return null;
}

function convert(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const el = node as Element;
  if (!ELEMENTS.has(el.localName)) return null;
  const props: Record<string, string> = { key: markKey(el) ?? key };
  for (const attr of el.attributes) {
    const prop = svgPropName(attr.name);
    if (prop === null || prop === 'xmlns' || prop === 'xmlnsXlink') continue;
    if (prop === 'href' && !safeHref(attr.value)) continue;
    props[prop] = attr.value;
  }
  const children: ReactNode[] = [];
  el.childNodes.forEach((child, i) => {
    const converted = convert(child, `${key}.${i}`);
    if (converted !== null && converted !== undefined) children.push(converted);
  });
  return createElement(el.localName, props, ...children);
}

/** The root <svg> of a document, as React elements; null when the text is not an SVG. */
export function svgElements(svg: string, rootProps: Record<string, string> = {}): ReactNode {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return null;
  for (const [name, value] of Object.entries(rootProps)) root.setAttribute(name, value);
  return convert(root, 'svg');
}

/**
 * A picture written by a view's SVG writer, drawn inline by React (no innerHTML), so its marks
 * keep their data-entity / data-selected attributes for tests, links and the evidence overlay,
 * and its text stays text for screen readers, search and print.
 */
export function SvgTree(props: { svg: string; label: string; className?: string }) {
  const { svg, label, className } = props;
  const tree = useMemo(
    () =>
      svgElements(svg, {
        role: 'img',
        'aria-label': label,
        ...(className ? { class: className } : {}),
        width: '100%',
        height: '100%',
      }),
    [svg, label, className],
  );
  return <Fragment>{tree}</Fragment>;
}
