/** Width of a line of text in px, at a font size and weight. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

// Advance widths in em of a typical UI sans (between Helvetica/Arial and the wider DejaVu Sans),
// erring wide: a label estimated too wide costs a little space, one too narrow overlaps.
const NARROW = new Set([..."ijlI.,:;’'|!()[]-tf "]);
const WIDE = new Set([...'mwMW@']);

/**
 * A DOM-free estimate for tests and for where no canvas exists; the view measures real text
 * with a canvas and passes that in instead.
 */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.88;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else if (ch >= '0' && ch <= '9') em += 0.58;
    else em += 0.56;
  }
  return em * fontSize * (bold ? 1.07 : 1);
};
