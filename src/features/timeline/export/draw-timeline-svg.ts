import { escapeXml as e } from '../../../lib/escape-xml';
import { hatchPath } from '../scene/hatch-path';
import { clusterPaint, markPaint, type Emphasis } from '../scene/mark-paint';
import type {
  TimelineClusterMark,
  TimelineEventMark,
  TimelineScene,
} from '../scene/timeline-scene';
import type { TimelinePalette } from '../timeline-palette';

const n = (v: number) => String(Math.round(v * 100) / 100);

/** The ruler: hatching, captions, ticks and their labels, the baseline and the break marks. */
function drawAxis(scene: TimelineScene, p: TimelinePalette): string[] {
  const { axisHeight: h, smallFont: s } = scene.metrics;
  const right = scene.plotX + scene.scale.width;
  return [
    ...scene.compressed.map(
      (c) => `<path d="${hatchPath(c.x0, c.x1, 0, h)}" stroke="${e(p.grid)}" stroke-width="1.5"/>`,
    ),
    ...scene.captions.flatMap((c) =>
      c.text === null
        ? []
        : [
            `<text x="${n((c.x0 + c.x1) / 2)}" y="${n(s + 1)}" text-anchor="middle" font-size="${n(s)}"${c.kind !== 'context' ? ` font-weight="600" fill="${e(p.text)}"` : ` font-style="italic" fill="${e(p.muted)}"`}>${e(c.text)}</text>`,
          ],
    ),
    ...scene.ticks.map((t) => {
      const label =
        t.label === null
          ? ''
          : `<text x="${n(t.labelX)}" y="${n(h - 10)}" text-anchor="${t.anchor}" font-size="${n(s)}"${t.unit === 'day' ? ` font-weight="600" fill="${e(p.text)}"` : ` fill="${e(p.muted)}"`}>${e(t.label)}</text>`;
      return `<path d="M${n(t.x)},${n(h - 6)}V${n(h)}" stroke="${e(p.muted)}"/>${label}`;
    }),
    `<path d="M${n(scene.plotX)},${n(h - 0.5)}H${n(right)}" stroke="${e(p.muted)}"/>`,
    ...scene.seams.map(
      (x) =>
        `<rect x="${n(x - 4)}" y="${n(h - 3)}" width="7" height="3" fill="${e(p.background)}"/><path d="M${n(x - 5)},${n(h)}l3,-8M${n(x + 1)},${n(h)}l3,-8" stroke="${e(p.text)}" stroke-width="1.5" fill="none"/>`,
    ),
  ];
}

/** Behind the events: "not yet" shade, hatching, gridlines, seams, and the two rules. */
function drawBackdrop(scene: TimelineScene, p: TimelinePalette): string[] {
  const { top, bottom } = scene.body;
  const s = scene.metrics.smallFont;
  const rule = (x: number, label: string, labelX: number, anchor: string, y: number, ink: string) =>
    `<text x="${n(labelX)}" y="${n(y)}" text-anchor="${anchor}" font-size="${n(s)}" font-weight="600" fill="${e(ink)}">${e(label)}</text><path d="M${n(x)},${n(top)}V${n(bottom)}" stroke="${e(ink)}" stroke-width="${x === scene.asOf?.x ? 2 : 1.5}"/>`;
  const a = scene.asOf;
  return [
    ...(a
      ? [
          `<rect x="${n(a.later.x0)}" y="${n(top)}" width="${n(Math.max(0, a.later.x1 - a.later.x0))}" height="${n(bottom - top)}" fill="${e(p.later)}"/>`,
        ]
      : []),
    ...scene.compressed.map(
      (c) =>
        `<path d="${hatchPath(c.x0, c.x1, top, bottom)}" stroke="${e(p.grid)}" stroke-width="1.5"/>`,
    ),
    ...scene.ticks.map(
      (t) => `<path d="M${n(t.x)},${n(top)}V${n(bottom)}" stroke="${e(p.grid)}"/>`,
    ),
    ...scene.seams.map(
      (x) =>
        `<path d="M${n(x)},${n(top)}V${n(bottom)}" stroke="${e(p.muted)}" stroke-dasharray="2 3"/>`,
    ),
    rule(
      scene.posted.x,
      scene.posted.label,
      scene.posted.labelX,
      scene.posted.anchor,
      scene.posted.labelY,
      p.text,
    ),
    ...(a ? [rule(a.x, a.label, a.labelX, a.anchor, a.labelY, p.accent)] : []),
  ];
}

