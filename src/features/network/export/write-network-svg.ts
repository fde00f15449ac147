import type { EntityKind } from '../../../bundle/bundle-schema';
import { ENTITY_KIND_PLURAL } from '../../../model/entity-kinds';
import type { SvgOptions, SvgPicture } from '../../../ui/view-module';
import { relationKindStyle } from '../../../model/relation-kinds';
import { dashArray } from '../layout/build-network-scene';
import { edgeTone } from '../layout/edge-tone';
import { lineCrowding } from '../layout/line-crowding';
import { measureLabel, type MeasureText } from '../layout/label-measure';
import { nodeShapePath } from '../layout/node-shape';
import { wrapText } from '../../../lib/wrap-text';
import type { NetworkViewScene } from '../network-scene';
import { escapeXml } from '../../../lib/escape-xml';
import { tieAttribute } from '../graph/derived-ties';
import {
  DARK_NETWORK_PALETTE,
  LIGHT_NETWORK_PALETTE,
  type NetworkPalette,
} from './network-palette';

/** The interface font stack of styles.css (--font-ui): what the screen draws labels in. */
export const UI_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export interface NetworkSvgOptions extends SvgOptions {
  /** Resolved colours (the screen passes the live theme's); default: the theme's table. */
  palette?: NetworkPalette;
  fontFamily?: string;
  measure?: MeasureText;
}

const PAD = 24;
const e = escapeXml;
const n = (v: number) => String(Math.round(v * 100) / 100);

interface LegendItem {
  swatch: string;
  text: string;
  bold?: boolean;
}

