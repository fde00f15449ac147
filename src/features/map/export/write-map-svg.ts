import { escapeXml } from '../../../lib/escape-xml';
import { FONT_STACKS } from '../../../lib/font-stacks';
import { wrapText } from '../../../lib/wrap-text';
import type { SvgOptions, SvgPicture } from '../../../ui/view-module';
import type { PositionedLine } from '../geo/label-geometry';
import type { MapType } from '../geo/map-type';
import type { MapLabelMark, MapScene } from '../map-scene-types';
import { mapPalette, travellerColours, type MapPalette } from './map-palette';
import { writeMapLegend } from './write-map-legend';
import { writeCamera } from '../../../lib/picture-camera';

/** Options of the map's writer. */
export interface MapSvgOptions extends SvgOptions {
  /** Colours to draw with; default: the table for `theme`. */
  palette?: MapPalette;
}

const e = escapeXml;
/** A tenth of a pixel: finer than any screen, and it keeps files (and snapshots) small. */
const n = (v: number) => String(Math.round(v * 10) / 10);

type Emphasis = 'none' | 'scene' | 'presentation';

/** How emphasis turns into attributes for one mark. */
function painter(scene: MapScene, emphasis: Emphasis) {
  const show = emphasis !== 'none' && scene.emphasis;
  return {
    show,
    /** Workspace dimming fades the context; a slide greys it instead, at ≥ 3:1 contrast. */
    fade: (dimmed: boolean) => (show && dimmed && emphasis === 'scene' ? ' opacity="0.3"' : ''),
    grey: (dimmed: boolean) => show && dimmed && emphasis === 'presentation',
    flags: (selected: boolean, subject: boolean) =>
      show
        ? `${selected ? ' data-selected="true"' : ''}${subject ? ' data-subject="true"' : ''}`
        : '',
  };
}

function textLine(
  line: PositionedLine,
  type: MapType,
  p: MapPalette,
  ink: string | null,
  bold: boolean,
): string {
  const t = type.lines[line.style];
  const attrs = [
    `x="${n(line.x)}" y="${n(line.y)}" text-anchor="${line.anchor}" font-size="${n(t.size)}"`,
    bold ? ' font-weight="800"' : t.weight !== 400 ? ` font-weight="${t.weight}"` : '',
    t.italic ? ' font-style="italic"' : '',
    t.letterSpacing ? ` letter-spacing="${n(t.letterSpacing * t.size)}"` : '',
    ` fill="${e(ink ?? (t.ink === 'muted' ? p.muted : p.text))}"`,
    ` stroke="${e(p.halo)}" stroke-width="${n(3 * scaleOf(type))}" stroke-linejoin="round" paint-order="stroke"`,
  ];
  return `<text ${attrs.join('')}>${e(line.drawn)}</text>`;
}

/** The label scale, read back from the marks (a dot is 4.5 px at 1). */
const scaleOf = (type: MapType) => type.marks.dot / 4.5;

function drawBase(scene: MapScene, p: MapPalette, emphasis: Emphasis): string[] {
  const { base } = scene;
  const { k, x, y } = base.transform;
  const hair = (px: number) => n(px / k);
  const show = emphasis !== 'none' && scene.emphasis;
  const placed =
    k === 1 && x === 0 && y === 0 ? '' : ` transform="translate(${n(x)},${n(y)}) scale(${k})"`;
  return [
    `<g${placed}>`,
    `<path d="${base.sphere}" fill="${e(p.water)}"/>`,
    `<path d="${base.graticule}" fill="none" stroke="${e(p.graticule)}" stroke-width="${hair(0.5)}"/>`,
    `<path d="${base.land}" fill="${e(p.land)}" stroke="${e(p.coast)}" stroke-width="${hair(0.6)}" stroke-linejoin="round"/>`,
    ...base.countries.map((c) => {
      const outline =
        show && c.selected
          ? ` stroke="${e(p.text)}" stroke-opacity="0.45" stroke-width="${hair(1.2)}" stroke-linejoin="round"`
          : '';
      return `<path data-country="${e(c.entity)}" d="${c.d}" fill="${e(p.groups[c.tone])}"${outline}/>`;
    }),
    `<path d="${base.borders}" fill="none" stroke="${e(p.border)}" stroke-width="${hair(0.6)}" stroke-linejoin="round"/>`,
    '</g>',
  ];
}

