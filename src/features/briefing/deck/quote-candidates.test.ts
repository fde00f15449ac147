import { describe, expect, it } from 'vitest';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { quoteCandidates, quoteOf, trimSpan } from './quote-candidates';
import { slideFromViewState, titleDeck } from './new-slide';
import { parseViewState } from '../../../view-state/parse-view-state';
import { citationLine, sourceLine } from './citation';

const bundle = seedBundle();
const text = bundle.article.text;
const words = (spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('quoteCandidates', () => {
  it('offers a relation’s evidence', () => {
    expect(words(quoteCandidates(bundle, 'relation:r-lavrov-disputes-pompeo'))).toEqual([
      expect.stringMatching(/^At a UNSC meeting on Sept\. 27/),
    ]);
  });

  it('offers the sentences naming an entity, once each', () => {
    const found = words(quoteCandidates(bundle, 'entity:igor-morgulov'));
    expect(found).toEqual([
      'The trilateral Moscow talks were attended by Choe, Russian Deputy Foreign Minister Igor Morgulov, and Kong, TASS reported.',
    ]);
  });

  it('offers the sentences of a block and a selected passage', () => {
    expect(quoteCandidates(bundle, 'block:b7')).toHaveLength(2);
    expect(quoteCandidates(bundle, 'passage:3482-3514')).toEqual([{ start: 3482, end: 3514 }]);
  });

  it('keeps quotes already chosen, and offers nothing for nothing', () => {
    expect(quoteCandidates(bundle, null, [{ start: 10, end: 20 }])).toEqual([
      { start: 10, end: 20 },
    ]);
    expect(quoteCandidates(bundle, 'entity:nobody')).toEqual([]);
  });

  it('trims white space off the ends', () => {
    expect(trimSpan('  ab  ', { start: 0, end: 6 })).toEqual({ start: 2, end: 4 });
    expect(quoteOf(bundle, { start: 3482, end: 3514 }).text).toBe(
      '“I’m not really sure,” she said.',
    );
  });
});

describe('new slides', () => {
  it('turn the workspace into a slide titled after the selection, quoting its evidence', () => {
    const { state } = parseViewState(
      bundle.id,
      new URLSearchParams('views=map&sel=leg:j-choe-2&asof=2018-10-06'),
    );
    const slide = slideFromViewState(bundle, state, titleDeck(bundle));
    expect(slide.id).toBe('s-2');
    expect(slide.title).toBe('Choe travels Beijing → Moscow, 6 Oct');
    expect(slide.view).toEqual({
      views: ['map'],
      selection: 'leg:j-choe-2',
      asOf: '2018-10-06',
      hiddenKinds: [],
      hiddenRelations: [],
    });
    expect(slide.quotes.length).toBeGreaterThan(0);
    expect(slide.quotes.reduce((n, q) => n + q.end - q.start, 0)).toBeLessThanOrEqual(400);
  });

  it('without a selection take the story’s title', () => {
    const { state } = parseViewState(bundle.id, new URLSearchParams(''));
    const slide = slideFromViewState(bundle, state, titleDeck(bundle));
    expect(slide.title).toBe(bundle.article.title);
    expect(slide.quotes).toEqual([]);
  });

  it('cite the writer, paper and day', () => {
    expect(citationLine(bundle.article)).toBe('Kim Oi-hyun, The Hankyoreh, 8 Oct 2018');
    expect(sourceLine(bundle.article, ['map'])).toBe(
      'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018. Geography: Natural Earth.',
    );
    expect(sourceLine(bundle.article, ['network'])).not.toContain('Geography');
  });
});