/** One event: its outline when it is the subject, the highlighter, the mark and its words. */
function drawEvent(
  ev: TimelineEventMark,
  p: TimelinePalette,
  emphasis: Emphasis,
  k: number,
): string {
  const paint = markPaint(ev, emphasis, k);
  const { shape, label, hit } = ev;
  const dash = paint.dash ? ` stroke-dasharray="${paint.dash}" stroke-linecap="round"` : '';
  const stroke = `fill="${e(p[paint.fill])}" stroke="${e(p[paint.stroke])}" stroke-width="${n(paint.strokeWidth)}"${dash}`;
  const ring = (grow: number) =>
    shape.kind === 'point'
      ? `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r + grow)}"`
      : `<rect x="${n(shape.x - grow)}" y="${n(shape.y - grow)}" width="${n(shape.width + 2 * grow)}" height="${n(shape.height + 2 * grow)}" rx="${n(3 * k + grow)}"`;
  const double = paint.doubleOutline
    ? `${ring(3.5 * k)} fill="none" stroke="${e(p[paint.stroke])}" stroke-width="${n(k)}"/>`
    : '';
  const cx = shape.kind === 'point' ? shape.cx : shape.x + shape.width / 2;
  const cy = shape.kind === 'point' ? shape.cy : shape.y + shape.height / 2;
  const glyph = paint.glyph
    ? `<text x="${n(cx)}" y="${n(cy + 3.5 * k)}" text-anchor="middle" font-size="${n(10 * k)}" font-weight="700" fill="${e(p.text)}">?</text>`
    : '';
  const stripes =
    paint.stripes && shape.kind === 'range'
      ? `<path d="${hatchPath(shape.x + 1, shape.x + shape.width - 1, shape.y + 1, shape.y + shape.height - 1, 4 * k)}" stroke="${e(p[paint.stripes])}" stroke-width="${n(2 * k)}"/>`
      : '';
  const grow = paint.glyph ? 2 * k : 0;
  const mark = `<g${paint.opacity < 1 ? ` opacity="${paint.opacity}"` : ''}>${double}${ring(grow)} ${stroke}/>${stripes}${glyph}</g>`;
  const outline = paint.outline
    ? `<rect x="${n(hit.x)}" y="${n(hit.y)}" width="${n(hit.width)}" height="${n(hit.height)}" rx="4" fill="none" stroke="${e(p.text)}" stroke-width="${n(2 * k)}"/>`
    : '';
  const highlight = paint.highlight
    ? `<rect x="${n(label.box.x - 2)}" y="${n(label.box.y)}" width="${n(label.box.width + 4)}" height="${n(label.box.height)}" rx="3" fill="${e(p.evidence)}"/>`
    : '';
  const spans = label.lines
    .map(
      (line, i) =>
        `<tspan x="${n(label.x)}" y="${n(label.y + i * label.lineHeight)}">${e(line)}</tspan>`,
    )
    .join('');
  // A mark drawn without words (context far from a slide's frame) writes no empty text.
  const words =
    label.lines.length === 0
      ? ''
      : `<text text-anchor="${label.anchor}" font-size="${n(label.fontSize)}"${paint.bold ? ' font-weight="700"' : ''}${paint.italic ? ' font-style="italic"' : ''} fill="${e(p[paint.label])}"${paint.highlight ? '' : ` stroke="${e(p.background)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`}>${spans}</text>`;
  const flags = emphasis !== 'none' && ev.selected ? ' data-selected="true"' : '';
  return `<g data-event="${e(ev.id)}"${flags}><title>${e(ev.ariaLabel)}</title>${outline}${highlight}${mark}${words}</g>`;
}

/**
 * A count mark: a pill over its events' days with a second outline behind it (a stack: more
 * than one), the number inside, words beside; its accessible name as the title.
 */
function drawCluster(
  c: TimelineClusterMark,
  p: TimelinePalette,
  emphasis: Emphasis,
  k: number,
): string {
  const paint = clusterPaint(c, emphasis);
  const { box, count, label } = c;
  const r = box.height / 2;
  const stack = `<rect x="${n(box.x + 3 * k)}" y="${n(box.y - 3 * k)}" width="${n(box.width)}" height="${n(box.height)}" rx="${n(r)}" fill="${e(p.background)}" stroke="${e(p[paint.stroke])}" stroke-width="${n(1.5 * k)}"/>`;
  const pill = `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${n(r)}" fill="${e(p[paint.fill])}" stroke="${e(p[paint.stroke])}" stroke-width="${n(2 * k)}"/>`;
  const number = `<text x="${n(count.x)}" y="${n(count.y)}" text-anchor="middle" font-size="${n(count.fontSize)}" font-weight="700" fill="${e(p[paint.number])}">${e(count.text)}</text>`;
  const words =
    label.lines.length === 0
      ? ''
      : `<text text-anchor="${label.anchor}" font-size="${n(label.fontSize)}" fill="${e(p[paint.label])}" stroke="${e(p.background)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${label.lines.map((line, i) => `<tspan x="${n(label.x)}" y="${n(label.y + i * label.lineHeight)}">${e(line)}</tspan>`).join('')}</text>`;
  const fade = paint.opacity < 1 ? ` opacity="${paint.opacity}"` : '';
  return `<g data-cluster="${e(c.id)}" data-count="${c.members.length}"${fade}><title>${e(c.ariaLabel)}</title>${stack}${pill}${number}${words}</g>`;
}

/** The whole drawing in scene coordinates: ruler, backdrop, then the events in time order. */
export function drawTimelineSvg(
  scene: TimelineScene,
  p: TimelinePalette,
  emphasis: Emphasis,
): string[] {
  return [
    ...drawBackdrop(scene, p),
    ...drawAxis(scene, p),
    ...scene.clusters.map((c) => drawCluster(c, p, emphasis, scene.labelScale)),
    ...scene.events.map((ev) => drawEvent(ev, p, emphasis, scene.labelScale)),
  ];
}
