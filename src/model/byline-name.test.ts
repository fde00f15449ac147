import { describe, expect, it } from 'vitest';
import { bylineName } from './byline-name';

describe('bylineName', () => {
  it('drops the leading By and the role after the comma', () => {
    expect(bylineName('By Kim Oi-hyun, Beijing correspondent')).toBe('Kim Oi-hyun');
    expect(bylineName('Kim Oi-hyun, Beijing correspondent')).toBe('Kim Oi-hyun');
    expect(bylineName('  by A. Writer ')).toBe('A. Writer');
  });

  it('keeps a byline it cannot shorten', () => {
    expect(bylineName('Staff')).toBe('Staff');
    expect(bylineName(', Reuters')).toBe(', Reuters');
  });
});
