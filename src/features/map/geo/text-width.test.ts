import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width';

describe('textWidth', () => {
  // Widths measured in Chromium (canvas measureText) with DejaVu Sans, the widest system-ui.
  const measured: [string, { size: number; bold?: boolean; caps?: boolean }, number][] = [
    ['Beijing', { size: 13 }, 44.2],
    ['Moscow', { size: 13 }, 51.7],
    ['Sheremetyevo International Airport', { size: 13 }, 230.4],
    ['on the afternoon of Oct. 6', { size: 11 }, 142.6],
    ['Valentina Matviyenko', { size: 13, bold: true }, 158.5],
    ['Pyongyang', { size: 13, bold: true }, 81.5],
    ['North Korea', { size: 10, bold: true, caps: true }, 91.9],
    ['WWW mmm', { size: 13 }, 80.7],
  ];
  it.each(measured)('estimates %s a little wide, never narrow', (text, style, px) => {
    const estimate = textWidth(text, style);
    expect(estimate).toBeGreaterThanOrEqual(px * 0.97);
    expect(estimate).toBeLessThan(px * 1.18);
  });
});