function legendItems(scene: NetworkViewScene, p: NetworkPalette): LegendItem[] {
  const { kinds, relationKinds, groups } = scene.legend;
  return [
    { swatch: '', text: 'Kinds', bold: true },
    ...kinds.map((k: EntityKind) => ({
      swatch: `<path transform="translate(9,0)" d="${nodeShapePath(k, 6)}" fill="${e(p.kinds[k])}"/>`,
      text: ENTITY_KIND_PLURAL[k],
    })),
    { swatch: '', text: 'Relations', bold: true },
    ...relationKinds.map((kind) => {
      const style = relationKindStyle(kind);
      const width = style.weight === 'heavy' ? 3 : style.weight === 'normal' ? 1.6 : 1.1;
      const tone = style.opposed ? 'opposed' : style.weight === 'heavy' ? 'strong' : 'muted';
      const end = style.opposed
        ? `<path d="M20,-4.5L20,4.5" stroke="${e(p.edge[tone])}" stroke-width="${width}"/>`
        : style.directed
          ? `<path d="M21,0L15,-3.5L15,3.5Z" fill="${e(p.edge[tone])}"/>`
          : '';
      return {
        swatch: `<path d="M0,0L${style.directed && !style.opposed ? 16 : 20},0" stroke="${e(p.edge[tone])}" stroke-width="${width}"/>${end}`,
        text: style.label,
      };
    }),
    { swatch: '', text: 'Lines', bold: true },
    ...(
      [
        ['solid', 'stated'],
        ['dashed', 'inferred'],
        ['dotted', 'planned'],
      ] as const
    ).map(([pattern, text]) => {
      const dash = dashArray(pattern, 1.6);
      return {
        swatch: `<path d="M0,0L20,0" stroke="${e(p.muted)}" stroke-width="1.6" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
        text,
      };
    }),
    ...(groups.length > 0 ? [{ swatch: '', text: 'Groupings', bold: true }] : []),
    ...groups.map((g) => ({
      swatch: `<rect x="0" y="-6" width="20" height="12" rx="4" fill="${e(p.groups[g.tone])}"/>`,
      text: g.name,
    })),
  ];
}

/** The drawing itself, in scene coordinates (0,0 at the panel's corner). */
function drawDiagram(
  scene: NetworkViewScene,
  p: NetworkPalette,
  emphasis: 'none' | 'scene' | 'presentation',
): string[] {
  const show = emphasis !== 'none' && scene.emphasis;
  // Workspace dimming fades the context; a slide greys it instead, at ≥ 3:1 contrast.
  const fade = (dimmed: boolean) =>
    show && dimmed && emphasis === 'scene' ? ' opacity="0.3"' : '';
  const grey = (dimmed: boolean) => show && dimmed && emphasis === 'presentation';
  const edgeLabels =
    emphasis === 'none' ? [] : scene.edges.flatMap((s) => (s.subject && s.label ? [s.label] : []));
  const crowd = lineCrowding(scene.edges.length);
  return [
    ...scene.hulls.map((h) => `<path d="${h.d}" fill="${e(p.groups[h.group.tone])}"/>`),
    ...scene.edges.map((s) => {
      const ink = e(grey(s.dimmed) ? p.context : p.edge[edgeTone(s.edge)]);
      const lit = show && s.subject;
      // A crowded picture's lines are hairlines, faint; the selection's keep their ink.
      const thin = crowd.crowded && !lit;
      const width = lit ? s.strokeWidth + 1.2 : thin ? 1 : s.strokeWidth;
      const faint = thin ? ` opacity="${crowd.opacity}"` : '';
      const dash = s.dasharray ? ` stroke-dasharray="${s.dasharray}"` : '';
      const marker = s.geometry.marker
        ? s.geometry.marker.kind === 'arrow'
          ? `<path d="${s.geometry.marker.d}" fill="${ink}"${faint}/>`
          : `<path d="${s.geometry.marker.d}" stroke="${ink}" stroke-width="${n(width + 0.4)}"${faint}/>`
        : '';
      const halo =
        show && s.subject
          ? `<path d="${s.geometry.d}" fill="none" stroke="${e(p.halo)}" stroke-width="${n(width + 5)}" stroke-linecap="round"/>`
          : '';
      return `<g ${tieAttribute(s.edge.from)}="${e(s.edge.id)}"${show && s.selected ? ' data-selected="true"' : ''}${fade(s.dimmed)}>${halo}<path d="${s.geometry.d}" fill="none" stroke="${ink}" stroke-width="${n(width)}" stroke-linecap="${thin ? 'butt' : 'round'}"${faint}${dash}/>${marker}</g>`;
    }),
    ...scene.hulls.flatMap((h) =>
      h.caption
        ? [
            `<text x="${n(h.caption.x)}" y="${n(h.caption.y)}" text-anchor="${h.caption.anchor}" font-size="${n(h.caption.fontSize)}" font-weight="700" fill="${e(p.muted)}" stroke="${e(p.background)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${e(h.caption.lines[0] ?? '')}</text>`,
          ]
        : [],
    ),
    ...scene.nodes.map((s) => {
      const fill = e(grey(s.dimmed) ? p.context : p.kinds[s.node.kind]);
      const ring =
        show && s.subject
          ? `<path d="${s.ring}" fill="none" stroke="${e(p.text)}" stroke-width="2"/>`
          : '';
      // The outline parts touching shapes; on the dots of a crowded picture it hid the colour.
      const outline = n(crowd.crowded ? Math.min(1.5, s.r * 0.25) : 1.5);
      return `<g data-entity="${e(s.node.id)}"${show && s.selected ? ' data-selected="true"' : ''} transform="translate(${n(s.x)},${n(s.y)})"${fade(s.dimmed)}><title>${e(s.ariaLabel)}</title>${ring}<path d="${s.shape}" fill="${fill}" stroke="${e(p.background)}" stroke-width="${outline}"/></g>`;
    }),
    ...scene.nodes.flatMap((s) => {
      const l = s.label;
      if (!l) return [];
      const ink = e(grey(s.dimmed) ? p.context : p.text);
      const leader = l.leader
        ? `<path d="M${n(l.leader.x1)},${n(l.leader.y1)}L${n(l.leader.x2)},${n(l.leader.y2)}" stroke="${e(p.muted)}" stroke-width="0.75"/>`
        : '';
      const spans = l.lines
        .map(
          (line, i) => `<tspan x="${n(l.x)}" y="${n(l.y + i * l.lineHeight)}">${e(line)}</tspan>`,
        )
        .join('');
      const bold = l.bold || (show && s.subject);
      return [
        `<g${fade(s.dimmed)}>${leader}<text text-anchor="${l.anchor}" font-size="${n(l.fontSize)}"${bold ? ' font-weight="700"' : ''} fill="${ink}" stroke="${e(p.background)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${spans}</text></g>`,
      ];
    }),
    ...edgeLabels.map((l) => {
      const spans = l.lines
        .map(
          (line, i) =>
            `<tspan x="${n(l.x)}" y="${n(l.y + i * l.lineHeight)}"${i >= l.lines.length - l.dateLines ? ` fill="${e(p.muted)}"` : ''}>${e(line)}</tspan>`,
        )
        .join('');
      const leader = l.leader
        ? `<path d="M${n(l.leader.x1)},${n(l.leader.y1)}L${n(l.leader.x2)},${n(l.leader.y2)}" stroke="${e(p.muted)}" stroke-width="1"/>`
        : '';
      return `<g>${leader}<rect x="${n(l.box.x)}" y="${n(l.box.y)}" width="${n(l.box.width)}" height="${n(l.box.height)}" rx="4" fill="${e(p.background)}" stroke="${e(p.muted)}" stroke-width="0.75"/><text text-anchor="middle" font-size="${n(l.fontSize)}" fill="${e(p.text)}">${spans}</text></g>`;
    }),
  ];
}

/**
 * The network scene as a standalone SVG file. With `frame` (the default), a title above, a legend
 * and the source line below, as a download needs; without, the bare drawing at the scene's size,
 * as a slide or a thumbnail places it. Colours are written in as attributes, so the file looks
 * the same in any viewer and rasterises to PNG without the page's stylesheet.
 */
export function writeNetworkSvg(
  scene: NetworkViewScene,
  options: NetworkSvgOptions = {},
): SvgPicture {
  const p =
    options.palette ?? (options.theme === 'dark' ? DARK_NETWORK_PALETTE : LIGHT_NETWORK_PALETTE);
  const fontFamily = options.fontFamily ?? UI_FONT;
  const measure = options.measure ?? measureLabel;
  const emphasis = options.emphasis ?? 'none';
  const body = drawDiagram(scene, p, emphasis);
  const open = (width: number, height: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${e(fontFamily)}">`;

  if (options.frame === false) {
    const svg = [
      open(scene.width, scene.height),
      `<title>${e(`Network: ${scene.title}`)}</title>`,
      `<rect width="100%" height="100%" fill="${e(p.background)}"/>`,
      ...body,
      '</svg>',
    ].join('\n');
    return { svg, width: scene.width, height: scene.height };
  }

  const k = scene.labelScale;
  const width = scene.width + PAD * 2;
  const inner = width - PAD * 2;
  const titleSize = 20 * k;
  const titleLines = wrapText(
    scene.title,
    inner,
    { size: titleSize, weight: 'bold', font: 'serif' },
    { maxLines: 3 },
  );
  const top = PAD + titleLines.length * titleSize * 1.25;
  const diagramTop = top + 10;

  // Legend: items flow left to right and wrap; each a swatch and its words.
  const legendSize = 12 * k;
  const rowHeight = 22 * k;
  let x = 0;
  let row = 0;
  const legend: string[] = [];
  for (const item of legendItems(scene, p)) {
    const textWidth = measure(item.text, legendSize, item.bold ?? false);
    const w = (item.swatch ? 26 * k : 0) + textWidth + (item.bold ? 10 : 18) * k;
    if (x > 0 && (x + w > inner || item.bold)) {
      x = 0;
      row += 1;
    }
    const swatch =
      item.swatch && k !== 1 ? `<g transform="scale(${n(k)})">${item.swatch}</g>` : item.swatch;
    legend.push(
      `<g transform="translate(${n(x)},${n(row * rowHeight)})">${swatch}<text x="${n(item.swatch ? 26 * k : 0)}" y="${n(4 * k)}" font-size="${n(legendSize)}"${item.bold ? ' font-weight="700"' : ''} fill="${e(p.text)}">${e(item.text)}</text></g>`,
    );
    x += w;
  }
  const legendTop = diagramTop + scene.height + 20 * k;
  const sourceTop = legendTop + (row + 1) * rowHeight + 8 * k;
  const height = sourceTop + PAD;

  const svg = [
    open(width, height),
    `<title>${e(scene.title)}</title>`,
    `<rect width="100%" height="100%" fill="${e(p.background)}"/>`,
    `<text font-family="ui-serif, Georgia, 'Times New Roman', serif" font-size="${n(titleSize)}" font-weight="700" fill="${e(p.text)}">${titleLines
      .map(
        (line, i) =>
          `<tspan x="${PAD}" y="${n(PAD + titleSize + i * titleSize * 1.25 - 4)}">${e(line)}</tspan>`,
      )
      .join('')}</text>`,
    `<g transform="translate(${PAD},${n(diagramTop)})">${body.join('')}</g>`,
    `<g transform="translate(${PAD},${n(legendTop)})">${legend.join('')}</g>`,
    `<text x="${PAD}" y="${n(sourceTop)}" font-size="${n(12 * k)}" fill="${e(p.muted)}">${e(scene.source)}</text>`,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
