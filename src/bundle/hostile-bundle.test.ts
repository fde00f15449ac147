import { describe, expect, it } from 'vitest';
import { validateBundle, validateBundleText } from './validate-bundle';
import { tinyBundle } from './fixtures/tiny-bundle';
import type { Bundle } from './bundle-schema';
import { formatIssue } from './bundle-issue';

/** Reproducers from issue 14: each failed before the validator was hardened. */
function issuesOf(mutate: (b: Bundle) => void): string[] {
  const bundle = tinyBundle();
  mutate(bundle);
  const result = validateBundle(bundle);
  return result.ok ? [] : result.issues.map(formatIssue);
}

/**
 * The tiny bundle's own text warning ("this month" not in the text). France is never named but
 * is Ann's country, so it is context, not a missing name (check-bundle-warnings).
 */
const TINY_TEXT_WARNINGS = [/› when\.text: “this month” is not in the article/];

function warningsOf(mutate: (b: Bundle) => void): string[] {
  const bundle = tinyBundle();
  mutate(bundle);
  const result = validateBundle(bundle);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.warnings
    .map(formatIssue)
    .filter((w) => !TINY_TEXT_WARNINGS.some((known) => known.test(w)));
}

describe('hostile bundles', () => {
  it('does not echo a 2 MB value: at most 80 characters and its length', () => {
    const huge = `x${'y'.repeat(2 * 1024 * 1024)}`;
    const messages = issuesOf((b) => {
      b.relations[0]!.target = `${huge}z`;
      b.entities[1]!.id = huge;
    });
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m.length).toBeLessThan(400);
    expect(messages.join('\n')).toContain('(2,097,154 characters)');
  });

  it('describes a non-string format by its type', () => {
    const result = validateBundle({ ...tinyBundle(), format: { nested: true } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.message).toBe('is an object; this app reads "article-atlas/bundle@1"');
    expect(result.issues.map(formatIssue).join('\n')).not.toContain('[object Object]');
  });

  it('refuses a mention that marks half of a surrogate pair', () => {
    const messages = issuesOf((b) => {
      const emoji = '😀';
      b.article.text = `${b.article.text}${emoji}`;
      b.entities.push({ id: 'smile', kind: 'media', name: '\ud83d', aliases: [] });
      const at = b.article.text.length - 2;
      b.mentions.push({ entity: 'smile', start: at, end: at + 1 });
    });
    expect(messages.join('\n')).toMatch(
      /mention 6 \(of smile\) › start\/end: ends at \d+, between the two halves of one character/,
    );
  });

  it('refuses lone surrogates in the text', () => {
    const messages = issuesOf((b) => {
      b.article.text = `${b.article.text} \udc00`;
    });
    expect(messages.join('\n')).toMatch(/article › text: has 1 lone surrogate .*at offset 55/);
  });

  it('warns on a relation from an entity to itself', () => {
    const warnings = warningsOf((b) => {
      b.relations[0]!.target = 'ann';
    });
    expect(warnings).toEqual([
      'relation 1 "r1" › target: is its own source "ann"; a relation from an entity to itself is not drawn (at relations[0].target)',
    ]);
  });

  it('warns once on a loop of country links', () => {
    const warnings = warningsOf((b) => {
      b.entities[3]!.country = 'ann';
      b.entities[1]!.country = 'bob';
    });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /entity 1 "ann" › country: goes round in a loop \("ann" → "france" → back\)/,
    );
    expect(warnings[1]).toMatch(/entity 2 "bob" › country: is the entity itself/);
  });

  it('gives the seed-like tiny bundle no warnings beyond its text one', () => {
    expect(warningsOf(() => {})).toEqual([]);
    const result = validateBundle(tinyBundle());
    expect(result.ok && result.warnings.length).toBe(TINY_TEXT_WARNINGS.length);
  });

  it('reads a file with a UTF-8 byte order mark', () => {
    const result = validateBundleText(`\ufeff${JSON.stringify(tinyBundle())}`);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});
