import { measureText } from '../../../lib/text-measure';

/** Width of a line of text in px, at a font size and weight. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/**
 * The app's one text measure (src/lib/text-measure.ts) in the shape the network's label code
 * asks for: the same labels on every machine, on screen, on a slide and in every export.
 */
export const measureLabel: MeasureText = (text, fontSize, bold) =>
  measureText(text, { size: fontSize, weight: bold ? 'bold' : 'normal' });
