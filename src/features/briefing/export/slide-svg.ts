import { escapeXml } from '../../../lib/escape-xml';
import { CHAR_EM, wrapText } from './wrap-text';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

/** Everything a slide picture says. */
export interface SlideSvgContent {
  number: number;
  count: number;
  title: string;
  caption: string;
  quotes: string[];
  /** "Kim Oi-hyun, The Hankyoreh, 8 Oct 2018", under the quotes. */
  citation: string;
  /** "Source: … Geography: Natural Earth." at the foot. */
  sourceLine: string;
  /** The view's own SVG element, serialised, with the size it was drawn at; null leaves it out. */
  view: { markup: string; width: number; height: number } | null;
  /** Said where the view would be when it is left out ("The map is not in this picture."). */
  viewNote: string | null;
}

export interface SlidePalette {
  background: string;
  text: string;
  muted: string;
  accent: string;
  rule: string;
}

/** Exports are light: they end up in documents and on paper. Text colours pass WCAG AAA on white. */
export const EXPORT_PALETTE: SlidePalette = {
  background: '#ffffff',
  text: '#111418',
  muted: '#3d4650',
  accent: '#005a8c',
  rule: '#c9c4ba',
};

const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const SERIF = "ui-serif, Georgia, 'Times New Roman', serif";
const MARGIN = 96;

function textBlock(
  lines: string[],
  x: number,
  y: number,
  size: number,
  lineHeight: number,
  attrs: string,
): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join('\n');
}

/**
 * The slide as a standalone SVG document at 1920×1080: title, caption, the view (when given),
 * the quotes with their citation, and the source line. Pure: the caller supplies the view's
 * markup, so this runs and is tested without a browser.
 */
export function renderSlideSvg(
  content: SlideSvgContent,
  palette: SlidePalette = EXPORT_PALETTE,
): string {
  const width = SLIDE_WIDTH;
  const height = SLIDE_HEIGHT;
  const inner = width - 2 * MARGIN;
  const parts: string[] = [];
  const sans = `font-family="${escapeXml(SANS)}"`;
  const serif = `font-family="${escapeXml(SERIF)}"`;

  parts.push(`<rect width="${width}" height="${height}" fill="${palette.background}"/>`);
  parts.push(
    `<text x="${width - MARGIN}" y="${MARGIN - 32}" font-size="26" text-anchor="end" fill="${palette.muted}" ${sans}>${content.number} / ${content.count}</text>`,
  );

  let y = MARGIN + 40;
  const titleLines = wrapText(content.title, inner - 160, 64, CHAR_EM.sansBold, 2);
  parts.push(
    textBlock(
      titleLines,
      MARGIN,
      y + 24,
      64,
      76,
      `font-weight="700" fill="${palette.text}" ${sans}`,
    ),
  );
  y += 24 + titleLines.length * 76;
  if (content.caption.trim() !== '') {
    const captionLines = wrapText(content.caption, inner, 36, CHAR_EM.sans, 3);
    parts.push(textBlock(captionLines, MARGIN, y + 8, 36, 48, `fill="${palette.text}" ${sans}`));
    y += 8 + captionLines.length * 48;
  }
  const bodyTop = y + 32;
  const footTop = height - 120;

  let textX = MARGIN;
  let textWidth = inner;
  if (content.view !== null) {
    const viewWidth = Math.round(inner * 0.6);
    const viewHeight = footTop - bodyTop - 24;
    const { markup, width: vw, height: vh } = content.view;
    parts.push(
      `<rect x="${MARGIN}" y="${bodyTop}" width="${viewWidth}" height="${viewHeight}" fill="none" stroke="${palette.rule}" stroke-width="2"/>`,
      `<svg x="${MARGIN + 4}" y="${bodyTop + 4}" width="${viewWidth - 8}" height="${viewHeight - 8}" viewBox="0 0 ${vw} ${vh}" preserveAspectRatio="xMidYMid meet">${markup}</svg>`,
    );
    textX = MARGIN + viewWidth + 64;
    textWidth = inner - viewWidth - 64;
  }

  const quoteSize = content.view === null ? 40 : 32;
  const quoteLead = Math.round(quoteSize * 1.4);
  const quotes = content.quotes.filter((q) => q.trim() !== '');
  let qy = bodyTop + quoteSize;
  const citationSpace = quotes.length > 0 ? 100 : 0;
  const noteSpace = content.viewNote !== null ? 56 : 0;
  quotes.forEach((quote) => {
    const room = Math.floor((footTop - citationSpace - noteSpace - qy) / quoteLead);
    if (room < 1) return;
    // No added quotation marks: the bar marks a quote, and the article's own marks stay as they are.
    const lines = wrapText(quote, textWidth - 32, quoteSize, CHAR_EM.serif, room);
    parts.push(
      `<rect x="${textX}" y="${qy - quoteSize + 4}" width="6" height="${(lines.length - 1) * quoteLead + quoteSize + 8}" fill="${palette.accent}"/>`,
      textBlock(lines, textX + 32, qy, quoteSize, quoteLead, `fill="${palette.text}" ${serif}`),
    );
    qy += lines.length * quoteLead + 28;
  });
  if (quotes.length > 0) {
    const citation = wrapText(`— ${content.citation}`, textWidth - 32, 28, CHAR_EM.sans, 2);
    parts.push(textBlock(citation, textX + 32, qy + 12, 28, 36, `fill="${palette.muted}" ${sans}`));
  }
  if (content.viewNote !== null)
    parts.push(
      `<text x="${MARGIN}" y="${footTop - 24}" font-size="26" font-style="italic" fill="${palette.muted}" ${sans}>${escapeXml(content.viewNote)}</text>`,
    );

  parts.push(
    `<line x1="${MARGIN}" y1="${footTop + 8}" x2="${width - MARGIN}" y2="${footTop + 8}" stroke="${palette.rule}" stroke-width="2"/>`,
    textBlock(
      wrapText(content.sourceLine, inner, 26, CHAR_EM.sans, 2),
      MARGIN,
      footTop + 56,
      26,
      34,
      `fill="${palette.muted}" ${sans}`,
    ),
  );

  const label = `Slide ${content.number} of ${content.count}: ${content.title}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}">`,
    `<title>${escapeXml(label)}</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
