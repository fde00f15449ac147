import { describe, expect, it } from 'vitest';
import { LIST_PAGE, listStep } from './list-step';

describe('listStep', () => {
  it('moves one item with the arrows, never past the ends', () => {
    expect(listStep('ArrowDown', 0, 5)).toBe(1);
    expect(listStep('ArrowUp', 3, 5)).toBe(2);
    expect(listStep('ArrowUp', 0, 5)).toBe(0);
    expect(listStep('ArrowDown', 4, 5)).toBe(4);
  });

  it('jumps to the ends with Home and End, and a page with Page Up / Page Down', () => {
    expect(listStep('Home', 1234, 3000)).toBe(0);
    expect(listStep('End', 12, 3000)).toBe(2999);
    expect(listStep('PageDown', 5, 3000)).toBe(5 + LIST_PAGE);
    expect(listStep('PageUp', 5, 3000)).toBe(0);
    expect(listStep('PageDown', 2995, 3000)).toBe(2999);
  });

  it('leaves every other key to the page, and does nothing in an empty list', () => {
    expect(listStep('Enter', 2, 5)).toBeNull();
    expect(listStep('a', 2, 5)).toBeNull();
    expect(listStep('ArrowDown', 0, 0)).toBeNull();
  });
});
