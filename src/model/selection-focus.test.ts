import { describe, expect, it } from 'vitest';
import type { Bundle, Span } from '../bundle/bundle-schema';
import { seedBundle } from '../bundle/fixtures/seed-bundle';
import { tinyBundle } from '../bundle/fixtures/tiny-bundle';
import type { Selection } from '../view-state/view-state';
import { focusForPassage, selectionFocus, type SelectionFocus } from './selection-focus';

// tinyBundle, 54 characters: "Ann met Bob in Paris.\n\nAnn left on Oct. 5. Bob stayed."
// mentions ann 0–3 and 23–26, bob 8–11 and 43–46, paris 15–20; relation r1 ann–bob (evidence
// 0–21); event e1 "Ann leaves" in paris (23–42); leg j1-1 of ann's journey, france → paris.
const tiny = tinyBundle();

function focusOf(bundle: Bundle, selection: Selection | null): SelectionFocus {
  const result = selectionFocus(bundle, selection);
  if (!result.ok) throw new Error(result.message);
  return result.focus;
}

/** The focus as sorted lists, so a failure prints what differs. */
const lists = (f: SelectionFocus) => ({
  selected: [...f.selected].sort(),
  entities: [...f.entities].sort(),
  relations: [...f.relations].sort(),
  events: [...f.events].sort(),
  legs: [...f.legs].sort(),
  evidence: f.evidence.map((s: Span) => [s.start, s.end]),
});

const nothing = { selected: [], entities: [], relations: [], events: [], legs: [], evidence: [] };

describe('selectionFocus on the tiny bundle', () => {
  it('concerns nothing without a selection', () => {
    expect(lists(focusOf(tiny, null))).toEqual(nothing);
  });

  it('an entity: itself, its relations and the people at their other ends, its events and legs', () => {
    expect(lists(focusOf(tiny, { kind: 'entity', id: 'ann' }))).toEqual({
      selected: ['ann'],
      entities: ['ann', 'bob'],
      relations: ['r1'],
      events: ['e1'],
      legs: ['j1-1'],
      evidence: [
        [0, 3],
        [23, 26],
      ],
    });
  });

  it('a place: the events held there and the legs that start or end there', () => {
    expect(lists(focusOf(tiny, { kind: 'entity', id: 'paris' }))).toEqual({
      selected: ['paris'],
      entities: ['paris'],
      relations: [],
      events: ['e1'],
      legs: ['j1-1'],
      evidence: [[15, 20]],
    });
  });

  it('a relation: its two ends and its evidence', () => {
    expect(lists(focusOf(tiny, { kind: 'relation', id: 'r1' }))).toEqual({
      ...nothing,
      selected: ['r1'],
      entities: ['ann', 'bob'],
      relations: ['r1'],
      evidence: [[0, 21]],
    });
  });

  it('an event: its participants and its place', () => {
    expect(lists(focusOf(tiny, { kind: 'event', id: 'e1' }))).toEqual({
      ...nothing,
      selected: ['e1'],
      entities: ['ann', 'paris'],
      events: ['e1'],
      evidence: [[23, 42]],
    });
  });

  it('a leg: its traveller and both places', () => {
    expect(lists(focusOf(tiny, { kind: 'leg', id: 'j1-1' }))).toEqual({
      ...nothing,
      selected: ['j1-1'],
      entities: ['ann', 'france', 'paris'],
      legs: ['j1-1'],
    });
  });

  it('a block: everything drawn from its text, and the block as the evidence', () => {
    expect(lists(focusOf(tiny, { kind: 'block', id: 'b1' }))).toEqual({
      ...nothing,
      selected: ['b1'],
      entities: ['ann', 'bob', 'paris'],
      relations: ['r1'],
      evidence: [[0, 21]],
    });
    // The second paragraph holds e1's evidence: its participant and place come with it.
    expect(lists(focusOf(tiny, { kind: 'block', id: 'b2' }))).toEqual({
      ...nothing,
      selected: ['b2'],
      entities: ['ann', 'bob', 'paris'],
      events: ['e1'],
      evidence: [[23, 54]],
    });
  });

  it('a passage: selected by its offsets; ranges that only touch do not count', () => {
    expect(lists(focusOf(tiny, { kind: 'passage', start: 8, end: 11 }))).toEqual({
      ...nothing,
      selected: ['passage:8-11'],
      entities: ['ann', 'bob'],
      relations: ['r1'],
      evidence: [[8, 11]],
    });
    // 21–23 is the blank line between the paragraphs: it ends where r1's evidence ends and
    // ends where e1's begins, so it concerns nothing.
    expect(lists(focusOf(tiny, { kind: 'passage', start: 21, end: 23 }))).toEqual({
      ...nothing,
      selected: ['passage:21-23'],
      evidence: [[21, 23]],
    });
  });

  it('sorts evidence into text order, whatever the bundle’s order', () => {
    const b = tinyBundle();
    b.relations[0]!.evidence = [
      { start: 23, end: 42 },
      { start: 0, end: 21 },
      { start: 0, end: 11 },
    ];
    expect(lists(focusOf(b, { kind: 'relation', id: 'r1' })).evidence).toEqual([
      [0, 11],
      [0, 21],
      [23, 42],
    ]);
    expect(b.relations[0]!.evidence[0]).toEqual({ start: 23, end: 42 });
  });

  it('says which id is missing, in words, for every kind', () => {
    const message = (selection: Selection) => {
      const result = selectionFocus(tiny, selection);
      return result.ok ? null : result.message;
    };
    const tail = 'The link may be from another story or an older version of this one.';
    expect(message({ kind: 'entity', id: 'carol' })).toBe(
      `This story has no entity “carol”. ${tail}`,
    );
    expect(message({ kind: 'relation', id: 'r2' })).toBe(
      `This story has no relation “r2”. ${tail}`,
    );
    expect(message({ kind: 'event', id: 'r1' })).toBe(`This story has no event “r1”. ${tail}`);
    expect(message({ kind: 'leg', id: 'j1-2' })).toBe(
      `This story has no journey leg “j1-2”. ${tail}`,
    );
    expect(message({ kind: 'block', id: 'b9' })).toBe(`This story has no block “b9”. ${tail}`);
  });

  it('refuses a passage past the end of the text, giving both lengths', () => {
    expect(selectionFocus(tiny, { kind: 'passage', start: 50, end: 60 })).toEqual({
      ok: false,
      message: 'The link selects characters 50–60, but this article has 54.',
    });
    expect(selectionFocus(tiny, { kind: 'passage', start: 50, end: 54 }).ok).toBe(true);
  });
});

