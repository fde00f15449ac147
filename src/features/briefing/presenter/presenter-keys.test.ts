import { describe, expect, it } from 'vitest';
import { presenterAction, targetSlide } from './presenter-keys';

const press = (key: string, target: 'text' | 'widget' | 'button' | 'other' = 'other', mods = {}) =>
  presenterAction({ key, target, ...mods });

describe('presenterAction', () => {
  it('maps the keys of a keyboard and a clicker', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => press(k))).toEqual(
      Array(4).fill('next'),
    );
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => press(k))).toEqual(
      Array(3).fill('previous'),
    );
    expect([press('Home'), press('End'), press('b'), press('B'), press('.')]).toEqual([
      'first',
      'last',
      'blank',
      'blank',
      'blank',
    ]);
    expect([press('f'), press('F'), press('Escape'), press('x')]).toEqual([
      'fullscreen',
      'fullscreen',
      'escape',
      null,
    ]);
  });

  it('leaves browser shortcuts and text fields alone; a focused button or widget keeps nothing', () => {
    expect(press('ArrowLeft', 'other', { altKey: true })).toBeNull();
    expect(press('p', 'other', { ctrlKey: true })).toBeNull();
    expect(press('ArrowRight', 'text')).toBeNull();
    expect(press('Escape', 'text')).toBe('escape');
    expect(press('ArrowRight', 'widget')).toBe('next');
    expect(press('b', 'widget')).toBe('blank');
    expect(press(' ', 'button')).toBe('next');
    expect(press('Home', 'button')).toBe('first');
    expect(press('ArrowRight', 'button')).toBe('next');
  });
});

describe('targetSlide', () => {
  it('stays within the deck', () => {
    expect(targetSlide('next', 3, 8)).toBe(4);
    expect(targetSlide('next', 8, 8)).toBe(8);
    expect(targetSlide('previous', 1, 8)).toBe(1);
    expect(targetSlide('first', 5, 8)).toBe(1);
    expect(targetSlide('last', 2, 8)).toBe(8);
    expect(targetSlide('next', 1, 0)).toBe(1);
  });
});
