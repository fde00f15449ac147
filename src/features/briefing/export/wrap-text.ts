/**
 * Average advance of a character as a fraction of the font size. SVG text does not wrap, and an
 * export has no layout engine to ask, so lines are broken on an estimate that errs wide: a line
 * a little short is fine, a line running off the slide is not.
 */
export const CHAR_EM = { sans: 0.54, sansBold: 0.6, serif: 0.52 } as const;

/**
 * Greedy word wrap to a width in pixels. Lines past maxLines are cut and the last one ends in
 * an ellipsis, so a long quote never spills over the source line.
 */
export function wrapText(
  text: string,
  widthPx: number,
  fontPx: number,
  charEm: number,
  maxLines = Infinity,
): string[] {
  const perLine = Math.max(8, Math.floor(widthPx / (fontPx * charEm)));
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const pieces =
      word.length > perLine ? (word.match(new RegExp(`.{1,${perLine}}`, 'gu')) ?? [word]) : [word];
    for (const piece of pieces) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= perLine) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  const last = kept[kept.length - 1];
  if (last !== undefined) {
    // The ellipsis must fit too: drop the last word when the line is full.
    const trimmed = last.replace(/[\s.,;:]+$/, '');
    const fits = trimmed.length + 1 <= perLine ? trimmed : trimmed.replace(/\s*\S+$/, '');
    kept[kept.length - 1] = `${fits === '' ? trimmed.slice(0, perLine - 1) : fits}…`;
  }
  return kept;
}
