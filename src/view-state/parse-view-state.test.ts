import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatSelection,
  parseSelection,
  parseViewState,
  serialiseViewSearch,
  viewStatePath,
} from './parse-view-state';

const parse = (q: string, slide?: string) => parseViewState('seed', new URLSearchParams(q), slide);

describe('parseViewState', () => {
  it('gives defaults for an empty query', () => {
    const { state, problems } = parse('');
    expect(state).toEqual({
      bundleId: 'seed',
      views: ['network'],
      pane: 'article',
      selection: null,
      asOf: null,
      hiddenKinds: [],
      hiddenRelations: [],
      slide: null,
    });
    expect(problems).toEqual([]);
  });

  it('reads every field', () => {
    const { state, problems } = parse(
      'views=map,network&pane=map&sel=relation:r-1&asof=2018-10-06&hide=media&hiderel=quotes,reports',
    );
    expect(problems).toEqual([]);
    expect(state.views).toEqual(['map', 'network']);
    expect(state.pane).toBe('map');
    expect(state.selection).toEqual({ kind: 'relation', id: 'r-1' });
    expect(state.asOf).toBe('2018-10-06');
    expect(state.hiddenKinds).toEqual(['media']);
    expect(state.hiddenRelations).toEqual(['quotes', 'reports']);
  });

  it('reports what it cannot honour and falls back', () => {
    const { state, problems } = parse('views=network,globe&sel=nonsense&asof=2018-02-30&pane=x');
    expect(state.views).toEqual(['network']);
    expect(state.selection).toBeNull();
    expect(state.asOf).toBeNull();
    expect(state.pane).toBe('article');
    expect(problems.map((p) => p.param)).toEqual(['views', 'pane', 'sel', 'asof']);
    expect(problems[0]!.message).toContain('“globe”');
  });

  it('allows no views at all (article alone)', () => {
    expect(parse('views=').state.views).toEqual([]);
  });

  it('reads the briefing slide and refuses nonsense slides', () => {
    expect(parse('', '3').state.slide).toBe(3);
    const bad = parse('', 'zero');
    expect(bad.state.slide).toBe(1);
    expect(bad.problems[0]!.param).toBe('slide');
  });
});

describe('selections', () => {
  it('parses each kind', () => {
    expect(parseSelection('entity:choe-son-hui')).toEqual({ kind: 'entity', id: 'choe-son-hui' });
    expect(parseSelection('passage:10-42')).toEqual({ kind: 'passage', start: 10, end: 42 });
    expect(parseSelection('passage:42-10')).toBeNull();
    expect(parseSelection('person:x')).toBeNull();
    expect(parseSelection('entity:<script>')).toBeNull();
    expect(parseSelection('entity:')).toBeNull();
  });
});

describe('serialise', () => {
  it('leaves defaults out', () => {
    expect(serialiseViewSearch(parse('').state)).toBe('');
    expect(viewStatePath(parse('').state)).toBe('/b/seed');
    expect(viewStatePath(parse('', '2').state)).toBe('/b/seed/briefing/2');
  });

  it('round-trips any valid state', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
    const selection = fc.oneof(
      fc.constant(null),
      fc.record({ kind: fc.constantFrom('entity', 'relation', 'event', 'leg', 'block'), id }),
      fc
        .tuple(fc.nat(5000), fc.integer({ min: 1, max: 500 }))
        .map(([start, len]) => ({ kind: 'passage' as const, start, end: start + len })),
    );
    fc.assert(
      fc.property(
        fc.subarray(['network', 'map'] as const),
        selection,
        fc.option(
          fc.date({
            min: new Date('1900-01-01'),
            max: new Date('2100-12-31'),
            noInvalidDate: true,
          }),
        ),
        fc.uniqueArray(fc.constantFrom('person', 'media', 'country')),
        fc.constantFrom('article', 'network', 'map', 'inspector'),
        (views, sel, date, hidden, pane) => {
          const asOf = date ? date.toISOString().slice(0, 10) : null;
          const state = {
            bundleId: 'seed',
            views: [...views],
            pane: pane as 'article',
            selection: sel,
            asOf,
            hiddenKinds: [...hidden].sort(),
            hiddenRelations: [],
            slide: null,
          };
          const back = parse(serialiseViewSearch(state).slice(1));
          expect(back.problems).toEqual([]);
          expect(back.state).toEqual(state);
          if (sel) expect(parseSelection(formatSelection(sel))).toEqual(sel);
        },
      ),
    );
  });
});
