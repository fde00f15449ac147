import { escapeXml } from '../../../lib/escape-xml';
import { FONT_STACKS } from '../../../lib/font-stacks';
import { wrapText } from '../../../lib/wrap-text';
import type { SvgOptions, SvgPicture } from '../../../ui/view-module';
import type { ReaderScene } from '../reader-scene';
import type { LaidBlock, LaidLine, LaidSegment } from '../scene/layout-article';
import { typeStyle } from '../scene/reader-type';
import { readerPalette, type ReaderPalette } from './reader-palette';
import { underlineStrokes } from './underline-marks';

export interface ReaderSvgOptions extends SvgOptions {
  /** Resolved colours; default: the theme's, from the app's palette table. */
  palette?: ReaderPalette;
}

const e = escapeXml;

/**
 * The stacks as the file names them: the serif of the metric table first. Words are placed where
 * the shared measure puts them and each is fitted to its measured width (textLength), so a serif
 * narrower than the table (Liberation Serif, which Chromium picks for the screen's stack on Linux)
 * would be drawn stretched; DejaVu Serif, where a machine has it, matches the table.
 */
const STACKS = { sans: FONT_STACKS.sans, serif: `'DejaVu Serif', ${FONT_STACKS.serif}` } as const;
const n = (v: number) => String(Math.round(v * 100) / 100);
type Emphasis = 'none' | 'scene' | 'presentation';

/** Runs of neighbouring segments that share a property, as [x0, x1] spans. */
function spansOf(segments: LaidSegment[], keep: (s: LaidSegment) => string | null) {
  const out: { key: string; x0: number; x1: number; first: LaidSegment }[] = [];
  for (const s of segments) {
    const key = keep(s);
    const last = out[out.length - 1];
    if (key === null) continue;
    if (last && last.key === key && Math.abs(last.x1 - s.x) < 0.01) last.x1 = s.x + s.width;
    else out.push({ key, x0: s.x, x1: s.x + s.width, first: s });
  }
  return out;
}

function drawLine(
  block: LaidBlock,
  line: LaidLine,
  p: ReaderPalette,
  emphasis: Emphasis,
): string[] {
  const { style } = block;
  const k = style.size / 18;
  const show = emphasis !== 'none';
  const boxTop = line.baseline - style.size * 0.92;
  const boxHeight = style.size * 1.22;
  const out: string[] = [];
  // The highlighter first, behind everything on the line.
  if (show)
    for (const span of spansOf(line.segments, (s) => (s.evidence ? 'e' : null)))
      out.push(
        `<rect x="${n(span.x0)}" y="${n(boxTop)}" width="${n(span.x1 - span.x0)}" height="${n(boxHeight)}" rx="${n(2 * k)}" fill="${e(p.evidenceBg)}"/>`,
      );
  const mentions = spansOf(line.segments, (s) => (s.mention ? `${s.mention.start}` : null));
  for (const m of mentions) {
    const mention = m.first.mention;
    if (!mention) continue;
    const subject = show && mention.subject;
    if (subject)
      out.push(
        `<rect x="${n(m.x0)}" y="${n(boxTop)}" width="${n(m.x1 - m.x0)}" height="${n(boxHeight)}" fill="${e(p.kindTints[mention.kind])}"/>`,
      );
    const ink = show && m.first.dimmed ? p.rule : p.kinds[mention.kind];
    for (const stroke of underlineStrokes(
      mention.kind,
      m.x0,
      m.x1,
      line.baseline + style.size * 0.24,
      k,
    ))
      out.push(
        `<path d="${stroke.d}" fill="none" stroke="${e(ink)}" stroke-width="${n(stroke.width)}"${stroke.dasharray ? ` stroke-dasharray="${stroke.dasharray}"` : ''}${stroke.linecap === 'round' ? ' stroke-linecap="round"' : ''}/>`,
      );
    if (subject)
      out.push(
        `<rect x="${n(m.x0 - 1)}" y="${n(boxTop - 1)}" width="${n(m.x1 - m.x0 + 2)}" height="${n(boxHeight + 2)}" fill="none" stroke="${e(p.text)}" stroke-width="2"/>`,
      );
  }
  // Each segment at its measured place, stretched to its measured width, so the marks above
  // fit the words whatever serif the viewer has (the measure is the shared metric table).
  const base =
    block.kind === 'caption' || block.kind === 'meta' || block.kind === 'gap' ? p.muted : p.text;
  const tspans = line.segments
    .filter((s) => s.text.trim() !== '')
    .map((s) => {
      const ink = show && s.evidence ? p.evidenceText : show && s.dimmed ? p.muted : base;
      const weight = s.bold && show ? ' font-weight="700"' : '';
      return `<tspan x="${n(s.x)}" textLength="${n(s.width)}" lengthAdjust="spacingAndGlyphs"${ink !== base ? ` fill="${e(ink)}"` : ''}${weight}>${e(s.text)}</tspan>`;
    })
    .join('');
  out.push(
    `<text y="${n(line.baseline)}" font-family="${e(STACKS[style.font])}" font-size="${n(style.size)}"${style.bold ? ' font-weight="700"' : ''}${style.italic ? ' font-style="italic"' : ''} fill="${e(base)}">${tspans}</text>`,
  );
  return out;
}

