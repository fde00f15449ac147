import { describe, expect, it } from 'vitest';
import { QUERY_KEYS, SLIDE_KEYS, VIEW_FIELDS, viewField } from './view-fields';
import { defaultViewState, parseViewState, serialiseViewSearch } from './parse-view-state';
import { slideViewFromState, slideViewSchema, viewStateFromSlide } from './slide-view';
import { MAX_VIEWS } from './view-state';

describe('the URL field table', () => {
  it('names each parameter once', () => {
    const params = QUERY_KEYS.map((k) => VIEW_FIELDS[k].param);
    expect(new Set(params).size).toBe(params.length);
    expect(params).toEqual(['views', 'pane', 'sel', 'asof', 'hide', 'hiderel']);
  });

  it('writes nothing for a default, so every default link is bare', () => {
    for (const key of QUERY_KEYS) {
      const field = viewField(key);
      expect(field.format(field.initial()), key).toBeNull();
    }
    expect(serialiseViewSearch(defaultViewState('x'))).toBe('');
  });

  it('reads back what it writes, field by field', () => {
    const state = {
      ...defaultViewState('x'),
      views: ['map' as const, 'timeline' as const],
      pane: 'timeline' as const,
      selection: { kind: 'leg' as const, id: 'l-1' },
      asOf: '2018-10-05',
      hiddenKinds: ['media'],
      hiddenRelations: ['quotes', 'reports'],
    };
    for (const key of QUERY_KEYS) {
      const field = viewField(key);
      const text = field.format(state[key]);
      expect(text, key).not.toBeNull();
      expect(field.parse(text ?? '').value, key).toEqual(state[key]);
    }
  });

  it('lets a wide screen show all three views, and no more than MAX_VIEWS', () => {
    const { state, problems } = parseViewState(
      'x',
      new URLSearchParams('views=network,map,timeline,map'),
    );
    expect(problems).toEqual([]);
    expect(state.views).toEqual(['network', 'map', 'timeline']);
    expect(state.views.length).toBeLessThanOrEqual(MAX_VIEWS);
  });

  it('keeps the pane out of slides and everything else in', () => {
    expect(SLIDE_KEYS).toEqual(['views', 'selection', 'asOf', 'hiddenKinds', 'hiddenRelations']);
    expect(Object.keys(slideViewSchema.shape).sort()).toEqual([...SLIDE_KEYS].sort());
  });
});

describe('slide ↔ workspace conversion (derived from the table)', () => {
  it('round-trips a workspace state through a slide, dropping only the pane', () => {
    const state = {
      ...defaultViewState('story-1'),
      views: ['timeline' as const],
      pane: 'inspector' as const,
      selection: { kind: 'passage' as const, start: 10, end: 42 },
      asOf: '2019-01-31',
      hiddenKinds: ['country', 'media'],
    };
    const view = slideViewFromState(state);
    expect(view).toEqual({
      views: ['timeline'],
      selection: 'passage:10-42',
      asOf: '2019-01-31',
      hiddenKinds: ['country', 'media'],
      hiddenRelations: [],
    });
    expect(viewStateFromSlide('story-1', view, 3)).toEqual({ ...state, pane: 'article', slide: 3 });
  });

  it('reads a damaged slide the way the URL parser reads a damaged link', () => {
    const state = viewStateFromSlide(
      'x',
      {
        views: ['map'],
        selection: 'nonsense',
        asOf: '2018-02-30',
        hiddenKinds: ['Bad Kind', 'media', 'media'],
        hiddenRelations: [],
      },
      null,
    );
    expect(state.selection).toBeNull();
    expect(state.asOf).toBeNull();
    expect(state.hiddenKinds).toEqual(['media']);
  });

  it('fills defaults for a slide saved before a field existed', () => {
    expect(slideViewSchema.parse({ views: ['network'] })).toEqual({
      views: ['network'],
      selection: null,
      asOf: null,
      hiddenKinds: [],
      hiddenRelations: [],
    });
  });
});
