import { describe, expect, it } from 'vitest';
import { boundMessage, describeValue, MESSAGE_LIMIT, quoteId, quoteText } from './describe-value';

describe('describeValue', () => {
  it('names non-string values by type, never [object Object]', () => {
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue([1, 2, 3])).toBe('an array of 3 items');
    expect(describeValue([])).toBe('an empty array');
    expect(describeValue(42)).toBe('a number (42)');
    expect(describeValue(false)).toBe('a boolean (false)');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('missing');
    expect(describeValue('x')).toBe('“x”');
  });

  it('quotes at most 80 characters of a long string, with its length', () => {
    const long = 'a'.repeat(2 * 1024 * 1024);
    const quoted = quoteText(long);
    expect(quoted).toBe(`“${'a'.repeat(80)}…” (2,097,152 characters)`);
    expect(quoteId('b'.repeat(100))).toMatch(/^"b{80}…" \(100 characters\)$/);
  });

  it('never cuts a surrogate pair and shows control characters as escapes', () => {
    const text = `${'a'.repeat(79)}😀tail`;
    expect(quoteText(text)).toBe(`“${'a'.repeat(79)}…” (${text.length} characters)`);
    expect(quoteText('line\nbreak')).toBe('“line\\u000abreak”');
    expect(quoteText('lone \ud800 half')).toBe('“lone \\ud800 half”');
    expect(quoteText('pair 😀')).toBe('“pair 😀”');
  });

  it('caps a whole message', () => {
    expect(boundMessage('x'.repeat(10_000)).length).toBe(MESSAGE_LIMIT);
    expect(boundMessage('short')).toBe('short');
  });
});
