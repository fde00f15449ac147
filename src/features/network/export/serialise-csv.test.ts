import { describe, expect, it } from 'vitest';
import { csvField, serialiseCsv } from './serialise-csv';

describe('csv', () => {
  it('quotes only what needs quoting, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('she said "no"')).toBe('"she said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
  });

  it('writes a header and rows with CRLF line ends', () => {
    const text = serialiseCsv(
      ['id', 'name'],
      [
        ['a', 'Ann'],
        ['b', 'Bob, Jr.'],
      ],
    );
    expect(text).toBe('id,name\r\na,Ann\r\nb,"Bob, Jr."\r\n');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
  });
});
