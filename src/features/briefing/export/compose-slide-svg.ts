import { escapeXml } from '../../../lib/escape-xml';
import { FONT_STACKS } from '../../../lib/font-stacks';
import { wrapText } from '../../../lib/wrap-text';
import type { TextStyle } from '../../../lib/text-measure';

/** A slide drawn for a projector is 1920×1080; every size below is for that width. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

/** Everything a slide picture says, in words. */
export interface SlideContent {
  number: number;
  count: number;
  title: string;
  caption: string;
  quotes: string[];
  /** "Kim Oi-hyun, The Hankyoreh, 8 Oct 2018", under the quotes. */
  citation: string;
  /** "Source: … Geography: Natural Earth." at the foot of a slide. */
  sourceLine: string;
  /**
   * The handout's numbered source line, one entry per quote in order ("paragraph 5"); the
   * numbers match the quotes' numbers. Empty on a slide.
   */
  quoteSources: string[];
  /** The views' names, for the pictures' accessible names ("Network"). */
  viewLabels: string[];
  /** The handout's running foot: "North Korea, China and Russia… · slide 3 of 9". */
  folio?: string;
}

/** Colours written into the file (it carries no stylesheet). */
export interface SlidePalette {
  background: string;
  text: string;
  muted: string;
  accent: string;
  rule: string;
}

/** Light: exports end up in documents and on paper. Text passes WCAG AAA on white. */
export const LIGHT_SLIDE_PALETTE: SlidePalette = {
  background: '#ffffff',
  text: '#111418',
  muted: '#3d4650',
  accent: '#005a8c',
  rule: '#c9c4ba',
};

/** The presenter's dark slide (briefing.css), for a picture of a dark slide. */
export const DARK_SLIDE_PALETTE: SlidePalette = {
  background: '#0f1215',
  text: '#f3f0ea',
  muted: '#c6ccd2',
  accent: '#7cc4f0',
  rule: '#3a424a',
};

/** The page a slide is composed on: a 1920×1080 slide, or a handout page of paper's shape. */
export interface SlidePage {
  width: number;
  height: number;
  variant: 'slide' | 'handout';
  palette: SlidePalette;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  font: 'sans' | 'serif';
  weight?: 'bold';
  fill: keyof SlidePalette;
  anchor?: 'end';
}

/** Where everything goes; pictureBoxes are where the views are drawn, in page units. */
export interface SlideLayout {
  lines: Line[];
  bars: Box[];
  rules: Box[];
  pictureBoxes: Box[];
  /** Where each block of words sits, for formats that set text themselves (.pptx). */
  textBoxes: { title: Box; caption: Box | null; quotes: Box | null; source: Box };
}

function style(line: Pick<Line, 'size' | 'font' | 'weight'>): TextStyle {
  return { size: line.size, font: line.font, weight: line.weight === 'bold' ? 'bold' : 'normal' };
}

/**
 * Lays a slide out on a page: title and caption at the top, the views' pictures on the left,
 * the quotes with their citation on the right, the source line at the foot. A slide without
 * views sets its words large across the page. Pure: the caller draws each view into its box
 * (at the box's size, so its labels keep their size) and hands the pictures to composeSlideSvg.
 */
