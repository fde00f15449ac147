/** Something that takes up [x0, x1) on a row. */
export interface RowBox {
  x0: number;
  x1: number;
  /**
   * A mark without words (context far from a slide's frame): it must clear boxes with words, but
   * may overlap another bare one (a cluster of dots) rather than take a row of its own.
   */
  bare?: boolean;
}

/**
 * First-fit packing in the order given (the timeline passes time order): each box goes on the
 * lowest row where it clears every box already there by `gap` px. Taking boxes in time order
 * rather than by left edge keeps the rows reading down in time even where a label had to go to
 * the left of its mark. Returns each box's row (in input order) and the row count.
 */
export function assignRows(
  boxes: readonly RowBox[],
  gap = 8,
): { rows: number[]; rowCount: number } {
  const taken: RowBox[][] = [];
  const rows = boxes.map((box) => {
    const clear = (other: RowBox) =>
      (box.bare === true && other.bare === true) ||
      other.x1 + gap <= box.x0 ||
      box.x1 + gap <= other.x0;
    let row = taken.findIndex((boxesOnRow) => boxesOnRow.every(clear));
    if (row === -1) row = taken.push([]) - 1;
    taken[row]?.push(box);
    return row;
  });
  return { rows, rowCount: taken.length };
}
