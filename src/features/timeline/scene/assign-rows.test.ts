import { describe, expect, it } from 'vitest';
import { assignRows } from './assign-rows';

describe('assignRows', () => {
  it('puts boxes that clear each other on one row', () => {
    expect(
      assignRows(
        [
          { x0: 0, x1: 10 },
          { x0: 20, x1: 30 },
        ],
        8,
      ),
    ).toEqual({
      rows: [0, 0],
      rowCount: 1,
    });
  });

  it('stacks boxes that overlap or come closer than the gap', () => {
    const { rows, rowCount } = assignRows(
      [
        { x0: 0, x1: 100 },
        { x0: 50, x1: 120 },
        { x0: 105, x1: 200 },
        { x0: 125, x1: 140 },
      ],
      8,
    );
    expect(rows).toEqual([0, 1, 2, 0]);
    expect(rowCount).toBe(3);
  });

  it('never lets two boxes on a row overlap, whatever the order', () => {
    const boxes = Array.from({ length: 60 }, (_, i) => {
      const x0 = (i * 37) % 500;
      return { x0, x1: x0 + 20 + ((i * 53) % 140) };
    });
    const { rows, rowCount } = assignRows(boxes, 6);
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++)
        if (rows[a] === rows[b]) {
          const [p, q] = [boxes[a]!, boxes[b]!];
          expect(p.x1 + 6 <= q.x0 || q.x1 + 6 <= p.x0).toBe(true);
        }
    expect(Math.max(...rows)).toBe(rowCount - 1);
  });

  it('lets marks without words overlap each other, never a box with words', () => {
    const { rows } = assignRows(
      [
        { x0: 0, x1: 12, bare: true },
        { x0: 4, x1: 16, bare: true },
        { x0: 8, x1: 200 },
        { x0: 10, x1: 22, bare: true },
      ],
      8,
    );
    expect(rows).toEqual([0, 0, 1, 0]);
  });
});
