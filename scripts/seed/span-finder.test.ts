import { describe, expect, it } from 'vitest';
import { SpanError, SpanFinder } from './span-finder.js';

const text = [
  'Choe met Kong in Beijing on Oct. 5. Later Choe flew to Moscow.',
  'Russia’s envoy and the Russian minister met Choe again.',
].join('\n\n');
const blocks = [
  { id: 'p1', start: 0, end: 62 },
  { id: 'p2', start: 64, end: text.length },
];
const finder = new SpanFinder(text, blocks);
const at = (r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('SpanFinder', () => {
  it('has blocks that match the fixture', () => {
    expect(at(finder.block('p1'))).toBe(
      'Choe met Kong in Beijing on Oct. 5. Later Choe flew to Moscow.',
    );
  });

  it('finds a unique quote and returns UTF-16 offsets, end exclusive', () => {
    const r = finder.span('Kong');
    expect(r).toEqual({ start: 9, end: 13 });
    expect(at(r)).toBe('Kong');
  });

  it('counts curly quotes as one UTF-16 unit each', () => {
    const r = finder.span('Russia', { in: 'p2' });
    expect(r.start).toBe(64);
    expect(at({ start: r.end, end: r.end + 2 })).toBe('’s');
  });

  it('takes the nth occurrence', () => {
    expect(finder.span('Choe', { occurrence: 1 }).start).toBe(0);
    expect(finder.span('Choe', { occurrence: 2 }).start).toBe(42);
    expect(at(finder.span('Choe', { occurrence: 3 }))).toBe('Choe');
    expect(finder.span('Choe', { occurrence: 3 }).start).toBeGreaterThan(64);
  });

  it('limits the search to a block, or to a longer passage', () => {
    expect(finder.span('Choe', { in: 'p2' }).start).toBeGreaterThan(64);
    expect(finder.span('Choe', { within: 'Later Choe flew' }).start).toBe(42);
  });

  it('matches whole words only, unless partial', () => {
    expect(finder.occurrences('Russia', { start: 0, end: text.length })).toHaveLength(1);
    expect(finder.occurrences('Russia', { start: 0, end: text.length }, true)).toHaveLength(2);
  });

  it('throws when the quote is not found', () => {
    expect(() => finder.span('Pyongyang')).toThrow(SpanError);
    expect(() => finder.span('Pyongyang')).toThrow(/not found/);
    expect(() => finder.span("Russia's")).toThrow(/curly quotes/);
    expect(() => finder.span('Choe', { occurrence: 4 })).toThrow(/occurs 3 time/);
  });

  it('throws when the quote is ambiguous', () => {
    expect(() => finder.span('Choe')).toThrow(SpanError);
    expect(() => finder.span('Choe')).toThrow(/ambiguous.*occurs 3 times/);
    expect(() => finder.span('Choe', { in: 'p1' })).toThrow(/ambiguous/);
  });

  it('expands a quote to its sentence, not stopping at abbreviations', () => {
    expect(at(finder.sentence('Beijing'))).toBe('Choe met Kong in Beijing on Oct. 5.');
    expect(at(finder.sentence('flew'))).toBe('Later Choe flew to Moscow.');
    expect(at(finder.sentence('envoy'))).toBe(
      'Russia’s envoy and the Russian minister met Choe again.',
    );
  });
});

describe('seed annotations', () => {
  it('all resolve, and the committed bundle is what the generator builds', async () => {
    const { readFileSync } = await import('node:fs');
    const { buildSeedBundle, BUNDLE_ID } = await import('./build-seed-bundle.js');
    const raw = readFileSync(
      new URL('../../data/sources/hankyoreh-2018-10-08-choe-son-hui.txt', import.meta.url),
      'utf8',
    );
    const built = buildSeedBundle(raw);
    const committed: unknown = JSON.parse(
      readFileSync(new URL(`../../public/bundles/${BUNDLE_ID}.json`, import.meta.url), 'utf8'),
    );
    expect(JSON.parse(JSON.stringify(built))).toEqual(committed);
  });
});
