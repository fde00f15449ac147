import { describe, expect, it } from 'vitest';
import { base64Utf8, xmlSafeText } from './xml-safe-text';

describe('xmlSafeText', () => {
  it('drops what XML 1.0 cannot hold and keeps the rest, pairs and line breaks included', () => {
    expect(xmlSafeText('a\u0000b\u0007c\td\ne\r\u000Bf\uFFFF')).toBe('abc\td\ne\rf');
    expect(xmlSafeText('x\uD800y\uDC00z')).toBe('xyz');
    expect(xmlSafeText('flag 🇰🇷 <b>&')).toBe('flag 🇰🇷 <b>&');
  });
});

describe('base64Utf8', () => {
  it('encodes UTF-8, not Latin-1', () => {
    expect(base64Utf8('→')).toBe('4oaS');
    expect(atob(base64Utf8('<svg>é</svg>'))).toBe('<svg>\u00c3\u00a9</svg>');
  });
});
