import { describe, expect, it } from 'vitest';
import { visibleMid } from './visible-run';

const view = { width: 200, height: 100 };

describe('visibleMid', () => {
  it('is the middle of a line wholly in view', () => {
    expect(
      visibleMid(
        [
          [20, 50],
          [180, 50],
        ],
        view,
        5,
        [],
      )?.point,
    ).toEqual([100, 50]);
  });

  it('is the middle of the part in view when the line runs off the edge', () => {
    const mid = visibleMid(
      [
        [100, 50],
        [150, 50],
        [250, 50],
        [400, 50],
      ],
      view,
      10,
      [],
    );
    expect(mid?.point).toEqual([125, 50]);
  });

  it('keeps clear of a control, taking the longest clear stretch', () => {
    const mid = visibleMid(
      [
        [10, 20],
        [60, 20],
        [100, 20],
        [190, 20],
      ],
      view,
      2,
      [{ x: 50, y: 0, width: 20, height: 40 }],
    );
    expect(mid?.point).toEqual([145, 20]);
  });

  it('gives a leg of no length its marker where it stands, and none to a leg out of view', () => {
    expect(
      visibleMid(
        [
          [40, 40],
          [40, 40],
        ],
        view,
        5,
        [],
      )?.point,
    ).toEqual([40, 40]);
    expect(
      visibleMid(
        [
          [300, 40],
          [400, 40],
        ],
        view,
        5,
        [],
      ),
    ).toBeNull();
  });
});