export function layoutSlide(content: SlideContent, page: SlidePage): SlideLayout {
  const u = page.width / SLIDE_WIDTH;
  const handout = page.variant === 'handout';
  const margin = 80 * u;
  const inner = page.width - 2 * margin;
  const lines: Line[] = [];
  const bars: Box[] = [];
  const rules: Box[] = [];
  const pictureBoxes: Box[] = [];
  const hasViews = content.viewLabels.length > 0;
  const quotes = content.quotes.map((q) => q.trim()).filter((q) => q !== '');

  const block = (
    text: string,
    x: number,
    top: number,
    width: number,
    spec: Pick<Line, 'size' | 'font' | 'weight' | 'fill'>,
    lead: number,
    maxLines: number,
  ): number => {
    const wrapped = wrapText(text, width, style(spec), { maxLines });
    wrapped.forEach((t, i) =>
      lines.push({ ...spec, text: t, x, y: top + spec.size + i * spec.size * lead }),
    );
    return top + wrapped.length * spec.size * lead;
  };

  // The foot: a rule and the source line (numbered on a handout), then the folio.
  const sourceSize = 24 * u;
  const sourceText = handout
    ? [
        content.quoteSources.length > 0
          ? `Sources: ${content.quoteSources.map((s, i) => `[${i + 1}] ${s}`).join(' · ')} — ${content.citation}.`
          : content.sourceLine,
        content.quoteSources.length > 0 && content.sourceLine.includes('Geography')
          ? 'Geography: Natural Earth.'
          : '',
      ]
        .filter((s) => s !== '')
        .join(' ')
    : content.sourceLine;
  const sourceLines = wrapText(sourceText, inner, { size: sourceSize }, { maxLines: 3 });
  const folioLines = handout && content.folio ? 1 : 0;
  const footTop =
    page.height - margin * 0.7 - (sourceLines.length + folioLines) * sourceSize * 1.35;
  rules.push({ x: margin, y: footTop - 14 * u, width: inner, height: 2 * u });
  sourceLines.forEach((t, i) =>
    lines.push({
      text: t,
      x: margin,
      y: footTop + sourceSize + i * sourceSize * 1.35,
      size: sourceSize,
      font: 'sans',
      fill: 'muted',
    }),
  );
  if (handout && content.folio)
    lines.push({
      text: content.folio,
      x: margin,
      y: footTop + sourceSize + sourceLines.length * sourceSize * 1.35,
      size: sourceSize,
      font: 'sans',
      fill: 'muted',
    });
  if (!handout)
    lines.push({
      text: `${content.number} / ${content.count}`,
      x: page.width - margin,
      y: margin * 0.75,
      size: 24 * u,
      font: 'sans',
      fill: 'muted',
      anchor: 'end',
    });

  const big = !hasViews;
  let y = big ? Math.max(margin, page.height * 0.16) : margin;
  const titleTop = y;
  y = block(
    content.title,
    margin,
    y,
    inner - (handout ? 0 : 140 * u),
    { size: (big ? 84 : 60) * u, font: 'sans', weight: 'bold', fill: 'text' },
    1.15,
    2,
  );
  const titleBox = { x: margin, y: titleTop, width: inner, height: y - titleTop };
  const captionTop = y + 12 * u;
  if (content.caption.trim() !== '')
    y = block(
      content.caption,
      margin,
      y + 12 * u,
      inner,
      { size: (big ? 40 : 32) * u, font: 'sans', fill: 'text' },
      1.35,
      handout ? 3 : 2,
    );
  const captionBox =
    content.caption.trim() !== ''
      ? { x: margin, y: captionTop, width: inner, height: y - captionTop }
      : null;
  const bodyTop = y + 36 * u;
  const bodyBottom = footTop - 40 * u;

  let quoteX = margin;
  let quoteWidth = inner;
  if (hasViews) {
    const columnWidth = quotes.length > 0 ? inner * 0.6 : inner;
    const gap = 24 * u;
    const n = content.viewLabels.length;
    const each = (bodyBottom - bodyTop - gap * (n - 1)) / n;
    for (let i = 0; i < n; i += 1)
      pictureBoxes.push({
        x: margin,
        y: bodyTop + i * (each + gap),
        width: columnWidth,
        height: Math.max(40, each),
      });
    quoteX = margin + columnWidth + 56 * u;
    quoteWidth = inner - columnWidth - 56 * u;
  }

  if (quotes.length > 0) {
    const size = (big ? 36 : 28) * u;
    const lead = 1.4;
    const citationSize = 24 * u;
    const room = bodyBottom - citationSize * 2.6;
    const barGap = (handout ? 44 : 28) * u;
    let qy = bodyTop;
    quotes.forEach((quote, i) => {
      const fits = Math.floor((room - qy) / (size * lead));
      if (fits < 1) return;
      const top = qy;
      if (handout)
        lines.push({
          text: `${i + 1}`,
          x: quoteX,
          y: top + size,
          size,
          font: 'sans',
          weight: 'bold',
          fill: 'accent',
        });
      const barX = quoteX + (handout ? 30 * u : 0);
      // No quotation marks added: the bar marks a quote, and the article's own marks stay.
      qy = block(
        quote,
        barX + barGap,
        top,
        quoteWidth - barGap - (barX - quoteX),
        { size, font: 'serif', fill: 'text' },
        lead,
        fits,
      );
      bars.push({ x: barX, y: top + size * 0.15, width: 6 * u, height: qy - top });
      qy += 24 * u;
    });
    block(
      `— ${content.citation}`,
      quoteX + (handout ? 30 * u : 0) + barGap,
      qy,
      quoteWidth - barGap,
      { size: citationSize, font: 'sans', fill: 'muted' },
      1.3,
      2,
    );
  }
  return {
    lines,
    bars,
    rules,
    pictureBoxes,
    textBoxes: {
      title: titleBox,
      caption: captionBox,
      quotes:
        quotes.length > 0
          ? { x: quoteX, y: bodyTop, width: quoteWidth, height: bodyBottom - bodyTop }
          : null,
      source: {
        x: margin,
        y: footTop,
        width: inner,
        height: page.height - footTop - margin * 0.4,
      },
    },
  };
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** A view's picture, as its writer made it. */
export interface ComposedPicture {
  svg: string;
  width: number;
  height: number;
}

/** The picture's markup without an XML declaration, to nest inside the page. */
function nestable(svg: string): string {
  return svg.replace(/^<\?xml[^>]*>\s*/, '');
}

/** A standalone SVG nested at a box of the page, scaled to fit it, centred. */
export function placeSvg(svg: string, box: Box): string {
  const body = nestable(svg);
  const open = /^<svg\b[^>]*>/.exec(body)?.[0];
  if (open === undefined) return '';
  const cleaned = open.replace(/\s(width|height|x|y|preserveAspectRatio)="[^"]*"/g, '');
  return `${cleaned.replace(/^<svg/, `<svg x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" preserveAspectRatio="xMidYMid meet"`)}${body.slice(open.length)}`;
}

/**
 * The slide as a standalone SVG document on its page: the words as text (selectable, searchable,
 * real text in a PDF), each view's own SVG nested in its box, scaled to fit. A picture that is
 * missing leaves its box empty with the reason written in it.
 */
export function composeSlideSvg(
  content: SlideContent,
  page: SlidePage,
  pictures: (ComposedPicture | { missing: string })[],
): string {
  const layout = layoutSlide(content, page);
  const p = page.palette;
  const e = escapeXml;
  const parts: string[] = [
    `<rect width="${n(page.width)}" height="${n(page.height)}" fill="${p.background}"/>`,
  ];
  layout.pictureBoxes.forEach((box, i) => {
    const picture = pictures[i];
    const label = content.viewLabels[i] ?? 'View';
    if (picture === undefined || 'missing' in picture) {
      parts.push(
        `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" fill="none" stroke="${p.rule}" stroke-width="2"/>`,
        `<text x="${n(box.x + 24)}" y="${n(box.y + 48)}" font-size="${n(28 * (page.width / SLIDE_WIDTH))}" font-style="italic" fill="${p.muted}" font-family="${e(FONT_STACKS.sans)}">${e(picture && 'missing' in picture ? picture.missing : `The ${label.toLowerCase()} could not be drawn.`)}</text>`,
      );
      return;
    }
    parts.push(placeSvg(picture.svg, box));
  });
  for (const bar of layout.bars)
    parts.push(
      `<rect x="${n(bar.x)}" y="${n(bar.y)}" width="${n(bar.width)}" height="${n(bar.height)}" fill="${p.accent}"/>`,
    );
  for (const rule of layout.rules)
    parts.push(
      `<rect x="${n(rule.x)}" y="${n(rule.y)}" width="${n(rule.width)}" height="${n(rule.height)}" fill="${p.rule}"/>`,
    );
  for (const line of layout.lines)
    parts.push(
      `<text x="${n(line.x)}" y="${n(line.y)}" font-size="${n(line.size)}" font-family="${e(FONT_STACKS[line.font])}"${line.weight ? ' font-weight="700"' : ''}${line.anchor ? ` text-anchor="${line.anchor}"` : ''} fill="${p[line.fill]}">${e(line.text)}</text>`,
    );
  const label = `Slide ${content.number} of ${content.count}: ${content.title}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(page.width)}" height="${n(page.height)}" viewBox="0 0 ${n(page.width)} ${n(page.height)}" role="img" aria-label="${e(label)}">`,
    `<title>${e(label)}</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
