import { describe, expect, it } from 'vitest';
import { validateBundle, validateBundleText } from './validate-bundle';
import { tinyBundle } from './fixtures/tiny-bundle';
import type { Bundle } from './bundle-schema';
import { formatIssue } from './bundle-issue';

/** Issue 13's list of unclear messages: each case, and the words that now say what to do. */
function messagesOf(bundle: unknown): string[] {
  const result = validateBundle(bundle);
  return result.ok ? [] : result.issues.map(formatIssue);
}

function warningsOf(bundle: unknown): string[] {
  const result = validateBundle(bundle);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.warnings.map(formatIssue);
}

/** A bundle whose text has accents, with mentions at UTF-16 offsets (right) or byte offsets. */
function accented(units: 'utf16' | 'bytes'): Bundle {
  const b = tinyBundle();
  const text = 'José Peña met Zoë Brontë in Paris.';
  const at = (name: string) => {
    const start = text.indexOf(name);
    if (units === 'utf16') return { start, end: start + name.length };
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    return { start: bytes(text.slice(0, start)), end: bytes(text.slice(0, start + name.length)) };
  };
  b.article.text = text;
  b.article.blocks = [{ id: 'b1', kind: 'paragraph', start: 0, end: text.length }];
  b.entities = [
    { id: 'jose', kind: 'person', name: 'José Peña', aliases: [] },
    { id: 'zoe', kind: 'person', name: 'Zoë Brontë', aliases: [] },
    { id: 'paris', kind: 'place', name: 'Paris', aliases: [], location: { lat: 48.86, lon: 2.35 } },
  ];
  b.mentions = [
    { entity: 'jose', ...at('José Peña') },
    { entity: 'zoe', ...at('Zoë Brontë') },
    { entity: 'paris', ...at('Paris') },
  ];
  b.relations = [];
  b.events = [];
  b.journeys = [];
  return b;
}

