import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../bundle/bundle-issue';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { seedDeckText } from '../fixtures/seed-deck';
import { recoverDeck, validateDeck, validateDeckText } from './validate-deck';
import { DECK_FORMAT } from './deck-schema';

const bundle = seedBundle();
const shipped = (): { slides: Record<string, unknown>[] } & Record<string, unknown> =>
  JSON.parse(seedDeckText()) as { slides: Record<string, unknown>[] };

describe('the shipped deck of the seed story', () => {
  const result = validateDeckText(seedDeckText(), bundle);

  it('passes every rule', () => {
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('tells the story in 6 to 10 slides, each quoting the article', () => {
    if (!result.ok) return;
    const { slides } = result.deck;
    expect(slides.length).toBeGreaterThanOrEqual(6);
    expect(slides.length).toBeLessThanOrEqual(10);
    for (const s of slides) expect(s.quotes.length).toBeGreaterThan(0);
    const selections = slides.map((s) => s.view.selection);
    expect(selections).toEqual(
      expect.arrayContaining([
        'relation:r-north-korea-aligned-with-china',
        'event:e-beijing-talks',
        'leg:j-choe-2',
        'event:e-moscow-bilateral-talks',
        'event:e-moscow-trilateral-talks',
        'relation:r-lavrov-disputes-pompeo',
        'event:e-kim-jong-un-russia-visit',
        'event:e-putin-south-korea-visit',
      ]),
    );
  });

  it('quotes whole sentences, as the reader splits them', () => {
    if (!result.ok) return;
    for (const s of result.deck.slides)
      for (const q of s.quotes) expect(q.text).toMatch(/^[A-Z“].*[.”]$/u);
  });
});

describe('validateDeck', () => {
  it('names the slide, the field and why for an unknown id', () => {
    const deck = shipped();
    (deck.slides[2]!.view as Record<string, unknown>).selection = 'event:e-nowhere';
    const result = validateDeck(deck, bundle);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      item: 'slide 3 “First stop: talks in Beijing, 5 Oct”',
      field: 'view.selection',
      path: 'slides[2].view.selection',
    });
    expect(result.issues[0]!.message).toContain('event “e-nowhere”, which is not in this story');
  });

  it('refuses quotes outside the text and quote text that does not match', () => {
    const deck = shipped();
    const quotes = deck.slides[0]!.quotes as { start: number; end: number; text?: string }[];
    quotes[0]!.end = 99_999;
    const second = deck.slides[1]!.quotes as { start: number; end: number; text?: string }[];
    second[0]!.start += 1;
    const result = validateDeck(deck, bundle);
    if (result.ok) throw new Error('expected issues');
    expect(result.issues.map((i) => i.field)).toEqual(['quotes[0].end', 'quotes[0].text']);
    expect(result.issues[0]!.message).toContain('past the end of the article text');
  });

  it('refuses a deck of another story, another format, repeated ids and bad JSON', () => {
    const other = { ...shipped(), bundleId: 'elsewhere' };
    expect(validateDeck(other, bundle)).toMatchObject({
      ok: false,
      issues: [{ field: 'bundleId' }],
    });
    const future = { ...shipped(), format: 'article-atlas/deck@9' };
    expect(validateDeck(future, bundle)).toMatchObject({
      ok: false,
      issues: [{ field: 'format' }],
    });
    const twice = shipped();
    twice.slides[1]!.id = twice.slides[0]!.id;
    const dup = validateDeck(twice, bundle);
    expect(dup.ok ? [] : dup.issues.map((i) => i.message)).toEqual([
      '“s-title” is already the id of slide 1',
    ]);
    const text = validateDeckText('{"format": ', bundle);
    expect(text.ok ? '' : text.issues[0]!.field).toBe('(JSON)');
    expect(validateDeck([], bundle).ok).toBe(false);
  });

  it('checks views, dates and filters', () => {
    const deck = shipped();
    deck.slides[1]!.view = {
      views: ['network', 'network'],
      selection: 'nonsense',
      asOf: '2018-02-30',
      hiddenKinds: ['dragon'],
      hiddenRelations: ['meets', 'hugs'],
    };
    const result = validateDeck(deck, bundle);
    if (result.ok) throw new Error('expected issues');
    expect(result.issues.map((i) => i.field)).toEqual([
      'view.views',
      'view.selection',
      'view.asOf',
      'view.hiddenKinds[0]',
      'view.hiddenRelations[1]',
    ]);
  });

  it('reports schema problems by field', () => {
    const deck = shipped();
    deck.slides[3]!.title = '   ';
    deck.slides[4]!.view = { views: ['globe'] };
    const result = validateDeck(deck, bundle);
    if (result.ok) throw new Error('expected issues');
    expect(result.issues.map((i) => `${i.item} › ${i.field}`)).toEqual([
      'slide 4 (s-moscow-arrival) › title',
      'slide 5 “Bilateral talks with Russia, 8 Oct” › view.views[0]',
    ]);
  });
});

describe('recoverDeck', () => {
  it('keeps the good slides in order and lists the bad ones', () => {
    const deck = shipped();
    deck.slides[1] = { id: 'broken' } as Record<string, unknown>;
    (deck.slides[5]!.view as Record<string, unknown>).selection = 'leg:nowhere';
    const { deck: kept, setAside } = recoverDeck(deck, bundle);
    expect(kept?.slides.map((s) => s.id)).toEqual([
      's-title',
      's-beijing',
      's-moscow-arrival',
      's-bilateral',
      's-sanctions',
      's-kim-visit',
      's-putin-visit',
    ]);
    expect(setAside.map((s) => s.label)).toEqual([
      'slide 2 (broken)',
      'slide 6 “Trilateral talks with Russia and China, 9 Oct”',
    ]);
    expect(kept?.format).toBe(DECK_FORMAT);
  });

  it('renames a repeated id instead of dropping the slide', () => {
    const deck = shipped();
    deck.slides[1]!.id = 's-title';
    const { deck: kept } = recoverDeck(deck, bundle);
    expect(kept?.slides.slice(0, 2).map((s) => s.id)).toEqual(['s-title', 's-title-2']);
  });

  it('gives up on the deck only when the envelope is unreadable', () => {
    expect(recoverDeck({ slides: 'x' }, bundle).deck).toBeNull();
  });
});
