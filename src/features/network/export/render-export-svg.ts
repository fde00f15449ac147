import type { EntityKind } from '../../../bundle/bundle-schema';
import type { CountryGroup, GroupTone } from '../../../model/country-groups';
import { ENTITY_KIND_PLURAL } from '../../../model/entity-kinds';
import { relationKindStyle } from '../graph/relation-kinds';
import type { NetworkScene } from '../layout/build-network-scene';
import { dashArray } from '../layout/build-network-scene';
import { edgeTone, type EdgeTone } from '../layout/edge-tone';
import { estimateTextWidth, type MeasureText } from '../layout/measure-text';
import { nodeShapePath } from '../layout/node-shape';
import { wrapLabel } from '../layout/wrap-label';
import { escapeXml } from './escape-xml';

/** Colours resolved from the app's CSS variables at export time (the file carries no CSS). */
export interface ExportPalette {
  background: string;
  text: string;
  muted: string;
  edge: Record<EdgeTone, string>;
  kinds: Record<EntityKind, string>;
  groups: Record<GroupTone, string>;
}

export interface ExportSvgInput {
  scene: NetworkScene;
  palette: ExportPalette;
  title: string;
  /** "Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018" */
  source: string;
  kinds: readonly EntityKind[];
  relationKinds: readonly string[];
  groups: readonly CountryGroup[];
  fontFamily: string;
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

/**
 * The diagram as a standalone SVG file: title, the drawing as shown (filters applied, nothing
 * dimmed), legend and source line. Colours are written in as attributes, so the file looks
 * the same in any viewer and rasterises to PNG without the page's stylesheet.
 */
export function renderExportSvg(input: ExportSvgInput): {
  svg: string;
  width: number;
  height: number;
} {
  const { scene, palette: p, fontFamily } = input;
  const measure = input.measure ?? estimateTextWidth;
  const width = scene.width + PAD * 2;
  const inner = width - PAD * 2;

  const titleSize = 20;
  const titleLines = wrapLabel(input.title, Math.max(20, Math.floor(inner / (titleSize * 0.5))), 3);
  const top = PAD + titleLines.length * titleSize * 1.25;
  const diagramTop = top + 10;

  // Legend: items flow left to right and wrap; each a swatch and its words.
  const items: LegendItem[] = [
    { swatch: '', text: 'Kinds', bold: true },
    ...input.kinds.map((k) => ({
      swatch: `<path transform="translate(9,0)" d="${nodeShapePath(k, 6)}" fill="${e(p.kinds[k])}"/>`,
      text: ENTITY_KIND_PLURAL[k],
    })),
    { swatch: '', text: 'Relations', bold: true },
    ...input.relationKinds.map((kind) => {
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
    ...(input.groups.length > 0 ? [{ swatch: '', text: 'Groupings', bold: true }] : []),
    ...input.groups.map((g) => ({
      swatch: `<rect x="0" y="-6" width="20" height="12" rx="4" fill="${e(p.groups[g.tone])}"/>`,
      text: g.name,
    })),
  ];
  const legendSize = 12;
  const rowHeight = 22;
  let x = 0;
  let row = 0;
  const legend: string[] = [];
  for (const item of items) {
    const textWidth = measure(item.text, legendSize, item.bold ?? false);
    const w = (item.swatch ? 26 : 0) + textWidth + (item.bold ? 10 : 18);
    if (x > 0 && (x + w > inner || (item.bold && x > 0))) {
      x = 0;
      row += 1;
    }
    const y = row * rowHeight;
    legend.push(
      `<g transform="translate(${n(x)},${n(y)})">${item.swatch}<text x="${item.swatch ? 26 : 0}" y="4" font-size="${legendSize}"${item.bold ? ' font-weight="700"' : ''} fill="${e(p.text)}">${e(item.text)}</text></g>`,
    );
    x += w;
  }
  const legendTop = diagramTop + scene.height + 20;
  const sourceTop = legendTop + (row + 1) * rowHeight + 8;
  const height = sourceTop + PAD;

  const body = [
    ...scene.hulls.map((h) => `<path d="${h.d}" fill="${e(p.groups[h.group.tone])}"/>`),
    ...scene.edges.map((s) => {
      const ink = e(p.edge[edgeTone(s.edge)]);
      const dash = s.dasharray ? ` stroke-dasharray="${s.dasharray}"` : '';
      const marker = s.geometry.marker
        ? s.geometry.marker.kind === 'arrow'
          ? `<path d="${s.geometry.marker.d}" fill="${ink}"/>`
          : `<path d="${s.geometry.marker.d}" stroke="${ink}" stroke-width="${n(s.strokeWidth + 0.4)}"/>`
        : '';
      return `<g><path d="${s.geometry.d}" fill="none" stroke="${ink}" stroke-width="${s.strokeWidth}" stroke-linecap="round"${dash}/>${marker}</g>`;
    }),
    ...scene.hulls.flatMap((h) =>
      h.caption
        ? [
            `<text x="${n(h.caption.x)}" y="${n(h.caption.y)}" text-anchor="${h.caption.anchor}" font-size="${h.caption.fontSize}" font-weight="700" fill="${e(p.muted)}" stroke="${e(p.background)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${e(h.caption.lines[0] ?? '')}</text>`,
          ]
        : [],
    ),
    ...scene.nodes.map(
      (s) =>
        `<path transform="translate(${n(s.x)},${n(s.y)})" d="${s.shape}" fill="${e(p.kinds[s.node.kind])}" stroke="${e(p.background)}" stroke-width="1.5"/>`,
    ),
    ...scene.labels.placed
      .filter((l) => l.leader !== null)
      .map(
        (l) =>
          `<path d="M${n(l.leader?.x1 ?? 0)},${n(l.leader?.y1 ?? 0)}L${n(l.leader?.x2 ?? 0)},${n(l.leader?.y2 ?? 0)}" stroke="${e(p.muted)}" stroke-width="0.75"/>`,
      ),
    ...scene.labels.placed.map((l) => {
      const spans = l.lines
        .map(
          (line, i) => `<tspan x="${n(l.x)}" y="${n(l.y + i * l.lineHeight)}">${e(line)}</tspan>`,
        )
        .join('');
      return `<text text-anchor="${l.anchor}" font-size="${l.fontSize}"${l.bold ? ' font-weight="700"' : ''} fill="${e(p.text)}" stroke="${e(p.background)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${spans}</text>`;
    }),
  ];

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${e(fontFamily)}">`,
    `<title>${e(input.title)}</title>`,
    `<rect width="100%" height="100%" fill="${e(p.background)}"/>`,
    `<text font-family="ui-serif, Georgia, 'Times New Roman', serif" font-size="${titleSize}" font-weight="700" fill="${e(p.text)}">${titleLines
      .map(
        (line, i) =>
          `<tspan x="${PAD}" y="${n(PAD + titleSize + i * titleSize * 1.25 - 4)}">${e(line)}</tspan>`,
      )
      .join('')}</text>`,
    `<g transform="translate(${PAD},${n(diagramTop)})">${body.join('')}</g>`,
    `<g transform="translate(${PAD},${n(legendTop)})">${legend.join('')}</g>`,
    `<text x="${PAD}" y="${n(sourceTop)}" font-size="12" fill="${e(p.muted)}">${e(input.source)}</text>`,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