describe('validator messages say what to do', () => {
  it('names byte offsets when the mentions match only as UTF-8 bytes', () => {
    expect(messagesOf(accented('utf16'))).toEqual([]);
    const messages = messagesOf(accented('bytes'));
    expect(messages[0]).toMatch(
      /3 mentions match their names only when the offsets are read as UTF-8 bytes: this format counts UTF-16 code units/,
    );
    expect(messages.join('\n')).toMatch(
      /mention 2 \(of zoe\) › start\/end: marks .*; read as UTF-8 byte offsets it would be “Zoë Brontë”/,
    );
  });

  it('calls an unsorted mention out of order, not an overlap', () => {
    const b = tinyBundle();
    const [first, second] = b.mentions;
    b.mentions[0] = second!;
    b.mentions[1] = first!;
    const all = messagesOf(b).join('\n');
    expect(all).toMatch(
      /mention 2 \(of ann\) › start: is out of order: “Ann” starts at 0, before mention 1 \(“Bob” at 8\); sort the mentions by start/,
    );
    expect(all).not.toMatch(/overlaps/);
  });

  it('still names a real overlap, with both passages', () => {
    const b = tinyBundle();
    b.entities[0]!.aliases.push('Ann met');
    b.mentions.splice(1, 0, { entity: 'ann', start: 0, end: 7 });
    expect(messagesOf(b).join('\n')).toMatch(
      /mention 2 \(of ann\) › start: “Ann met” \(0–7\) overlaps mention 1 “Ann” \(0–3\); a character belongs to one mention only/,
    );
  });

  it('accepts a date-only published and explains a time without an offset', () => {
    const b = tinyBundle();
    b.article.published = '2019-03-14';
    expect(messagesOf(b)).toEqual([]);
    b.article.published = '2019-03-14T00:00:00';
    expect(messagesOf(b).join('\n')).toContain(
      'article › published: “2019-03-14T00:00:00” has a time but no offset',
    );
    b.article.published = '2019-02-30';
    expect(messagesOf(b).join('\n')).toContain('"2019-02-30" is not a real date');
    b.article.published = '14 March 2019';
    expect(messagesOf(b).join('\n')).toContain(
      'is not in the form YYYY-MM-DD; write the date alone (2018-10-08)',
    );
  });

  it('says how to write a missing list', () => {
    const b = tinyBundle() as unknown as Record<string, unknown>;
    delete b.relations;
    expect(messagesOf(b)).toEqual([
      'bundle › relations: is missing; write "relations": [] if the story has none (at relations)',
    ]);
  });

  it('names lng as the slip it is, and warns about any field it ignores', () => {
    const b = tinyBundle() as unknown as { entities: Record<string, unknown>[] };
    b.entities[2]!.location = { lat: -12.05, lng: -77.04 };
    expect(messagesOf(b).join('\n')).toContain(
      'entity 3 "paris" › lon: is missing; the location has “lng”, which the format does not read: rename “lng” to “lon”',
    );
    b.entities[2]!.location = { lat: 48.86, lon: 2.35, lng: 2.35 };
    expect(warningsOf(b).join('\n')).toContain(
      'entity "paris" › lng: is not a field of the format and is ignored; the field is called “lon” (at entities[2].location.lng)',
    );
  });

  it('suspects a swap when a latitude is out of range', () => {
    const b = tinyBundle();
    b.entities[2]!.location = { lat: 2.35 * 40, lon: 48.86 };
    expect(messagesOf(b).join('\n')).toMatch(
      /lat: is a number \(94\), outside −90 to 90; .*are they swapped\?/,
    );
  });

  it('gives a JSON syntax error a line, a column and the text around it', () => {
    const json =
      '{\n  "format": "article-atlas/bundle@1",\n  "id": "x",\n  "entities": [1, 2,],\n}';
    const result = validateBundleText(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const message = result.issues[0]!.message;
    expect(message).toBe(
      'is not valid JSON at line 4, column 21: a comma before a closing } or ] is not allowed in JSON: remove it. There: “  "entities": [1, 2,⟦here⟧],”',
    );
    expect(message).not.toMatch(/position/);
  });

  it('finds the fault the engine gives no position for', () => {
    const cases: [string, RegExp][] = [
      [
        '{"a": 1 "b": 2}',
        /line 1, column 9: expected "," or "}", found "\\"" \(a comma may be missing\)/,
      ],
      ["{'a': 1}", /line 1, column 2: expected a field name in double quotes, found "'"/],
      ['{"a": "one\ntwo"}', /line 1, column 11: a line break or control character inside a string/],
      ['{"a": 1} x', /line 1, column 10: more text after the end of the data/],
      ['{"a": tru}', /line 1, column 7: expected a value, found "t"/],
    ];
    for (const [json, expected] of cases) {
      const r = validateBundleText(json);
      expect(r.ok ? '' : r.issues[0]!.message).toMatch(expected);
    }
    const deep = `${'['.repeat(100_000)}x`;
    const r = validateBundleText(deep);
    expect(r.ok ? '' : r.issues[0]!.message).toMatch(/column 100001: expected a value, found "x"/);
  });

  it('says a file cut short ends early, with its last line', () => {
    const result = validateBundleText('{\n  "format": "article-atlas/bundle@1",\n  "id": ');
    expect(result.ok ? '' : result.issues[0]!.message).toMatch(
      /the file ends at line 3 before the data is complete/,
    );
  });

  it('never lets a raw line break into a message', () => {
    const b = tinyBundle() as unknown as Record<string, unknown>;
    b.id = 'bad\nid';
    (b.article as Record<string, unknown>).title = 3;
    const all = [
      ...messagesOf(b),
      ...(() => {
        const r = validateBundleText('{\n\n  "a": \n\n nope }');
        return r.ok ? [] : r.issues.map(formatIssue);
      })(),
    ];
    expect(all.length).toBeGreaterThan(1);
    for (const m of all) expect(m).not.toMatch(/[\n\r]/);
    expect(all.join(' ')).toContain('must be text in quotes, but is a number (3)');
  });
});

describe('warnings where the seed generator checks', () => {
  it('warns about dates not in the text, names left unmarked and entities never named', () => {
    const b = accented('utf16');
    b.entities.push({ id: 'lima', kind: 'place', name: 'Lima', aliases: [] });
    b.entities[2]!.aliases.push('Paris.');
    b.article.text = b.article.text.replace('Paris.', 'Paris. José');
    b.article.blocks[0]!.end = b.article.text.length;
    b.relations.push({
      id: 'r1',
      kind: 'meets',
      source: 'jose',
      target: 'zoe',
      label: 'José Peña met Zoë Brontë',
      when: { start: '2019-03', text: 'last month' },
      basis: 'inferred',
      note: 'test',
      evidence: [],
    });
    b.entities[0]!.aliases.push('José');
    const all = warningsOf(b).join('\n');
    expect(all).toContain('relation 1 "r1" › when.text: “last month” is not in the article');
    expect(all).toContain('entity 4 "lima" › name: has no mention: the text never marks “Lima”');
    expect(all).toContain(
      'entity 1 "jose" › aliases: “José” occurs once without a mention (first at 35',
    );
    // "Paris." overlaps the marked "Paris": it counts as marked, not as a second occurrence.
    expect(all).not.toContain('“Paris.” occurs');
  });
});

describe('warnings that know a deliberate choice from a slip', () => {
  it('leaves alone an entity used as context: a country link or an end of an inferred item', () => {
    const b = accented('utf16');
    b.entities.push(
      { id: 'france', kind: 'country', name: 'France', aliases: [] },
      { id: 'spain', kind: 'country', name: 'Spain', aliases: [] },
      { id: 'lyon', kind: 'place', name: 'Lyon', aliases: [] },
      { id: 'rome', kind: 'place', name: 'Rome', aliases: [] },
    );
    b.entities[2]!.country = 'france';
    b.journeys.push({
      id: 'j1',
      traveler: 'jose',
      legs: [
        {
          id: 'l1',
          from: 'lyon',
          to: 'paris',
          status: 'happened',
          basis: 'inferred',
          note: 'assumed',
          evidence: [],
        },
        {
          id: 'l2',
          from: 'paris',
          to: 'rome',
          status: 'happened',
          basis: 'stated',
          evidence: [{ start: 0, end: 9 }],
        },
      ],
    });
    const all = warningsOf(b).join('\n');
    expect(all).not.toContain('"france" › name: has no mention');
    expect(all).not.toContain('"lyon" › name: has no mention');
    // Used by nothing, or only by a stated leg: the name went missing.
    expect(all).toContain('"spain" › name: has no mention');
    expect(all).toContain('"rome" › name: has no mention');
  });

  it('does not ask to mark a title that stands before the person’s own marked name', () => {
    const b = tinyBundle();
    const text =
      'Deputy Secretary of State Helen Marsh met Minister Ruiz. The Deputy Secretary left.';
    const at = (name: string, from = 0) => {
      const start = text.indexOf(name, from);
      return { start, end: start + name.length };
    };
    b.article.text = text;
    b.article.blocks = [{ id: 'b1', kind: 'paragraph', start: 0, end: text.length }];
    b.entities = [
      { id: 'marsh', kind: 'person', name: 'Helen Marsh', aliases: ['Deputy Secretary'] },
      { id: 'ruiz', kind: 'person', name: 'Ruiz', aliases: ['Minister'] },
    ];
    b.mentions = [
      { entity: 'marsh', ...at('Helen Marsh') },
      { entity: 'ruiz', ...at('Ruiz') },
    ];
    b.relations = [];
    b.events = [];
    b.journeys = [];
    const all = warningsOf(b).join('\n');
    // "Deputy Secretary of State Helen Marsh" and "Minister Ruiz": titles before marked names.
    expect(all).not.toContain('“Minister” occurs');
    expect(all.match(/“Deputy Secretary” occurs/g)).toHaveLength(1);
    // "The Deputy Secretary left." stands alone: it is a mention left unmarked.
    expect(all).toContain('“Deputy Secretary” occurs once without a mention (first at 61');
  });
});

describe('a language that is not text', () => {
  // Found by the bench's 50,000-case fuzzer run (seed 2026): the list [{}] as the language was
  // quoted as “[object Object]”.
  it('names what it is instead of quoting it', () => {
    for (const language of [[{}], { en: true }, ['e']] as unknown[]) {
      const b = tinyBundle() as unknown as { article: Record<string, unknown> };
      b.article.language = language;
      const messages = messagesOf(b);
      expect(messages.some((m) => m.includes('language'))).toBe(true);
      for (const m of messages) expect(m).not.toContain('[object Object]');
    }
    const b = tinyBundle() as unknown as { article: Record<string, unknown> };
    b.article.language = [{}];
    expect(messagesOf(b).join('\n')).toMatch(/language code .*as text, but is an array/);
  });
});

describe('a language one character long', () => {
  // Found by the bench's 50,000-case fuzzer run (seed 2026): "𠮷" (two UTF-16 units, one
  // character) was refused with "it is required", which read as if the field were missing.
  it('says it is one character, for a letter outside the BMP too', () => {
    for (const language of ['e', '𠮷']) {
      const b = tinyBundle() as unknown as { article: Record<string, unknown> };
      b.article.language = language;
      const text = messagesOf(b).join('\n');
      expect(text).toContain(`is “${language}”, one character; write the article's language code`);
      expect(text).not.toContain('required');
    }
  });
});
