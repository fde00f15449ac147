/**
 * Rasterises an SVG string to a PNG blob at `scale` (2 for sharp print and retina): draw the
 * serialised SVG, loaded as a blob: image, onto a canvas. The SVG holds no external references,
 * so the canvas is not tainted and toBlob works.
 */
export function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (context === null) {
        URL.revokeObjectURL(url);
        reject(new Error('This browser cannot draw to a canvas.'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('The PNG could not be made.'));
      }, 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The diagram could not be drawn as an image.'));
    };
    image.src = url;
  });
}
