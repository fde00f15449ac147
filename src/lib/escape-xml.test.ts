import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });

  it('drops characters XML 1.0 cannot hold and keeps the rest', () => {
    expect(escapeXml('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
    expect(escapeXml('Choe’s “visit” – 8–9 Oct 😀')).toBe('Choe’s “visit” – 8–9 Oct 😀');
    expect(escapeXml('lone \uD800 surrogate')).toBe('lone  surrogate');
  });
});
