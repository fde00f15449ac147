import { describe, expect, it } from 'vitest';
import { nextThemePreference, parseThemePreference } from './theme-preference';
import { clampSplit, parseStoredSplit, SPLIT_DEFAULT, SPLIT_MAX, SPLIT_MIN } from '../split-ratio';

describe('stored preferences', () => {
  it('reads the theme and falls back to system on anything else', () => {
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference('{"theme":"dark"}')).toBe('system');
    expect(parseThemePreference(null)).toBe('system');
    expect(['system', 'light', 'dark'].map((p) => nextThemePreference(p as 'system'))).toEqual([
      'light',
      'dark',
      'system',
    ]);
  });

  it('reads the split and keeps it in bounds', () => {
    expect(parseStoredSplit('0.5')).toBe(0.5);
    expect(parseStoredSplit('banana')).toBe(SPLIT_DEFAULT);
    expect(parseStoredSplit(null)).toBe(SPLIT_DEFAULT);
    expect(clampSplit(0)).toBe(SPLIT_MIN);
    expect(clampSplit(2)).toBe(SPLIT_MAX);
  });
});
