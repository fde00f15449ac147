import { escapeXml } from '../../../lib/escape-xml';
import { measureText } from '../../../lib/text-measure';
import { wrapText } from '../../../lib/wrap-text';
import { pointerPath } from '../geo/label-geometry';
import { LEG_DASH, type LegStyle } from '../geo/leg-style';
import type { LegendModel } from '../geo/legend-model';
import { travellerColours, type MapPalette } from './map-palette';

const e = escapeXml;
const n = (v: number) => String(Math.round(v * 10) / 10);

interface LegendItem {
  /** The swatch, drawn with its left edge at x and its middle at y. */
  swatch: (x: number, y: number) => string;
  text: string;
}

function legendRows(
  legend: LegendModel,
  p: MapPalette,
  k: number,
): { heading: string; items: LegendItem[] }[] {
  const line = (colour: string, style: LegStyle) => (x: number, y: number) => {
    const dash = LEG_DASH[style];
    const scaled = dash
      ? ` stroke-dasharray="${dash
          .split(' ')
          .map((v) => n(Number(v) * k))
          .join(' ')}"`
      : '';
    return `<path d="M${n(x)},${n(y)}h${n(24 * k)}" stroke="${e(colour)}" stroke-width="${n(2.25 * k)}" stroke-linecap="round"${scaled}/>`;
  };
  const marks: LegendItem[] = [
    {
      swatch: (x, y) =>
        `<circle cx="${n(x + 12 * k)}" cy="${n(y)}" r="${n(4.5 * k)}" fill="${e(p.text)}"/>`,
      text: 'Place',
    },
  ];
  if (legend.hasCountryMarks)
    marks.push({
      swatch: (x, y) =>
        `<rect x="${n(x + 8.5 * k)}" y="${n(y - 3.5 * k)}" width="${n(7 * k)}" height="${n(7 * k)}" fill="${e(p.text)}"/>`,
      text: 'Country, at its capital',
    });
  if (legend.hasContextPlaces)
    marks.push({
      swatch: (x, y) =>
        `<circle cx="${n(x + 12 * k)}" cy="${n(y)}" r="${n(3.5 * k)}" fill="${e(p.halo)}" stroke="${e(p.muted)}" stroke-width="${n(1.5 * k)}"/>`,
      text: 'Also named',
    });
  if (legend.offFrame.length > 0)
    marks.push({
      swatch: (x, y) => `<path d="${pointerPath([x + 10 * k, y], 0, 7 * k)}" fill="${e(p.text)}"/>`,
      text: `Off the map: ${legend.offFrame.join(', ')}`,
    });
  const rows = [
    {
      heading: 'Travellers',
      items: legend.travellers.map((t) => ({
        swatch: line(travellerColours(p, t.index).line, 'reported'),
        text: t.name,
      })),
    },
    {
      heading: 'Legs',
      items: legend.styles.map((s) => ({ swatch: line(p.text, s.style), text: s.label })),
    },
    {
      heading: 'Groupings in the article',
      items: legend.groups.map((g) => ({
        swatch: (x: number, y: number) =>
          `<rect x="${n(x)}" y="${n(y - 6 * k)}" width="${n(24 * k)}" height="${n(12 * k)}" fill="${e(p.groups[g.tone])}" stroke="${e(p.border)}" stroke-width="${n(0.75 * k)}"/>`,
        text: g.name,
      })),
    },
    { heading: 'Marks', items: marks },
  ];
  return rows.filter((r) => r.items.length > 0);
}

/**
 * The legend under an exported map: a heading per row (travellers, leg styles, groupings,
 * marks), items flowing left to right and wrapping by the shared text measure, then the legs
 * the map cannot draw, in words. Returns the markup and the height it takes.
 */
export function writeMapLegend(
  legend: LegendModel,
  p: MapPalette,
  box: { x: number; y: number; width: number },
  k: number,
): { svg: string[]; height: number } {
  const out: string[] = [];
  const textSize = 12 * k;
  const headingSize = 11 * k;
  let y = box.y + headingSize;
  for (const row of legendRows(legend, p, k)) {
    out.push(
      `<text x="${n(box.x)}" y="${n(y)}" font-size="${n(headingSize)}" font-weight="700" letter-spacing="${n(0.06 * headingSize)}" fill="${e(p.muted)}">${e(row.heading.toUpperCase())}</text>`,
    );
    y += 18 * k;
    let x = box.x;
    for (const item of row.items) {
      const w = 30 * k + measureText(item.text, { size: textSize }) + 18 * k;
      if (x > box.x && x + w > box.x + box.width) {
        x = box.x;
        y += 20 * k;
      }
      out.push(
        item.swatch(x, y - 4 * k),
        `<text x="${n(x + 30 * k)}" y="${n(y)}" font-size="${n(textSize)}" fill="${e(p.text)}">${e(item.text)}</text>`,
      );
      x += w;
    }
    y += 24 * k;
  }
  if (legend.undrawn.length > 0) {
    const note = `Not on the map: ${legend.undrawn.join('; ')}.`;
    for (const line of wrapText(note, box.width, { size: textSize })) {
      out.push(
        `<text x="${n(box.x)}" y="${n(y)}" font-size="${n(textSize)}" fill="${e(p.muted)}">${e(line)}</text>`,
      );
      y += 16 * k;
    }
    y += 8 * k;
  }
  return { svg: out, height: y - box.y - headingSize };
}
