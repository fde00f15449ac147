/**
 * The font sizes an SVG document sets, in its own units. Slides promise every label at least
 * 24 px at 1920×1080: this is how that is measured (and enforced) on the picture that is
 * actually drawn, whatever view wrote it. Reads `font-size` attributes and `font-size:` in
 * style attributes; a size in `em` or `%` is relative and skipped.
 */
export function svgFontSizes(svg: string): number[] {
  const sizes: number[] = [];
  const pattern = /font-size(?:="|\s*:\s*)([0-9.]+)(px)?(?=["; ])/g;
  for (const match of svg.matchAll(pattern)) {
    const value = Number(match[1]);
    if (Number.isFinite(value) && value > 0) sizes.push(value);
  }
  return sizes;
}

/** The smallest text in an SVG drawn at `scale` screen pixels per unit; null when it has none. */
export function smallestTextPx(svg: string, scale = 1): number | null {
  const sizes = svgFontSizes(svg);
  return sizes.length === 0 ? null : Math.min(...sizes) * scale;
}
