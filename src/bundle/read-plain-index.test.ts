import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkIndexText } from './check-index-text';
import { readPlainIndex } from './read-plain-index';

const FILE = 'bundles/index.json';
const sound = {
  id: 'hankyoreh-2018-10-08',
  file: 'fixtures/tiny-story.json',
  title: 'A story',
  publisher: 'The Test Gazette',
  published: '2018-10-08',
};

/**
 * The small check must agree with the schema both ways: whatever it reads, the schema reads
 * the same (it never lets through what zod refuses), and whatever the schema reads, it reads
 * too (a sound list never needs zod on the page).
 */
function expectSameReading(text: string): void {
  const plain = readPlainIndex(text);
  const full = checkIndexText(text, FILE);
  if (full.ok) expect(plain).toEqual(full.value);
  else expect(plain).toBeNull();
}

describe('readPlainIndex', () => {
  it('reads the list this build ships, as the schema does', () => {
    const text = readFileSync('public/bundles/index.json', 'utf8');
    expect(readPlainIndex(text)?.bundles.length).toBeGreaterThan(1);
    expectSameReading(text);
  });

  it('keeps only the known fields and reads past a byte order mark', () => {
    const text = `\ufeff${JSON.stringify({ bundles: [{ ...sound, extra: 1 }], other: true })}`;
    expect(readPlainIndex(text)).toEqual({ bundles: [sound] });
    expectSameReading(text);
  });

  it.each([
    ['not JSON', '{"bundles": ['],
    ['a list at the top', JSON.stringify([sound])],
    ['no stories', JSON.stringify({ bundles: [] })],
    [
      'a file outside bundles/',
      JSON.stringify({ bundles: [{ ...sound, file: '../secrets.json' }] }),
    ],
    ['two folder levels', JSON.stringify({ bundles: [{ ...sound, file: 'a/b/c.json' }] })],
    ['an empty title', JSON.stringify({ bundles: [{ ...sound, title: '' }] })],
    ['a numeric id', JSON.stringify({ bundles: [{ ...sound, id: 7 }] })],
    ['a missing date', JSON.stringify({ bundles: [{ ...sound, published: undefined }] })],
    ['a story that is not an object', JSON.stringify({ bundles: [sound, 'x'] })],
  ])('refuses %s, as the schema does', (_, text) => {
    expect(readPlainIndex(text)).toBeNull();
    expectSameReading(text);
  });

  it('agrees with the schema on thousands of generated lists', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '',
        'a',
        'x.json',
        'f/x.json',
        '../x.json',
        'f/g/x.json',
        'x.JSON',
        'x y.json',
      ),
    );
    const value = fc.oneof(text, fc.integer(), fc.constant(null), fc.boolean(), fc.array(text));
    const entry = fc.record(
      {
        id: value,
        file: value,
        title: value,
        publisher: value,
        published: value,
        note: value,
      },
      { requiredKeys: [] },
    );
    // Mostly sound stories with a field or two changed, so both readings often accept.
    const nearlySound = fc.record(
      {
        id: fc.oneof(fc.constant(sound.id), value),
        file: fc.oneof(fc.constant(sound.file), text),
        title: fc.oneof(fc.constant(sound.title), value),
        publisher: fc.constant(sound.publisher),
        published: fc.oneof(fc.constant(sound.published), value),
        note: value,
      },
      { requiredKeys: ['publisher'] },
    );
    const list = fc.oneof(
      fc.record({ bundles: fc.array(fc.oneof(nearlySound, entry, value), { maxLength: 4 }) }),
      fc.record({ bundles: value }),
      fc.json(),
    );
    fc.assert(
      fc.property(list, (data) => {
        expectSameReading(typeof data === 'string' ? data : JSON.stringify(data));
      }),
      { seed: 15, numRuns: 4000 },
    );
  });
});
