/**
 * Rasterises a standalone SVG string to a PNG blob at `scale` × its CSS size (2 for print and
 * high-density screens). The SVG is loaded as a blob: image and drawn onto a canvas; it holds no
 * external references, so the canvas is not tainted and `toBlob` works. The one rasteriser for
 * every picture the app exports (network, map, timeline, slides).
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    try {
      await image.decode();
    } catch {
      throw new Error('The picture could not be drawn as an image.');
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('This browser cannot draw to a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