function drawLegs(scene: MapScene, p: MapPalette, emphasis: Emphasis): string[] {
  const { fade, grey, flags, show } = painter(scene, emphasis);
  const s = scaleOf(scene.type);
  const m = scene.type.marks;
  const titles = scene.mode === 'workspace';
  const legs = scene.legs.map((l) => {
    const { line, ink } = travellerColours(p, l.traveller.index);
    const colour = grey(l.dimmed) ? p.context : line;
    const number = grey(l.dimmed) ? p.halo : ink;
    const wide = show && l.subject;
    const lit = show && l.lit;
    const dash = l.dash ? ` stroke-dasharray="${l.dash}"` : '';
    return [
      `<g data-leg="${e(l.id)}"${flags(l.selected, l.subject)}${fade(l.dimmed)}>`,
      titles ? `<title>${e(l.name)}</title>` : '',
      `<path d="${l.d}" fill="none" stroke="${e(lit ? p.lit : p.halo)}"${lit ? '' : ' stroke-opacity="0.85"'} stroke-width="${n((lit ? 10 : wide ? 8 : 5) * s)}" stroke-linecap="round"/>`,
      `<path d="${l.d}" fill="none" stroke="${e(colour)}" stroke-width="${n(wide ? m.leg * (4 / 2.25) : m.leg)}" stroke-linecap="round"${dash}/>`,
      l.arrow
        ? `<path d="${l.arrow}" fill="${e(colour)}" stroke="${e(p.halo)}" stroke-width="${n(s)}"/>`
        : '',
      l.mid
        ? `<circle cx="${n(l.mid[0])}" cy="${n(l.mid[1])}" r="${n(m.mid)}" fill="${e(colour)}" stroke="${e(wide ? p.text : p.halo)}" stroke-width="${n((wide ? 2 : 1.5) * s)}"/>` +
          `<text x="${n(l.mid[0])}" y="${n(l.mid[1] + scene.type.number * 0.36)}" text-anchor="middle" font-size="${n(scene.type.number)}" font-weight="700" fill="${e(number)}">${l.number}</text>`
        : '',
      '</g>',
    ].join('');
  });
  // Leg labels above every line, so no arc crosses a traveller's name or date.
  const labels = scene.legs.flatMap((l) => {
    if (!l.label) return [];
    const colour = grey(l.dimmed) ? p.context : travellerColours(p, l.traveller.index).line;
    const ink = grey(l.dimmed) ? p.context : null;
    return [
      `<g${fade(l.dimmed)}>${leader(l.label, colour, 1.25 * s)}${l.label.lines
        .map((line) => textLine(line, scene.type, p, ink, false))
        .join('')}</g>`,
    ];
  });
  return [...legs, ...labels];
}

function leader(label: MapLabelMark, colour: string, width: number): string {
  return label.leader
    ? `<path d="${label.leader}" fill="none" stroke="${e(colour)}" stroke-width="${n(width)}"/>`
    : '';
}

