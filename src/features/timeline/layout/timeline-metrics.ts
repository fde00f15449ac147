/**
 * The timeline's fixed measures, in px. The plot sits PAD_X in from each side of the canvas so a
 * label or a thumb at either end is not cut by the scroll box.
 */
export const PAD_X = 20;
/** Narrowest canvas: below it (a phone) the chart scrolls sideways rather than crush the week. */
export const MIN_CANVAS = 620;
/** Room above the first row for the labels of the posting and "as of" rules. */
export const RULE_TOP = 18;
export const ROW_MIN = 24;
export const ROW_MAX = 40;
export const LABEL_FONT = 13;

/**
 * Row height: compact in a strip, roomier in a tall pane so the rows fill it, never so tall that
 * the rows drift apart.
 */
export function rowHeightFor(available: number, rowCount: number): number {
  if (rowCount === 0 || available <= 0) return ROW_MIN;
  return Math.max(ROW_MIN, Math.min(ROW_MAX, Math.floor((available - RULE_TOP - 8) / rowCount)));
}
