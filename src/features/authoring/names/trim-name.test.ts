import { describe, expect, it } from 'vitest';
import { trimName } from './trim-name';

describe('trimName', () => {
  it('cuts punctuation that clings to a name in running text', () => {
    expect(trimName('Beijing,')).toBe('Beijing');
    expect(trimName('Venezuela.')).toBe('Venezuela');
    expect(trimName('“Kraków”),')).toBe('Kraków');
    expect(trimName("Japan's")).toBe('Japan');
    expect(trimName('Choe Son-hui’s')).toBe('Choe Son-hui');
  });

  it('keeps the full stop of an abbreviation', () => {
    expect(trimName('U.S.')).toBe('U.S.');
    expect(trimName('U.S.,')).toBe('U.S.');
    expect(trimName('D.P.R.K.')).toBe('D.P.R.K.');
    expect(trimName('Martin Luther King Jr.')).toBe('Martin Luther King Jr.');
  });
});