describe('focusForPassage', () => {
  it('draws a leg’s traveller and places from the leg’s evidence', () => {
    const b = tinyBundle();
    b.journeys[0]!.legs[0]!.evidence = [{ start: 23, end: 42 }];
    const f = focusForPassage(b, { start: 30, end: 35 });
    expect(lists(f)).toEqual({
      ...nothing,
      entities: ['ann', 'france', 'paris'],
      events: ['e1'],
      legs: ['j1-1'],
      evidence: [[30, 35]],
    });
  });
});

describe('selectionFocus on the seed story', () => {
  const seed = seedBundle();

  it('Choe Son-hui concerns her 11 relations, their 9 other ends, 4 events and 2 legs', () => {
    const f = lists(focusOf(seed, { kind: 'entity', id: 'choe-son-hui' }));
    expect(f.selected).toEqual(['choe-son-hui']);
    expect(f.relations).toHaveLength(11);
    expect(f.relations).toContain('r-choe-meets-morgulov-moscow');
    expect(f.relations).toContain('r-kcna-reports-beijing-talks');
    expect(f.entities).toEqual([
      'beijing',
      'choe-son-hui',
      'igor-morgulov',
      'kcna',
      'kong-xuanyou',
      'moscow',
      'north-korea',
      'russia',
      'tass',
      'yonhap',
    ]);
    expect(f.events).toEqual([
      'e-beijing-talks',
      'e-choe-arrives-moscow',
      'e-moscow-bilateral-talks',
      'e-moscow-trilateral-talks',
    ]);
    expect(f.legs).toEqual(['j-choe-1', 'j-choe-2']);
    // Her 12 mentions, in text order.
    expect(f.evidence).toHaveLength(12);
    const starts = f.evidence.map(([s]) => s!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('the Beijing talks concern both envoys and Beijing, with two passages of evidence', () => {
    expect(lists(focusOf(seed, { kind: 'event', id: 'e-beijing-talks' }))).toEqual({
      ...nothing,
      selected: ['e-beijing-talks'],
      entities: ['beijing', 'choe-son-hui', 'kong-xuanyou'],
      events: ['e-beijing-talks'],
      evidence: [
        [921, 1114],
        [2103, 2193],
      ],
    });
  });
});

describe('selectionFocus: places on the map', () => {
  const places = (bundle: Bundle, selection: Selection) =>
    [...focusOf(bundle, selection).places].sort();

  it('a person: the ends of her legs and the places of her events', () => {
    expect(places(tiny, { kind: 'entity', id: 'ann' })).toEqual(['france', 'paris']);
    expect(places(tiny, { kind: 'entity', id: 'bob' })).toEqual([]);
  });

  it('a leg: its two ends; an event: its place; a relation: none', () => {
    expect(places(tiny, { kind: 'leg', id: 'j1-1' })).toEqual(['france', 'paris']);
    expect(places(tiny, { kind: 'event', id: 'e1' })).toEqual(['paris']);
    expect(places(tiny, { kind: 'relation', id: 'r1' })).toEqual([]);
  });

  it('Choe Son-hui: Pyongyang, Beijing and Moscow, where her legs and events are', () => {
    const seed = seedBundle();
    const f = places(seed, { kind: 'entity', id: 'choe-son-hui' });
    expect(f).toEqual(expect.arrayContaining(['beijing', 'moscow', 'pyongyang']));
  });
});
