import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateBundleText } from './validate-bundle';
import { formatIssue } from './bundle-issue';
import { seedBundleText } from './fixtures/seed-bundle';

const raw = seedBundleText();
const source = readFileSync(
  new URL('../../data/sources/hankyoreh-2018-10-08-choe-son-hui.txt', import.meta.url),
  'utf8',
);
const result = validateBundleText(raw);

describe('the seed bundle', () => {
  it('passes every rule', () => {
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  if (!result.ok) return;
  const b = result.bundle;
  const text = b.article.text;
  const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  const quote = (s: { start: number; end: number }[]) => s.map(slice).join(' … ');

  it('keeps the article’s words exactly and leaves out the page chrome', () => {
    for (const block of b.article.blocks) expect(source).toContain(slice(block));
    expect(text).not.toContain('most viewed articles');
    expect(text).not.toContain('Posted on :');
    expect(b.article.title).toBe(slice(b.article.blocks.find((x) => x.kind === 'headline')!));
    expect(b.article.published).toBe('2018-10-08T17:06:00+09:00');
    expect(b.article.modified).toBe('2018-10-08T17:21:00+09:00');
    expect(b.article.blocks.filter((x) => x.kind === 'caption')).toHaveLength(2);
  });

  it('reads a sample of mentions back as the names they mark', () => {
    const names = (entity: string) => b.mentions.filter((m) => m.entity === entity).map(slice);
    expect(new Set(names('choe-son-hui'))).toEqual(
      new Set(['Choe Son-hui', 'Choe', 'Choe Son Hui']),
    );
    expect(names('kong-xuanyou')).toContain('Kong');
    expect(names('tass').every((n) => n === 'TASS')).toBe(true);
    expect(names('kcna')).toEqual(['Korean Central News Agency', 'KCNA']);
    // A capital standing for its government is the state, not the city.
    const pyongyangPosition = text.indexOf('Pyongyang’s position');
    expect(b.mentions.find((m) => m.start === pyongyangPosition)?.entity).toBe('north-korea');
    const inBeijing = text.indexOf('talks in Beijing') + 'talks in '.length;
    expect(b.mentions.find((m) => m.start === inBeijing)?.entity).toBe('beijing');
  });

  it('rests relations and events on passages that say them', () => {
    const rel = (id: string) => b.relations.find((r) => r.id === id)!;
    expect(quote(rel('r-choe-meets-kong-beijing').evidence)).toMatch(
      /Choe held vice minister-level talks in Beijing with Kong Xuanyou/,
    );
    expect(quote(rel('r-lavrov-disputes-pompeo').evidence)).toMatch(
      /Sergey Lavrov .* disputed US Secretary of State Mike Pompeo’s claims/,
    );
    expect(quote(rel('r-north-korea-aligned-with-china').evidence)).toMatch(
      /firmer foundation with China and Russia/,
    );
    for (const e of b.events) {
      // The article's own words for the date appear in the event's evidence.
      expect(quote(e.evidence).toLowerCase()).toContain(e.when.text.toLowerCase());
    }
  });

  it('resolves relative dates against the posting date at their real precision', () => {
    const when = (id: string) => b.events.find((e) => e.id === id)!.when;
    expect(when('e-biegun-visits-south-korea')).toMatchObject({
      start: '2018-09',
      text: 'last month',
    });
    expect(when('e-kim-jong-un-russia-visit')).toMatchObject({
      start: '2018-10',
      end: '2018-12',
      text: 'within the year',
    });
    expect(when('e-putin-south-korea-visit')).toMatchObject({ start: '2019', text: 'next year' });
    expect(when('e-beijing-talks').start).toBe('2018-10-05');
  });

  it('tells Choe’s journey in order, with the unstated start marked as inferred', () => {
    const choe = b.journeys.find((j) => j.traveler === 'choe-son-hui')!;
    expect(choe.legs.map((l) => [l.from, l.to])).toEqual([
      ['pyongyang', 'beijing'],
      ['beijing', 'moscow'],
    ]);
    expect(choe.legs[0]!.basis).toBe('inferred');
    expect(choe.legs[0]!.note).toBeTruthy();
    expect(choe.legs[1]!.basis).toBe('stated');
    expect(quote(choe.legs[1]!.evidence)).toContain(
      'arrival at Moscow’s Sheremetyevo International Airport',
    );
  });

  it('gives every place and country coordinates', () => {
    for (const e of b.entities.filter((x) => x.kind === 'place' || x.kind === 'country'))
      expect(e.location, e.id).toBeDefined();
    const moscow = b.entities.find((e) => e.id === 'moscow')!.location!;
    expect(moscow.lat).toBeCloseTo(55.75, 1);
    expect(moscow.lon).toBeCloseTo(37.62, 1);
  });
});
