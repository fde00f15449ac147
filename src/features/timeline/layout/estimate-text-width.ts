/** Width of a line of text in px at a font size; the view passes a canvas measure instead. */
export type MeasureText = (text: string, fontSize: number) => number;

// Advance widths in em of a typical UI sans, erring wide: a label estimated too wide costs a
// little space, one estimated too narrow would overlap its neighbour.
const NARROW = new Set([..."ijlI.,:;’'|!()[]-tf "]);
const WIDE = new Set([...'mwMW@—']);

/** A DOM-free estimate for tests and for where no canvas exists. */
export const estimateTextWidth: MeasureText = (text, fontSize) => {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.88;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else if (ch >= '0' && ch <= '9') em += 0.58;
    else em += 0.56;
  }
  return em * fontSize;
};