function drawPlaces(scene: MapScene, p: MapPalette, emphasis: Emphasis): string[] {
  const { fade, grey, flags, show } = painter(scene, emphasis);
  const s = scaleOf(scene.type);
  return scene.places.map((place) => {
    const ink = grey(place.dimmed) ? p.context : p.text;
    const [x, y] = place.at;
    const r = place.size;
    const marker =
      place.marker === 'pointer' && place.pointer
        ? `<path d="${place.pointer}" fill="${e(ink)}" stroke="${e(p.halo)}" stroke-width="${n(s)}"/>`
        : place.marker === 'square'
          ? `<rect x="${n(x - r / 2)}" y="${n(y - r / 2)}" width="${n(r)}" height="${n(r)}" fill="${e(ink)}" stroke="${e(p.halo)}" stroke-width="${n(1.5 * s)}"/>`
          : place.marker === 'dot'
            ? `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${e(ink)}" stroke="${e(p.halo)}" stroke-width="${n(2 * s)}"/>`
            : place.marker === 'context'
              ? `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${e(p.halo)}" stroke="${e(grey(place.dimmed) ? p.context : p.muted)}" stroke-width="${n(1.5 * s)}"/>`
              : '';
    const lineInk = grey(place.dimmed) ? p.context : null;
    const targets = place.targets.map((t, i) => {
      const ring =
        show && t.subject
          ? `<circle cx="${n(x)}" cy="${n(y)}" r="${n(t.ring)}" fill="none" stroke="${e(p.text)}" stroke-width="${n(2 * s)}"/>`
          : '';
      const lines = (place.label?.lines ?? [])
        .filter((l) => l.entity === t.id)
        .map((l) => textLine(l, scene.type, p, lineInk, show && t.subject))
        .join('');
      return `<g data-entity="${e(t.id)}"${flags(t.selected, t.subject)}>${ring}${i === 0 ? marker : ''}${lines}</g>`;
    });
    const lead = place.label ? leader(place.label, p.muted, 0.75 * s) : '';
    return `<g${fade(place.dimmed)}>${lead}${targets.join('')}</g>`;
  });
}

/** Legs with an end in a count: one muted line per pair of marks, wider for more legs. */
function drawLegBundles(scene: MapScene, p: MapPalette, emphasis: Emphasis): string[] {
  const { fade, grey, flags, show } = painter(scene, emphasis);
  return scene.legBundles.map((b) => {
    const colour = grey(b.dimmed) ? p.context : show && b.selected ? p.text : p.muted;
    return `<path data-leg-bundle="${e(b.id)}" data-count="${b.legs.length}"${flags(b.selected, false)}${fade(b.dimmed)} d="${b.d}" fill="none" stroke="${e(colour)}" stroke-opacity="0.55" stroke-width="${n(b.width)}" stroke-linecap="round"/>`;
  });
}

/** Count marks: a disc in the place ink with its number, ringed when the selection is inside. */
function drawClusters(scene: MapScene, p: MapPalette, emphasis: Emphasis): string[] {
  const { fade, grey, flags, show } = painter(scene, emphasis);
  const s = scaleOf(scene.type);
  const titles = scene.mode === 'workspace';
  return scene.clusters.map((c) => {
    const [x, y] = c.at;
    const ink = grey(c.dimmed) ? p.context : p.text;
    const ring =
      show && c.selected
        ? `<circle cx="${n(x)}" cy="${n(y)}" r="${n(c.r + 4 * s)}" fill="none" stroke="${e(p.text)}" stroke-width="${n(2 * s)}"/>`
        : '';
    return [
      `<g data-cluster="${e(c.id)}" data-count="${c.count}"${flags(c.selected, c.subject)}${fade(c.dimmed)}>`,
      titles ? `<title>${e(c.name)}</title>` : '',
      ring,
      `<circle cx="${n(x)}" cy="${n(y)}" r="${n(c.r)}" fill="${e(ink)}" stroke="${e(p.halo)}" stroke-width="${n(2 * s)}"/>`,
      `<text x="${n(x)}" y="${n(y + c.font * 0.36)}" text-anchor="middle" font-size="${n(c.font)}" font-weight="700" fill="${e(p.halo)}">${c.count}</text>`,
      '</g>',
    ].join('');
  });
}

function drawScaleBar(scene: MapScene, p: MapPalette): string[] {
  const bar = scene.scaleBar;
  if (!bar) return [];
  const s = scaleOf(scene.type);
  const tick = 4 * s;
  const title =
    scene.mode === 'workspace'
      ? '<title>Scale true at the centre of the view, measured east–west</title>'
      : '';
  return [
    `<g>${title}<path d="M${n(bar.x)},${n(bar.y - tick)}V${n(bar.y)}H${n(bar.x + bar.px)}V${n(bar.y - tick)}" fill="none" stroke="${e(p.text)}" stroke-width="${n(1.5 * s)}"/>`,
    `<text x="${n(bar.x)}" y="${n(bar.y - 8 * s)}" font-size="${n(scene.type.scaleLabel)}" fill="${e(p.text)}" stroke="${e(p.halo)}" stroke-width="${n(3 * s)}" paint-order="stroke">${e(bar.label)}</text></g>`,
  ];
}

