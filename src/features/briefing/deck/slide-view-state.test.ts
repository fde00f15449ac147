import { describe, expect, it } from 'vitest';
import { parseViewState } from '../../../view-state/parse-view-state';
import {
  slideHref,
  slideSearch,
  slideViewFromState,
  slideViewState,
  slideWorkspaceHref,
} from './slide-view-state';
import type { SlideView } from './deck-schema';

const view: SlideView = {
  views: ['map'],
  selection: 'leg:j-choe-2',
  asOf: '2018-10-06',
  hiddenKinds: ['media'],
  hiddenRelations: [],
};

describe('slide ↔ view state', () => {
  it('puts the slide’s state in the briefing URL', () => {
    expect(slideHref('seed', view, 4)).toBe(
      '/b/seed/briefing/4?views=map&sel=leg:j-choe-2&asof=2018-10-06&hide=media',
    );
    expect(slideWorkspaceHref('seed', view)).toBe(
      '/b/seed?views=map&sel=leg:j-choe-2&asof=2018-10-06&hide=media',
    );
    expect(
      slideSearch('seed', {
        ...view,
        views: ['network'],
        selection: null,
        asOf: null,
        hiddenKinds: [],
      }),
    ).toBe('');
  });

  it('round-trips through the URL parser', () => {
    const search = slideSearch('seed', view).slice(1);
    const { state, problems } = parseViewState('seed', new URLSearchParams(search), '4');
    expect(problems).toEqual([]);
    expect(state).toEqual(slideViewState('seed', view, 4));
    expect(slideViewFromState(state)).toEqual(view);
  });

  it('keeps “no views” distinct from the default', () => {
    expect(slideSearch('seed', { ...view, views: [] })).toContain('views=&');
  });
});