function drawBlock(block: LaidBlock, p: ReaderPalette, emphasis: Emphasis): string[] {
  const out: string[] = [];
  const k = block.style.size / 18;
  if (block.kind === 'caption')
    out.push(
      `<rect x="0" y="${n(block.top)}" width="${n(3 * k)}" height="${n(block.height)}" fill="${e(p.rule)}"/>`,
    );
  if (block.selected && emphasis !== 'none')
    out.push(
      `<rect x="-4" y="${n(block.top - 4)}" width="${n(block.x + maxRight(block) + 8)}" height="${n(block.height + 8)}" rx="2" fill="none" stroke="${e(p.text)}" stroke-width="2"/>`,
    );
  const first = block.lines[0];
  const marker: string[] = [];
  if (block.marker && first)
    marker.push(
      `<text x="0" y="${n(first.baseline)}" font-family="${e(STACKS.sans)}" font-size="${n(block.marker.style.size)}" letter-spacing="${n(block.marker.style.letterSpacing * block.marker.style.size)}" fill="${e(p.muted)}">${e(block.marker.text)}</text>`,
    );
  const body = block.lines.flatMap((line) => drawLine(block, line, p, emphasis));
  const group = `<g transform="translate(${n(block.x)},0)"${block.id ? ` data-block="${e(block.id)}"` : ''}>`;
  return [...out, group, ...marker, ...body, '</g>'];
}

function maxRight(block: LaidBlock): number {
  return Math.max(
    0,
    ...block.lines.map((l) => {
      const s = l.segments[l.segments.length - 1];
      return s ? s.x + s.width : 0;
    }),
  );
}

/**
 * The article scene as a standalone SVG: each line set word by word where the scene measured it,
 * names underlined by kind in the kind's own line style, evidence behind a highlighter, the
 * selected entity's names bold in a tinted, outlined box. With `frame` (the default), the
 * headline above and the source line below, as a download needs; without, the bare drawing at
 * the scene's size, as a slide places it.
 */
export function writeReaderSvg(scene: ReaderScene, options: ReaderSvgOptions = {}): SvgPicture {
  const p = options.palette ?? readerPalette(options.theme ?? 'light');
  const emphasis = options.emphasis ?? 'none';
  const { column, layout } = scene;
  const drawing = [
    `<g transform="translate(${n(column.x)},${n(column.y)})">`,
    ...layout.blocks.flatMap((b) => drawBlock(b, p, emphasis)),
    '</g>',
  ];
  const meta = typeStyle('meta', scene.labelScale, scene.mode);
  const sans = (x: number, y: number, text: string, extra = '') =>
    `<text x="${n(x)}" y="${n(y)}" font-family="${e(STACKS.sans)}" font-size="${n(meta.size)}" fill="${e(p.muted)}"${extra}>${e(text)}</text>`;
  if (scene.note) drawing.push(sans(column.x, column.y + meta.lineHeight, scene.note));
  if (scene.more)
    drawing.push(sans(column.x, scene.more.baseline, scene.more.text, ' font-style="italic"'));

  const open = (width: number, height: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">`;
  if (options.frame === false) {
    const svg = [
      open(scene.width, scene.height),
      `<title>${e(`Article: ${scene.title}`)}</title>`,
      `<rect width="100%" height="100%" fill="${e(p.background)}"/>`,
      ...drawing,
      '</svg>',
    ].join('\n');
    return { svg, width: scene.width, height: scene.height };
  }

  const title = typeStyle('headline', scene.labelScale * 0.75, scene.mode);
  const titleLines = wrapText(
    scene.title,
    column.width,
    { font: 'serif', size: title.size, weight: 'bold' },
    { maxLines: 3 },
  );
  const top = column.y + titleLines.length * title.lineHeight;
  const height = top + scene.height + meta.lineHeight * 2;
  const svg = [
    open(scene.width, height),
    `<title>${e(scene.title)}</title>`,
    `<rect width="100%" height="100%" fill="${e(p.background)}"/>`,
    `<text font-family="${e(STACKS.serif)}" font-size="${n(title.size)}" font-weight="700" fill="${e(p.text)}">${titleLines
      .map(
        (line, i) =>
          `<tspan x="${n(column.x)}" y="${n(column.y + (i + 0.8) * title.lineHeight)}">${e(line)}</tspan>`,
      )
      .join('')}</text>`,
    `<g transform="translate(0,${n(top)})">${drawing.join('')}</g>`,
    sans(column.x, top + scene.height + meta.lineHeight, scene.source),
    '</svg>',
  ].join('\n');
  return { svg, width: scene.width, height };
}
