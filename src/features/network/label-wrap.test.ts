import { describe, expect, it } from 'vitest';
import { measureText } from '../../lib/text-measure';
import { wrapEdgeWords } from './network-scene';

describe('wrapEdgeWords', () => {
  it('keeps a short relation on one line', () => {
    expect(wrapEdgeWords('Choe met Kong', 11)).toEqual(['Choe met Kong']);
  });

  it('balances long words into at most two lines no wider than 23 ems', () => {
    const text =
      'Ministry of Foreign Affairs of the People’s Republic of China represents China at the talks in Beijing';
    const lines = wrapEdgeWords(text, 11);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(measureText(line, { size: 11 })).toBeLessThanOrEqual(23 * 11);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});
