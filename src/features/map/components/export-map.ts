import type { ExportColours } from '../geo/svg-export';
import { TRAVELLER_COLOURS } from './leg-mark';

/** Saves a blob through a transient <a download>: no server, no other origin. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  // The click starts the download synchronously; free the URL once the browser has it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The map's theme colours as values, read from the element the map's CSS variables apply to. */
export function readExportColours(element: Element): ExportColours {
  const css = getComputedStyle(element);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const indices = Array.from({ length: TRAVELLER_COLOURS }, (_, i) => i + 1);
  return {
    background: v('--map-bg', '#fbfaf7'),
    water: v('--map-water', '#f4f3ee'),
    land: v('--map-land', '#e4e0d8'),
    coast: v('--map-coast', '#bdb6aa'),
    border: v('--map-border', '#a39b8f'),
    graticule: v('--map-graticule', '#e6e3dc'),
    text: v('--map-ink', '#1d2329'),
    muted: v('--map-ink-muted', '#505a64'),
    halo: v('--map-halo', '#ffffff'),
    groups: {
      warm: v('--map-group-warm', '#f3e1cf'),
      cool: v('--map-group-cool', '#d9e6f0'),
      neutral: v('--map-land', '#e4e0d8'),
    },
    travellers: indices.map((i) => v(`--map-traveller-${i}`, '#1d2329')),
    travellerInk: indices.map((i) => v(`--map-traveller-${i}-ink`, '#ffffff')),
  };
}

/** Rasterises an SVG string at `scale` × its size (2 for crisp slides and print). */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw to a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
