import { describe, expect, it } from 'vitest';
import { FALLBACK_WIDTH, measureText, type TextStyle } from './text-measure';

const sans13 = { size: 13 } as const;

describe('measureText', () => {
  it('reads advances from the table: "A" is 1401/2048 em in DejaVu Sans, rounded up', () => {
    expect(measureText('A', { size: 1000 })).toBe(685);
    expect(measureText('', sans13)).toBe(0);
  });

  it('scales with the size and adds up over characters (no kerning)', () => {
    const w = measureText('Choe Son-hui', sans13);
    expect(measureText('Choe Son-hui', { size: 26 })).toBeCloseTo(w * 2, 9);
    expect(measureText('Choe', sans13) + measureText(' Son-hui', sans13)).toBeCloseTo(w, 9);
    expect(measureText('AV', sans13)).toBeCloseTo(
      measureText('A', sans13) + measureText('V', sans13),
      9,
    );
  });

  it('tells narrow from wide letters, bold from regular and serif from sans', () => {
    expect(measureText('WWW', sans13)).toBeGreaterThan(measureText('iii', sans13) * 2.5);
    const regular = measureText('Pyongyang', sans13);
    expect(measureText('Pyongyang', { size: 13, weight: 'bold' })).toBeGreaterThan(regular);
    expect(measureText('Pyongyang', { size: 13, weight: 700 })).toBe(
      measureText('Pyongyang', { size: 13, weight: 'bold' }),
    );
    expect(measureText('Pyongyang', { size: 13, weight: 500 })).toBe(regular);
    expect(measureText('Pyongyang', { size: 13, font: 'serif' })).not.toBe(regular);
  });

  // SVG text lengths measured in Chromium 1xx on Debian, where the sans stack resolves to DejaVu
  // Sans (Linux's system-ui, the widest font the stack meets) and the serif stack to
  // Liberation Serif (Times metrics). Sans must match within kerning (±1.5 %); serif errs wide,
  // since the table also holds DejaVu Serif, which is at least as wide as Georgia.
  const chromium: [string, TextStyle, number][] = [
    ['Beijing', { size: 13 }, 44.25],
    ['Moscow', { size: 13 }, 51.69],
    ['Sheremetyevo International Airport', { size: 13 }, 230.39],
    ['Valentina Matviyenko', { size: 11 }, 117.86],
    ['Valentina Matviyenko', { size: 13, weight: 'bold' }, 158.52],
    ['Pyongyang', { size: 13, weight: 'bold' }, 81.55],
    ['Korean Central News Agency', { size: 13 }, 188.19],
    ['WWWWWWWWWW', { size: 64, weight: 700 }, 705.94],
  ];
  it.each(chromium)('measures %s as Chromium draws it in DejaVu Sans', (text, style, px) => {
    const w = measureText(text, style);
    expect(w).toBeGreaterThanOrEqual(px * 0.995);
    expect(w).toBeLessThan(px * 1.015);
  });
  it('errs wide for serif text', () => {
    const times: [string, TextStyle, number][] = [
      ['Korean Central News Agency', { size: 13, font: 'serif' }, 155.59],
      ['Pyongyang', { size: 64, font: 'serif' }, 288],
      ['Choe Son-hui', { size: 13, font: 'serif', weight: 'bold' }, 75.5],
    ];
    for (const [text, style, px] of times) {
      expect(measureText(text, style)).toBeGreaterThan(px);
      expect(measureText(text, style)).toBeLessThan(px * 1.4);
    }
  });

  it('gives characters the table lacks a width by class', () => {
    expect(measureText('한국', { size: 10 })).toBe(20);
    expect(measureText('朝鲜', { size: 10 })).toBe(20);
    expect(measureText('😀', { size: 10 })).toBe(FALLBACK_WIDTH.emoji / 100);
    expect(measureText('ب', { size: 10 })).toBe(7);
    expect(measureText('ب', { size: 10, weight: 'bold' })).toBeCloseTo(7.7, 9);
  });

  it('counts an emoji sequence, a flag and a combining mark as what is drawn', () => {
    const one = measureText('😀', { size: 10 });
    expect(measureText('👩‍👩‍👧', { size: 10 })).toBe(one);
    expect(measureText('👍🏽', { size: 10 })).toBe(one);
    expect(measureText('🇰🇷', { size: 10 })).toBe(one);
    expect(measureText('🇰🇷🇷🇺', { size: 10 })).toBe(one * 2);
    expect(measureText('e\u0301', sans13)).toBe(measureText('e', sans13));
    expect(measureText('a\u0000b\u0007', sans13)).toBe(measureText('ab', sans13));
  });

  it('adds letter spacing after every drawn character', () => {
    const plain = measureText('NORTH', { size: 10 });
    expect(measureText('NORTH', { size: 10, letterSpacing: 0.1 })).toBeCloseTo(plain + 5, 9);
  });
});
