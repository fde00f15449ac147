import { escapeXml as e } from '../../../lib/escape-xml';
import { FONT_STACKS } from '../../../lib/font-stacks';
import { measureText } from '../../../lib/text-measure';
import { wrapText } from '../../../lib/wrap-text';
import type { SvgOptions, SvgPicture } from '../../../ui/view-module';
import {
  legendSwatch,
  SWATCH_HEIGHT,
  SWATCH_WIDTH,
  type SwatchShape,
} from '../scene/legend-swatch';
import type { Emphasis } from '../scene/mark-paint';
import type { TimelineScene } from '../scene/timeline-scene';
import { TIMELINE_PALETTES, type TimelinePalette } from '../timeline-palette';
import { drawTimelineSvg } from './draw-timeline-svg';

/** Options of the timeline's SVG writer. */
export interface TimelineSvgOptions extends SvgOptions {
  /** Colours one by one over the theme's (a caller with a brand palette); default the table's. */
  palette?: Partial<TimelinePalette>;
}

const PAD = 24;
const n = (v: number) => String(Math.round(v * 100) / 100);

function swatchSvg(shapes: readonly SwatchShape[], p: TimelinePalette): string {
  return shapes
    .map((s) => {
      const dash =
        'dash' in s && s.dash ? ` stroke-dasharray="${s.dash}" stroke-linecap="round"` : '';
      switch (s.el) {
        case 'circle':
          return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${e(p[s.fill])}" stroke="${e(p[s.stroke])}" stroke-width="${s.width}"${dash}/>`;
        case 'rect':
          return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="2" fill="${e(p[s.fill])}"${s.stroke ? ` stroke="${e(p[s.stroke])}" stroke-width="${s.width}"` : ''}${dash}/>`;
        case 'path':
          return `<path d="${s.d}" fill="none" stroke="${e(p[s.stroke])}" stroke-width="${s.width}"${dash}/>`;
        case 'text':
          return `<text x="${s.x}" y="${s.y}" text-anchor="middle" font-size="10" font-weight="700" fill="${e(p[s.fill])}">${e(s.text)}</text>`;
      }
    })
    .join('');
}

/**
 * The timeline scene as a standalone SVG file. With `frame` (the default) a title above, the key
 * and the source line below, as a download needs; without, the bare drawing at the scene's size,
 * as a slide or a thumbnail places it. Colours are written in as values from the palette table
 * (a file carries no stylesheet), fonts as the app's stacks. `emphasis` defaults to `none` for a
 * workspace scene (a picture for a page) and to `presentation` for a presentation scene.
 */
export function writeTimelineSvg(
  scene: TimelineScene,
  options: TimelineSvgOptions = {},
): SvgPicture {
  const p: TimelinePalette = {
    ...TIMELINE_PALETTES[options.theme === 'dark' ? 'dark' : 'light'],
    ...options.palette,
  };
  const emphasis: Emphasis =
    options.emphasis ?? (scene.mode === 'presentation' ? 'presentation' : 'none');
  const body = drawTimelineSvg(scene, p, emphasis);
  const open = (width: number, height: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${e(FONT_STACKS.sans)}">`;
  const describe = `<desc>${e(scene.description)}</desc>`;

  if (options.frame === false) {
    const svg = [
      open(scene.width, scene.height),
      `<title>${e(`Timeline: ${scene.title}`)}</title>`,
      describe,
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
    { font: 'serif', size: titleSize, weight: 'bold' },
    { maxLines: 3 },
  );
  const titleLead = titleSize * 1.25;
  const drawingTop = PAD + titleLines.length * titleLead + 10;

  // The key: entries flow left to right and wrap, each a swatch and its words.
  const keySize = Math.max(12 * k, scene.metrics.smallFont);
  const rowHeight = Math.max(22 * k, keySize * 1.6);
  const swatchScale = keySize / 12;
  let x = 0;
  let row = 0;
  const key: string[] = [];
  for (const entry of scene.legend) {
    const w = SWATCH_WIDTH * swatchScale + 6 * k + measureText(entry.text, { size: keySize });
    if (x > 0 && x + w > inner) {
      x = 0;
      row += 1;
    }
    const sy = -SWATCH_HEIGHT * swatchScale * 0.5 - keySize * 0.35;
    key.push(
      `<g transform="translate(${n(x)},${n(row * rowHeight)})"><g transform="translate(0,${n(sy)}) scale(${n(swatchScale)})">${swatchSvg(legendSwatch(entry.kind), p)}</g><text x="${n(SWATCH_WIDTH * swatchScale + 6 * k)}" y="0" font-size="${n(keySize)}" fill="${e(p.text)}">${e(entry.text)}</text></g>`,
    );
    x += w + 18 * k;
  }
  const keyTop = drawingTop + scene.height + 14 * k + keySize;
  const sourceTop = keyTop + row * rowHeight + rowHeight + 4 * k;
  // The credit wraps rather than run off the picture (a long byline, a narrow drawing).
  const sourceSize = Math.max(12 * k, scene.metrics.smallFont);
  const sourceLines = wrapText(scene.source, inner, { size: sourceSize });
  const height = sourceTop + (sourceLines.length - 1) * sourceSize * 1.3 + PAD;

  const svg = [
    open(width, height),
    `<title>${e(scene.title)}</title>`,
    describe,
    `<rect width="100%" height="100%" fill="${e(p.background)}"/>`,
    `<text font-family="${e(FONT_STACKS.serif)}" font-size="${n(titleSize)}" font-weight="700" fill="${e(p.text)}">${titleLines
      .map(
        (line, i) =>
          `<tspan x="${PAD}" y="${n(PAD + titleSize + i * titleLead - 4)}">${e(line)}</tspan>`,
      )
      .join('')}</text>`,
    `<g transform="translate(${PAD},${n(drawingTop)})">${body.join('')}</g>`,
    `<g transform="translate(${PAD},${n(keyTop)})">${key.join('')}</g>`,
    `<text font-size="${n(sourceSize)}" fill="${e(p.muted)}">${sourceLines
      .map(
        (line, i) =>
          `<tspan x="${PAD}" y="${n(sourceTop + i * sourceSize * 1.3)}">${e(line)}</tspan>`,
      )
      .join('')}</text>`,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
