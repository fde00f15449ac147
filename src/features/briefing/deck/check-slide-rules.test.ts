import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../../bundle/fixtures/tiny-bundle';
import { checkSlideRules } from './check-slide-rules';
import type { Slide, SlideView } from './deck-schema';

// tinyBundle's text, 54 characters: "Ann met Bob in Paris.\n\nAnn left on Oct. 5. Bob stayed."
const bundle = tinyBundle();

function slide(view: Partial<SlideView> = {}, quotes: Slide['quotes'] = []): Slide {
  return {
    id: 's1',
    title: 'Ann meets Bob',
    caption: '',
    notes: '',
    view: {
      views: ['network'],
      selection: null,
      asOf: null,
      hiddenKinds: [],
      hiddenRelations: [],
      ...view,
    },
    quotes,
  };
}

const fields = (s: Slide) => checkSlideRules(s, bundle).map((p) => p.field);

describe('checkSlideRules', () => {
  it('finds nothing wrong with a slide that names what the story has', () => {
    expect(
      checkSlideRules(
        slide(
          {
            views: ['network', 'map'],
            selection: 'relation:r1',
            asOf: '2018-10-05',
            hiddenKinds: ['place'],
            hiddenRelations: ['meets'],
          },
          [{ start: 0, end: 21, text: 'Ann met Bob in Paris.' }],
        ),
        bundle,
      ),
    ).toEqual([]);
  });

  it('accepts a selection of every kind the bundle has', () => {
    for (const selection of [
      'entity:ann',
      'relation:r1',
      'event:e1',
      'leg:j1-1',
      'block:b2',
      'passage:0-21',
      'passage:53-54',
    ])
      expect(checkSlideRules(slide({ selection }), bundle)).toEqual([]);
  });

  it('refuses a view named twice', () => {
    expect(checkSlideRules(slide({ views: ['map', 'map'] }), bundle)).toEqual([
      { field: 'view.views', message: 'names a view twice (map, map)' },
    ]);
  });

  it('refuses a selection that is not of the form kind:id', () => {
    const problems = checkSlideRules(slide({ selection: 'ann' }), bundle);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('view.selection');
    expect(problems[0]!.message).toMatch(/^is “ann”, not a selection like “relation:r-…”/);
    expect(fields(slide({ selection: 'person:ann' }))).toEqual(['view.selection']);
    expect(fields(slide({ selection: 'passage:9-3' }))).toEqual(['view.selection']);
  });

  it('names the kind and id of a selection the story does not have', () => {
    const message = (selection: string) =>
      checkSlideRules(slide({ selection }), bundle)[0]?.message;
    expect(message('entity:carol')).toBe('refers to entity “carol”, which is not in this story');
    expect(message('relation:r2')).toBe('refers to relation “r2”, which is not in this story');
    expect(message('event:e9')).toBe('refers to event “e9”, which is not in this story');
    expect(message('leg:j1-2')).toBe('refers to journey leg “j1-2”, which is not in this story');
    expect(message('block:b3')).toBe('refers to block “b3”, which is not in this story');
    // An id of one kind is not found as another.
    expect(message('event:r1')).toBe('refers to event “r1”, which is not in this story');
  });

  it('refuses a passage past the end of the article, giving its length', () => {
    expect(checkSlideRules(slide({ selection: 'passage:50-55' }), bundle)).toEqual([
      { field: 'view.selection', message: 'selects characters 50–55, but the article has 54' },
    ]);
  });

  it('refuses an as-of that is not a real calendar day', () => {
    expect(fields(slide({ asOf: '2018-10' }))).toEqual(['view.asOf']);
    expect(fields(slide({ asOf: '2018-02-30' }))).toEqual(['view.asOf']);
    expect(checkSlideRules(slide({ asOf: 'yesterday' }), bundle)).toEqual([
      { field: 'view.asOf', message: 'is “yesterday”, not a date (YYYY-MM-DD)' },
    ]);
    expect(fields(slide({ asOf: '2016-02-29' }))).toEqual([]);
  });

  it('refuses unknown entity kinds and relation kinds the story lacks, by index', () => {
    const problems = checkSlideRules(
      slide({ hiddenKinds: ['person', 'people'], hiddenRelations: ['meets', 'visits'] }),
      bundle,
    );
    expect(problems).toEqual([
      {
        field: 'view.hiddenKinds[1]',
        message: 'is “people”; the kinds are person, country, organization, place, media',
      },
      {
        field: 'view.hiddenRelations[1]',
        message: 'is “visits”, a relation kind this story does not have',
      },
    ]);
  });

  it('checks each quote: empty, reversed, past the end, blank, mismatched, repeated', () => {
    const problems = checkSlideRules(
      slide({}, [
        { start: 5, end: 5 },
        { start: 9, end: 3 },
        { start: 40, end: 60 },
        { start: 21, end: 23 },
        { start: 0, end: 3, text: 'Bob' },
        { start: 0, end: 3 },
      ]),
      bundle,
    );
    expect(problems).toEqual([
      { field: 'quotes[0]', message: 'is empty or reversed (start 5, end 5)' },
      { field: 'quotes[1]', message: 'is empty or reversed (start 9, end 3)' },
      {
        field: 'quotes[2].end',
        message: 'is 60, past the end of the article text (54)',
      },
      { field: 'quotes[3]', message: 'quotes only white space' },
      {
        field: 'quotes[4].text',
        message: 'does not match the article at 0–3, which reads “Ann”',
      },
      { field: 'quotes[5]', message: 'quotes characters 0–3 a second time' },
    ]);
  });

  it('shortens a long mismatched quote to 80 characters, an ellipsis and its length', () => {
    const long = { ...bundle, article: { ...bundle.article, text: 'x'.repeat(100) } };
    const [problem] = checkSlideRules(slide({}, [{ start: 0, end: 90, text: 'y' }]), long);
    expect(problem!.message).toBe(
      `does not match the article at 0–90, which reads “${'x'.repeat(80)}…” (90 characters)`,
    );
  });

  it('reports every broken rule of one slide, not just the first', () => {
    expect(
      fields(
        slide(
          { views: ['map', 'map'], selection: 'entity:carol', asOf: 'soon', hiddenKinds: ['x'] },
          [{ start: 3, end: 1 }],
        ),
      ),
    ).toEqual(['view.views', 'view.selection', 'view.asOf', 'view.hiddenKinds[0]', 'quotes[0]']);
  });
});
