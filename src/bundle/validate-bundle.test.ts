import { describe, expect, it } from 'vitest';
import { validateBundle, validateBundleText } from './validate-bundle';
import { tinyBundle } from './fixtures/tiny-bundle';
import type { Bundle } from './bundle-schema';
import { formatIssue } from './bundle-issue';

function refuse(mutate: (b: Bundle) => void): string[] {
  const bundle = tinyBundle();
  mutate(bundle);
  const result = validateBundle(bundle);
  if (result.ok) throw new Error('expected the bundle to be refused');
  return result.issues.map(formatIssue);
}

describe('validateBundle', () => {
  it('accepts the tiny fixture', () => {
    const result = validateBundle(tinyBundle());
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('refuses another format with a message naming both', () => {
    const messages = refuse((b) => Object.assign(b, { format: 'article-atlas/bundle@9' }));
    expect(messages[0]).toContain('article-atlas/bundle@9');
    expect(messages[0]).toContain('article-atlas/bundle@1');
  });

  it('refuses a missing field, naming the item and field', () => {
    const messages = refuse((b) => {
      const e = b.entities[1] as unknown as Record<string, unknown>;
      delete e.name;
    });
    expect(messages.join('\n')).toMatch(/entity 2 "bob" › name/);
  });

  it('refuses a duplicate id across kinds', () => {
    const messages = refuse((b) => {
      (b.relations[0] as { id: string }).id = 'ann';
    });
    expect(messages.join('\n')).toMatch(
      /relation 1 "ann" › id: id "ann" is already used by entity 1 "ann"/,
    );
  });

  it('refuses references that do not resolve', () => {
    const messages = refuse((b) => {
      b.relations[0]!.target = 'carol';
      b.events[0]!.participants.push('dave');
      b.journeys[0]!.legs[0]!.to = 'lyon';
      b.entities[0]!.country = 'atlantis';
    });
    const all = messages.join('\n');
    expect(all).toMatch(/relation 1 "r1" › target: refers to "carol"/);
    expect(all).toMatch(/event 1 "e1" › participants: refers to "dave"/);
    expect(all).toMatch(/leg 1 "j1-1" of journey "j1" › to: refers to "lyon"/);
    expect(all).toMatch(/entity 1 "ann" › country: refers to "atlantis"/);
  });

  it('refuses an empty span and one past the end of the text', () => {
    const messages = refuse((b) => {
      b.relations[0]!.evidence = [{ start: 5, end: 5 }];
      b.events[0]!.evidence = [{ start: 40, end: 9999 }];
    });
    const all = messages.join('\n');
    expect(all).toMatch(/relation 1 "r1" › evidence: is empty or reversed/);
    expect(all).toMatch(/event 1 "e1" › evidence: ends at 9999, past the end/);
  });

  it('refuses a mention whose text is not a name or alias, quoting the text', () => {
    const messages = refuse((b) => {
      b.mentions[0]!.end = 7; // "Ann met"
    });
    expect(messages.join('\n')).toContain(
      'marks “Ann met”, which is neither the name “Ann” nor an alias of ann',
    );
  });

  it('refuses overlapping mentions', () => {
    const messages = refuse((b) => {
      b.entities[0]!.aliases.push('nn');
      b.mentions.splice(1, 0, { entity: 'ann', start: 1, end: 3 });
    });
    expect(messages.join('\n')).toMatch(/overlaps mention 1/);
  });

  it('refuses a stated item without evidence and an inferred one without a note', () => {
    const messages = refuse((b) => {
      b.relations[0]!.evidence = [];
      delete b.journeys[0]!.legs[0]!.note;
    });
    const all = messages.join('\n');
    expect(all).toMatch(/relation 1 "r1" › evidence: cites no passage, but the basis is "stated"/);
    expect(all).toMatch(
      /leg 1 "j1-1" of journey "j1" › note: is missing, but the basis is "inferred"/,
    );
  });

  it('refuses blocks out of order or overlapping, and outside the text', () => {
    const order = refuse((b) => {
      b.article.blocks.reverse();
    });
    expect(order.join('\n')).toMatch(
      /block 2 "b1" › start: starts at 0, inside or before the previous block/,
    );
    const outside = refuse((b) => {
      b.article.blocks[1]!.end = 10_000;
    });
    expect(outside.join('\n')).toMatch(/block 2 "b2" › start\/end: ends at 10000/);
  });

  it('refuses dates that do not exist and ranges that end before they start', () => {
    const messages = refuse((b) => {
      b.events[0]!.when = { start: '2018-02-30', text: 'on Feb. 30' };
      b.relations[0]!.when = { start: '2018-10', end: '2018-09-30', text: 'x' };
    });
    const all = messages.join('\n');
    expect(all).toMatch(/event 1 "e1" › when.start: "2018-02-30" is not a real date/);
    expect(all).toMatch(/relation 1 "r1" › when.end: "2018-09-30" is before its start "2018-10"/);
  });

  it('refuses a date in the wrong form and a published time without offset', () => {
    const messages = refuse((b) => {
      b.events[0]!.when.start = '5 Oct 2018';
      b.article.published = '2018-10-08T17:06:00';
    });
    const all = messages.join('\n');
    expect(all).toMatch(/event 1 "e1" › start: must be YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(all).toMatch(/article › published/);
  });

  it('turns broken JSON into an issue instead of throwing', () => {
    const result = validateBundleText('{"format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatIssue(result.issues[0]!)).toMatch(/is not valid JSON/);
  });

  it('refuses things that are not bundles at all', () => {
    for (const value of [null, 42, 'text', [], {}]) expect(validateBundle(value).ok).toBe(false);
  });
});
