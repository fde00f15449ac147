import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS, tooLongMessage } from './article-limits';
import { decodeTextFile } from './decode-text-file';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeTextFile', () => {
  it('reads UTF-8 and drops its byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kraków, Đà Nẵng')]);
    expect(decodeTextFile(bytes)).toEqual({ ok: true, text: 'Kraków, Đà Nẵng' });
  });

  it('reads UTF-16 little-endian with its byte order mark (Notepad’s “Unicode”)', () => {
    const text = 'Reykjavík 𠮷';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      bytes[2 + i * 2] = c & 0xff;
      bytes[3 + i * 2] = c >> 8;
    }
    expect(decodeTextFile(bytes)).toEqual({ ok: true, text });
  });

  it('refuses binary data, saying where the zero byte is', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = decodeTextFile(png);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('zero byte at byte 8');
  });

  it('refuses Latin-1 bytes that are mostly not UTF-8, and keeps a stray one', () => {
    const latin1 = new Uint8Array(
      [...'Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0xe9, 0xe9]),
    );
    expect(decodeTextFile(latin1).ok).toBe(false);
    const mostlyFine = new Uint8Array([...utf8('a'.repeat(200)), 0xe9]);
    expect(decodeTextFile(mostlyFine).ok).toBe(true);
  });

  it('turns a form feed into a block break', () => {
    expect(decodeTextFile(utf8('one\ftwo'))).toEqual({ ok: true, text: 'one\n\ntwo' });
  });
});

describe('tooLongMessage', () => {
  it('gives both lengths and says the draft was left as it was', () => {
    const message = tooLongMessage('The pasted text', 5_242_880);
    expect(message).toContain('5,242,880 characters');
    expect(message).toContain(MAX_ARTICLE_CHARS.toLocaleString('en-US'));
    expect(message).toContain('Nothing was changed');
  });
});
