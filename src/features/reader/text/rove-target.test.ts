import { describe, expect, it } from 'vitest';
import { listRoveTarget, resolveRoveAt, roveTarget } from './rove-target';

describe('roveTarget', () => {
  // Block 1 of 3 holds its ¶ (item 0) and three names (items 1–3).
  const middle = (item: number) => ({ block: 1, item, items: 4 });

  it('steps through a block and on into its neighbours', () => {
    expect(roveTarget('ArrowRight', middle(1), 3)).toEqual({ block: 1, at: 2 });
    expect(roveTarget('ArrowRight', middle(3), 3)).toEqual({ block: 2, at: 'first' });
    expect(roveTarget('ArrowLeft', middle(1), 3)).toEqual({ block: 1, at: 0 });
    expect(roveTarget('ArrowLeft', middle(0), 3)).toEqual({ block: 0, at: 'last' });
  });

  it('moves a block at a time with Down and Up, to the first name', () => {
    expect(roveTarget('ArrowDown', middle(2), 3)).toEqual({ block: 2, at: 'first' });
    expect(roveTarget('ArrowUp', middle(2), 3)).toEqual({ block: 0, at: 'first' });
  });

  it('goes to the first name and last item with Home and End', () => {
    expect(roveTarget('Home', middle(3), 3)).toEqual({ block: 1, at: 'first' });
    expect(roveTarget('End', middle(1), 3)).toEqual({ block: 1, at: 'last' });
  });

  it('stays at either end of the text and ignores other keys', () => {
    expect(roveTarget('ArrowUp', { block: 0, item: 1, items: 2 }, 3)).toBeNull();
    expect(roveTarget('ArrowLeft', { block: 0, item: 0, items: 2 }, 3)).toBeNull();
    expect(roveTarget('ArrowDown', { block: 2, item: 1, items: 2 }, 3)).toBeNull();
    expect(roveTarget('ArrowRight', { block: 2, item: 1, items: 2 }, 3)).toBeNull();
    expect(roveTarget('Tab', middle(1), 3)).toBeNull();
  });
});

describe('resolveRoveAt', () => {
  it('names the first name, else the ¶, and clamps an item to the block', () => {
    expect(resolveRoveAt('first', 3)).toBe(1);
    expect(resolveRoveAt('first', 0)).toBe(0);
    expect(resolveRoveAt('last', 3)).toBe(3);
    expect(resolveRoveAt('last', 0)).toBe(0);
    expect(resolveRoveAt(7, 3)).toBe(3);
    expect(resolveRoveAt(2, 3)).toBe(2);
  });
});

describe('listRoveTarget', () => {
  it('moves one at a time, to either end, and stops there', () => {
    expect(listRoveTarget('ArrowDown', 0, 5)).toBe(1);
    expect(listRoveTarget('ArrowRight', 3, 5)).toBe(4);
    expect(listRoveTarget('ArrowDown', 4, 5)).toBeNull();
    expect(listRoveTarget('ArrowUp', 0, 5)).toBeNull();
    expect(listRoveTarget('ArrowLeft', 2, 5)).toBe(1);
    expect(listRoveTarget('Home', 3, 5)).toBe(0);
    expect(listRoveTarget('End', 0, 5)).toBe(4);
    expect(listRoveTarget('End', 0, 0)).toBeNull();
    expect(listRoveTarget('Enter', 0, 5)).toBeNull();
  });
});
