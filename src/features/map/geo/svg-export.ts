import { escapeXml } from '../../../lib/escape-xml';
import type { GroupTone } from '../../../model/country-groups';
import type { BaseMapPaths } from './base-map-paths';
import { labelLines, leaderPath, pointerPath } from './label-geometry';
import { fmt } from './leg-arc';
import { LEG_DASH, type LegStyle } from './leg-style';
import type { LegendModel } from './legend-model';
import { LINE_STYLE, MARK, type Overlay } from './map-overlay';
import type { ScaleBar, ViewTransform } from './scale-bar';
import { textWidth } from './text-width';

/** Colours resolved from the theme at export time: an exported file cannot read CSS variables. */
export interface ExportColours {
  background: string;
  water: string;
  land: string;
  coast: string;
  border: string;
  graticule: string;
  text: string;
  muted: string;
  halo: string;
  groups: Record<GroupTone, string>;
  travellers: string[];
  travellerInk: string[];
}

export interface SvgExportInput {
  size: { width: number; height: number };
  title: string;
  source: string;
  base: BaseMapPaths;
  shaded: { feature: number; tone: GroupTone }[];
  /** Maps base-map path coordinates to the screen: screen = k · p + (x, y). */
  baseTransform: ViewTransform;
  overlay: Overlay;
  legend: LegendModel;
  scaleBar: ScaleBar | null;
  colours: ExportColours;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const PAD = 16;

/** Greedy word wrap by estimated width. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, { size, bold }) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const colourOf = (c: ExportColours, index: number) =>
  c.travellers[index % c.travellers.length] ?? c.text;
const inkOf = (c: ExportColours, index: number) =>
  c.travellerInk[index % c.travellerInk.length] ?? c.background;
const dash = (style: LegStyle) => (LEG_DASH[style] ? ` stroke-dasharray="${LEG_DASH[style]}"` : '');

function drawMap(input: SvgExportInput): string {
  const { base, colours: c, baseTransform: t, overlay } = input;
  const sw = (px: number) => fmt(px / t.k).toString();
  const out: string[] = [
    `<rect width="${input.size.width}" height="${input.size.height}" fill="${c.background}"/>`,
    `<g transform="translate(${fmt(t.x)},${fmt(t.y)}) scale(${t.k})">`,
    `<path d="${base.sphere}" fill="${c.water}"/>`,
    `<path d="${base.graticule}" fill="none" stroke="${c.graticule}" stroke-width="${sw(0.5)}"/>`,
    `<path d="${base.land}" fill="${c.land}" stroke="${c.coast}" stroke-width="${sw(0.6)}"/>`,
    ...input.shaded.map(
      (s) => `<path d="${base.countries.get(s.feature) ?? ''}" fill="${c.groups[s.tone]}"/>`,
    ),
    `<path d="${base.borders}" fill="none" stroke="${c.border}" stroke-width="${sw(0.6)}"/>`,
    '</g>',
  ];
  for (const l of overlay.legs) {
    if (l.hidden) continue;
    const colour = colourOf(c, l.leg.travelerIndex);
    out.push(
      `<g data-leg="${escapeXml(l.leg.id)}"><title>${escapeXml(l.leg.name)}</title>`,
      `<path d="${l.d}" fill="none" stroke="${c.halo}" stroke-opacity="0.85" stroke-width="5" stroke-linecap="round"/>`,
      `<path d="${l.d}" fill="none" stroke="${colour}" stroke-width="2.25" stroke-linecap="round"${dash(l.leg.style)}/>`,
      `<path d="${l.arrow}" fill="${colour}" stroke="${c.halo}" stroke-width="1"/>`,
      `<circle cx="${fmt(l.mid[0])}" cy="${fmt(l.mid[1])}" r="${MARK.mid}" fill="${colour}" stroke="${c.halo}" stroke-width="1.5"/>`,
      `<text x="${fmt(l.mid[0])}" y="${fmt(l.mid[1] + 3.6)}" text-anchor="middle" font-size="10" font-weight="700" fill="${inkOf(c, l.leg.travelerIndex)}">${l.leg.number}</text></g>`,
    );
  }
  for (const d of overlay.dots) {
    if (d.pointer)
      out.push(`<path d="${pointerPath(d.pointer.at, d.pointer.angle)}" fill="${c.text}"/>`);
    else if (d.kind === 'country')
      out.push(
        `<rect x="${fmt(d.at[0] - MARK.square / 2)}" y="${fmt(d.at[1] - MARK.square / 2)}" width="${MARK.square}" height="${MARK.square}" fill="${c.text}" stroke="${c.halo}" stroke-width="1.5"/>`,
      );
    else
      out.push(
        d.primary
          ? `<circle cx="${fmt(d.at[0])}" cy="${fmt(d.at[1])}" r="${MARK.dot}" fill="${c.text}" stroke="${c.halo}" stroke-width="2"/>`
          : `<circle cx="${fmt(d.at[0])}" cy="${fmt(d.at[1])}" r="3.5" fill="${c.halo}" stroke="${c.muted}" stroke-width="1.5"/>`,
      );
  }
  const legsById = new Map(overlay.legs.map((l) => [l.leg.id, l.leg]));
  for (const label of overlay.labels) {
    if (label.hidden) continue;
    const leader = leaderPath(label);
    const leg = legsById.get(label.owner);
    // A leg's leader takes the traveller's colour, tying a displaced date to its line.
    if (leader)
      out.push(
        leg
          ? `<path d="${leader}" stroke="${colourOf(c, leg.travelerIndex)}" stroke-width="1.25" fill="none"/>`
          : `<path d="${leader}" stroke="${c.muted}" stroke-width="0.75" fill="none"/>`,
      );
    for (const line of labelLines(label)) {
      const s = LINE_STYLE[line.style];
      const attrs = [
        `x="${fmt(line.x)}"`,
        `y="${fmt(line.y)}"`,
        `text-anchor="${line.anchor}"`,
        `font-size="${s.size}"`,
        s.bold ? 'font-weight="600"' : '',
        s.italic ? 'font-style="italic"' : '',
        s.caps ? 'letter-spacing="1"' : '',
        `fill="${line.style === 'context' || line.style === 'date' ? c.muted : c.text}"`,
        `stroke="${c.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`,
      ].filter(Boolean);
      out.push(
        `<text ${attrs.join(' ')}>${escapeXml(s.caps ? line.text.toUpperCase() : line.text)}</text>`,
      );
    }
  }
  if (input.scaleBar) {
    const { px, label } = input.scaleBar;
    const y = input.size.height - 18;
    out.push(
      `<path d="M16,${y - 4}V${y}H${fmt(16 + px)}V${y - 4}" fill="none" stroke="${c.text}" stroke-width="1.5"/>`,
      `<text x="16" y="${y - 8}" font-size="11" fill="${c.text}" stroke="${c.halo}" stroke-width="3" paint-order="stroke">${escapeXml(label)}</text>`,
    );
  }
  return out.join('\n');
}

interface LegendItem {
  swatch: (x: number, y: number) => string;
  text: string;
}

function legendRows(
  legend: LegendModel,
  c: ExportColours,
): { heading: string; items: LegendItem[] }[] {
  const line = (colour: string, style: LegStyle) => (x: number, y: number) =>
    `<path d="M${x},${y}h24" stroke="${colour}" stroke-width="2.25" stroke-linecap="round"${dash(style)}/>`;
  const rows = [
    {
      heading: 'Travellers',
      items: legend.travellers.map((t) => ({
        swatch: line(colourOf(c, t.index), 'reported'),
        text: t.name,
      })),
    },
    {
      heading: 'Legs',
      items: legend.styles.map((s) => ({ swatch: line(c.text, s.style), text: s.label })),
    },
    {
      heading: 'Groupings in the article',
      items: legend.groups.map((g) => ({
        swatch: (x: number, y: number) =>
          `<rect x="${x}" y="${y - 6}" width="24" height="12" fill="${c.groups[g.tone]}" stroke="${c.border}" stroke-width="0.75"/>`,
        text: g.name,
      })),
    },
    {
      heading: 'Marks',
      items: [
        {
          swatch: (x: number, y: number) =>
            `<circle cx="${x + 12}" cy="${y}" r="4.5" fill="${c.text}"/>`,
          text: 'Place',
        },
        ...(legend.hasCountryMarks
          ? [
              {
                swatch: (x: number, y: number) =>
                  `<rect x="${x + 8.5}" y="${y - 3.5}" width="7" height="7" fill="${c.text}"/>`,
                text: 'Country, at its capital',
              },
            ]
          : []),
        ...(legend.offFrame.length > 0
          ? [
              {
                swatch: (x: number, y: number) =>
                  `<path d="${pointerPath([x + 10, y], 0)}" fill="${c.text}"/>`,
                text: `Off the map: ${legend.offFrame.join(', ')}`,
              },
            ]
          : []),
      ],
    },
  ];
  return rows.filter((r) => r.items.length > 0);
}

/**
 * The map as a standalone SVG: title, the current view, legend and source line, with every
 * colour written out (light or dark, as on screen) so it opens anywhere.
 */
export function mapToSvg(input: SvgExportInput): { svg: string; width: number; height: number } {
  const { width } = input.size;
  const c = input.colours;
  const titleLines = wrapText(input.title, width - 2 * PAD, 18, true);
  const mapTop = PAD + titleLines.length * 22 + 8;
  const parts: string[] = titleLines.map(
    (l, i) =>
      `<text x="${PAD}" y="${PAD + 16 + i * 22}" font-size="18" font-weight="700" fill="${c.text}">${escapeXml(l)}</text>`,
  );
  parts.push(
    `<svg x="0" y="${mapTop}" width="${width}" height="${input.size.height}" viewBox="0 0 ${width} ${input.size.height}" overflow="hidden">`,
    drawMap(input),
    '</svg>',
  );
  let y = mapTop + input.size.height + 22;
  for (const row of legendRows(input.legend, c)) {
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="11" font-weight="700" fill="${c.muted}">${escapeXml(row.heading.toUpperCase())}</text>`,
    );
    y += 18;
    let x = PAD;
    for (const item of row.items) {
      const w = 30 + textWidth(item.text, { size: 12 }) + 18;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += 20;
      }
      parts.push(
        item.swatch(x, y - 4),
        `<text x="${x + 30}" y="${y}" font-size="12" fill="${c.text}">${escapeXml(item.text)}</text>`,
      );
      x += w;
    }
    y += 24;
  }
  const sourceLines = wrapText(input.source, width - 2 * PAD, 11);
  for (const l of sourceLines) {
    parts.push(`<text x="${PAD}" y="${y}" font-size="11" fill="${c.muted}">${escapeXml(l)}</text>`);
    y += 15;
  }
  const height = Math.ceil(y + PAD - 11);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" role="img">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(input.source)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${c.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
