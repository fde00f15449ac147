import { describe, expect, it, vi } from 'vitest';
import { markKeyDown } from './mark-key-down';

const press = (key: string) => {
  const activate = vi.fn();
  const navigate = vi.fn();
  const preventDefault = vi.fn();
  markKeyDown('e1', activate, navigate)({ key, preventDefault });
  return { activate, navigate, preventDefault };
};

describe('markKeyDown', () => {
  it('Enter and Space act on the mark and keep the page from scrolling', () => {
    for (const key of ['Enter', ' ']) {
      const r = press(key);
      expect(r.activate).toHaveBeenCalledTimes(1);
      expect(r.navigate).not.toHaveBeenCalled();
      expect(r.preventDefault).toHaveBeenCalledTimes(1);
    }
  });
  it('arrows, Home and End move along time with the mark id and the key', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']) {
      const r = press(key);
      expect(r.navigate).toHaveBeenCalledWith('e1', key);
      expect(r.activate).not.toHaveBeenCalled();
    }
  });
  it('leaves every other key to the browser (Tab must leave the chart)', () => {
    for (const key of ['Tab', 'Escape', 'a', 'PageDown']) {
      const r = press(key);
      expect(r.activate).not.toHaveBeenCalled();
      expect(r.navigate).not.toHaveBeenCalled();
      expect(r.preventDefault).not.toHaveBeenCalled();
    }
  });
});