/** The map itself, in scene coordinates (0,0 at the view's corner). */
function drawMap(scene: MapScene, p: MapPalette, emphasis: Emphasis): string[] {
  return [
    `<rect width="${n(scene.width)}" height="${n(scene.height)}" fill="${e(p.background)}"/>`,
    ...drawBase(scene, p, emphasis),
    ...drawLegBundles(scene, p, emphasis),
    ...drawLegs(scene, p, emphasis),
    ...drawClusters(scene, p, emphasis),
    ...drawPlaces(scene, p, emphasis),
    ...drawScaleBar(scene, p),
  ];
}

/**
 * The map scene as a standalone SVG file, every colour written in from the palette table so it
 * looks the same in any viewer and rasterises without the page's stylesheet. With `frame` (the
 * default) a title above, and the legend and source line below, at the scene's width (the map
 * runs edge to edge, as on screen); without, the bare map at the scene's size, as a slide or a
 * thumbnail places it.
 */
export function writeMapSvg(scene: MapScene, options: MapSvgOptions = {}): SvgPicture {
  const p = options.palette ?? mapPalette(options.theme);
  const emphasis = options.emphasis ?? 'none';
  const body = drawMap(scene, p, emphasis);
  const open = (width: number, height: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${e(FONT_STACKS.sans)}" role="img">`;
  const head = [`<title>${e(`Map: ${scene.title}`)}</title>`, `<desc>${e(scene.source)}</desc>`];

  if (options.frame === false) {
    // The projection as drawn (the fitted frame under the zoom), so a slide that follows can
    // move the camera from this frame to its own.
    const { projection: pr, zoom } = scene;
    const camera = writeCamera({
      kind: pr.kind,
      rotate: pr.rotate,
      scale: pr.scale * zoom.k,
      translate: [zoom.x + zoom.k * pr.translate[0], zoom.y + zoom.k * pr.translate[1]],
    });
    const svg = [
      open(scene.width, scene.height).replace(/>$/, ` data-camera="${e(camera)}">`),
      ...head,
      ...body,
      '</svg>',
    ].join('\n');
    return { svg, width: scene.width, height: scene.height };
  }

  const k = scene.labelScale;
  const pad = 16 * k;
  const { width } = scene;
  const titleSize = 20 * k;
  const titleLines = wrapText(
    scene.title,
    width - 2 * pad,
    { font: 'serif', size: titleSize, weight: 'bold' },
    { maxLines: 3 },
  );
  const mapTop = pad + titleLines.length * titleSize * 1.25 + 8 * k;
  const legend = writeMapLegend(
    scene.legend,
    p,
    { x: pad, y: mapTop + scene.height + 16 * k, width: width - 2 * pad },
    k,
  );
  let y = mapTop + scene.height + 16 * k + legend.height + 8 * k;
  const sourceSize = 11 * k;
  const source = wrapText(scene.source, width - 2 * pad, { size: sourceSize }).map((line) => {
    y += sourceSize * 1.4;
    return `<text x="${n(pad)}" y="${n(y)}" font-size="${n(sourceSize)}" fill="${e(p.muted)}">${e(line)}</text>`;
  });
  const height = Math.ceil(y + pad);
  const svg = [
    open(width, height),
    ...head,
    `<rect width="100%" height="100%" fill="${e(p.background)}"/>`,
    `<text font-family="${e(FONT_STACKS.serif)}" font-size="${n(titleSize)}" font-weight="700" fill="${e(p.text)}">${titleLines
      .map(
        (line, i) =>
          `<tspan x="${n(pad)}" y="${n(pad + titleSize + i * titleSize * 1.25 - 4 * k)}">${e(line)}</tspan>`,
      )
      .join('')}</text>`,
    `<svg x="0" y="${n(mapTop)}" width="${n(width)}" height="${n(scene.height)}" viewBox="0 0 ${n(width)} ${n(scene.height)}" overflow="hidden">`,
    ...body,
    '</svg>',
    ...legend.svg,
    ...source,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
