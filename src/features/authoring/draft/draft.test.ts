import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../../bundle/validate-bundle';
import { formatIssue } from '../../../bundle/bundle-issue';
import { emptyDraft, type Draft } from './draft';
import { splitBlocks, alignBlockKinds } from './split-blocks';
import { remapSpan } from './remap-span';
import { makeId } from './make-id';
import { draftToBundle } from './draft-to-bundle';
import { bundleToDraft } from './bundle-to-draft';
import { proposeLegs } from './propose-legs';
import { draftSentences } from './sentences';

// Written for this test.
const TEXT =
  'Envoy Visits Lima\n\nAna Ruiz flew from Bogotá to Lima on Monday.\nShe met officials.\n\n\nRuiz returned to Bogotá, Colombia, on Friday.';

function draft(): Draft {
  return {
    ...emptyDraft(),
    id: 'envoy',
    meta: {
      title: 'Envoy Visits Lima',
      publisher: 'Test',
      byline: 'Staff',
      published: '2024-05-06',
      url: '',
      language: 'en',
    },
    text: TEXT,
    blockKinds: ['headline'],
    entities: [
      { id: 'ana-ruiz', kind: 'person', name: 'Ana Ruiz', aliases: ['Ruiz'] },
      {
        id: 'lima',
        kind: 'place',
        name: 'Lima',
        aliases: [],
        location: { lat: -12.04, lon: -77.03 },
      },
      {
        id: 'bogota',
        kind: 'place',
        name: 'Bogotá',
        aliases: [],
        location: { lat: 4.61, lon: -74.08 },
        country: 'colombia',
      },
      {
        id: 'colombia',
        kind: 'country',
        name: 'Colombia',
        aliases: [],
        location: { lat: 4.61, lon: -74.08 },
      },
    ],
  };
}

describe('draft', () => {
  it('splits blocks on blank lines and keeps line breaks inside a block', () => {
    const blocks = splitBlocks(TEXT).map((b) => TEXT.slice(b.start, b.end));
    expect(blocks).toEqual([
      'Envoy Visits Lima',
      'Ana Ruiz flew from Bogotá to Lima on Monday.\nShe met officials.',
      'Ruiz returned to Bogotá, Colombia, on Friday.',
    ]);
    expect(alignBlockKinds(TEXT, ['headline'])).toEqual(['headline', 'paragraph', 'paragraph']);
  });

  it('builds a bundle the validator accepts, every name and alias marked, offsets right', () => {
    const bundle = draftToBundle(draft());
    const result = validateBundle(bundle);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    expect(bundle.mentions.map((m) => `${m.entity}:${TEXT.slice(m.start, m.end)}`)).toEqual([
      'lima:Lima',
      'ana-ruiz:Ana Ruiz',
      'bogota:Bogotá',
      'lima:Lima',
      'ana-ruiz:Ruiz',
      'bogota:Bogotá',
      'colombia:Colombia',
    ]);
  });

  it('round-trips through bundleToDraft', () => {
    const bundle = draftToBundle(draft());
    expect(draftToBundle(bundleToDraft(bundle, 'local:envoy'))).toEqual(bundle);
  });

  it('moves evidence with the text, and finds a span the edit touched by its words', () => {
    const before = 'Ana met Ben. Ben left.';
    const after = 'Yesterday Ana met Ben. Ben left.';
    expect(remapSpan(before, after, { start: 13, end: 22 })).toEqual({ start: 23, end: 32 });
    expect(remapSpan(before, 'Ana met Ben! Ben left.', { start: 0, end: 12 })).toBeNull();
    expect(remapSpan(before, 'Ana met Ben. So Ben left.', { start: 13, end: 22 })).toEqual({
      start: 16,
      end: 25,
    });
  });

  it('makes unique ASCII ids from names', () => {
    expect(makeId('Lucía Restrepo', new Set())).toBe('lucia-restrepo');
    expect(makeId('Đà Nẵng', new Set(['da-nang']))).toBe('da-nang-2');
    expect(makeId('東京', new Set(), 'place')).toBe('place');
  });

  it('proposes legs from the places in reading order, a place and its country one stop', () => {
    const bundle = draftToBundle(draft());
    const legs = proposeLegs(bundle, 'ana-ruiz', draftSentences(TEXT), (n) => `leg-${n}`);
    expect(legs.map((l) => `${l.from}→${l.to}`)).toEqual(['bogota→lima', 'lima→bogota']);
    expect(TEXT.slice(legs[1]!.evidence[0]!.start, legs[1]!.evidence[0]!.end)).toBe(
      'Ruiz returned to Bogotá, Colombia, on Friday.',
    );
  });
});
