import { createElement, Fragment, useMemo, type ReactNode } from 'react';
import type { MarkMove } from './mark-moves';

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

/** The attributes that tie a mark to a bundle item, in the order a key is taken from them. */
const MARK_ATTRIBUTES = ['data-entity', 'data-relation', 'data-event', 'data-leg', 'data-place'];

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
  for (const attr of MARK_ATTRIBUTES) {
    const v = el.getAttribute(attr);
    if (v !== null) return `${attr}:${v}:${el.localName}`;
  }
  return null;
}

/** A picture parsed once into plain data; rendering it again (with moves) needs no parse. */
export interface SvgNode {
  tag: string;
  props: Record<string, string>;
  children: (SvgNode | string)[];
  /**
   * For the outermost element standing for a bundle item: a key unique in the picture and the
   * same in the next picture of the same view (its id, element name and occurrence).
   */
  mark: string | null;
}

function parseNode(
  node: Node,
  seen: Map<string, number>,
  inMark: boolean,
): SvgNode | string | null {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const el = node as Element;
  if (!ELEMENTS.has(el.localName)) return null;
  const props: Record<string, string> = {};
  for (const attr of el.attributes) {
    const prop = svgPropName(attr.name);
    if (prop === null || prop === 'xmlns' || prop === 'xmlnsXlink') continue;
    if (prop === 'href' && !safeHref(attr.value)) continue;
    props[prop] = attr.value;
  }
  // Only the outermost mark moves in a transition: a mark inside it moves with it.
  const base = inMark ? null : markKey(el);
  let mark: string | null = null;
  if (base !== null) {
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    mark = `${base}#${n}`;
  }
  const children: (SvgNode | string)[] = [];
  el.childNodes.forEach((child) => {
    const parsed = parseNode(child, seen, inMark || mark !== null);
    if (parsed !== null && parsed !== '') children.push(parsed);
  });
  return { tag: el.localName, props, children, mark };
}

/** The root <svg> of a document as plain data; null when the text is not an SVG. */
export function parseSvg(svg: string): SvgNode | null {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return null;
  const parsed = parseNode(root, new Map(), false);
  return typeof parsed === 'object' ? parsed : null;
}

/** How to render a parsed picture. */
export interface SvgRenderOptions {
  /** Props set on the root <svg>. */
  rootProps?: Record<string, string>;
  /**
   * A copy for show only (the picture a transition leaves): no ids, names or titles, so tests,
   * links and screen readers see only the real picture.
   */
  ghost?: boolean;
  /** Per mark, how far it moves in a transition, in its parent's units. */
  moves?: ReadonlyMap<string, MarkMove>;
  /**
   * Wrap the picture's drawing in `<g class="deck-camera">` (its title and description stay
   * outside), so a camera move can transform it whole. Map pictures are always wrapped, so the
   * tree keeps its shape when a move starts.
   */
  camera?: boolean;
}

function renderNode(node: SvgNode | string, key: string, o: SvgRenderOptions): ReactNode {
  if (typeof node === 'string') return node;
  if (o.ghost && (node.tag === 'title' || node.tag === 'desc')) return null;
  const props: Record<string, unknown> = { key: node.mark ?? key };
  for (const [name, value] of Object.entries(node.props)) {
    if (o.ghost && (name.startsWith('data-') || name.startsWith('aria-') || name === 'role'))
      continue;
    props[name] = value;
  }
  if (node.mark !== null) {
    props['data-mark-key'] = node.mark;
    const move = o.moves?.get(node.mark);
    if (move) props.style = { '--dx': String(move.dx), '--dy': String(move.dy) };
  }
  const children = node.children.map((child, i) => renderNode(child, `${key}.${i}`, o));
  return createElement(node.tag, props, ...children);
}

/** A parsed picture as React elements. */
export function renderSvg(root: SvgNode, options: SvgRenderOptions = {}): ReactNode {
  const extra = Object.entries(options.rootProps ?? {}).flatMap(([name, value]) => {
    const prop = svgPropName(name);
    return prop === null ? [] : [[prop, value] as const];
  });
  const children: SvgNode['children'] = options.camera
    ? [
        ...root.children.filter(
          (c) => typeof c !== 'string' && (c.tag === 'title' || c.tag === 'desc'),
        ),
        {
          tag: 'g',
          props: { className: 'deck-camera' },
          children: root.children.filter(
            (c) => typeof c === 'string' || (c.tag !== 'title' && c.tag !== 'desc'),
          ),
          mark: null,
        },
      ]
    : root.children;
  const withRoot: SvgNode = {
    ...root,
    props: { ...root.props, ...Object.fromEntries(extra) },
    children,
  };
  return renderNode(withRoot, 'svg', options);
}

/** The root <svg> of a document, as React elements; null when the text is not an SVG. */
export function svgElements(svg: string, rootProps: Record<string, string> = {}): ReactNode {
  const root = parseSvg(svg);
  return root === null ? null : renderSvg(root, { rootProps });
}

/**
 * A picture written by a view's SVG writer, drawn inline by React (no innerHTML), so its marks
 * keep their data-entity / data-selected attributes for tests, links and the evidence overlay,
 * and its text stays text for screen readers, search and print.
 */
export function SvgTree(props: {
  svg: string;
  label: string;
  className?: string;
  ghost?: boolean;
  moves?: ReadonlyMap<string, MarkMove>;
  /** Wrap the drawing for a camera move (see SvgRenderOptions.camera). */
  camera?: boolean;
}) {
  const { svg, label, className, ghost, moves, camera } = props;
  const root = useMemo(() => parseSvg(svg), [svg]);
  const tree = useMemo(
    () =>
      root === null
        ? null
        : renderSvg(root, {
            rootProps: {
              ...(ghost ? {} : { role: 'img', 'aria-label': label }),
              ...(className ? { class: className } : {}),
              width: '100%',
              height: '100%',
            },
            ghost,
            moves,
            camera,
          }),
    [root, label, className, ghost, moves, camera],
  );
  return <Fragment>{tree}</Fragment>;
}
