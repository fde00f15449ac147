import { describe, expect, it } from 'vitest';
import { tinyBundle } from './fixtures/tiny-bundle';
import { validateBundle } from './validate-bundle';

/** A copy of the small fixture as plain JSON data, to break in ways the types forbid. */
const raw = (): Record<string, unknown> & {
  entities: Record<string, unknown>[];
  mentions: Record<string, unknown>[];
  relations: Record<string, unknown>[];
} => JSON.parse(JSON.stringify(tinyBundle())) as never;

const issuesOf = (data: unknown) => {
  const result = validateBundle(data);
  if (result.ok) throw new Error('expected a refusal');
  return result.issues;
};

describe('a refusal lists every error, shape and rules together', () => {
  it('reports a shape error and two rule errors: three, not the first', () => {
    const data = raw();
    data.entities[1] = { ...data.entities[1], kind: 'alien' }; // shape: bob's kind
    data.mentions[2] = { ...data.mentions[2], end: 9999 }; // rule: past the end of the text
    data.relations[0] = { ...data.relations[0], target: 'ghost' }; // rule: unknown entity
    const issues = issuesOf(data);
    expect(issues.map((i) => i.path)).toEqual([
      'entities[1].kind',
      'mentions[2]',
      'relations[0].target',
    ]);
    expect(issues[1]?.message).toMatch(/past the end of the article text/);
  });

  it('does not blame what points at an item whose own shape is wrong', () => {
    const data = raw();
    data.entities[0] = { ...data.entities[0], kind: 'alien' }; // ann: mentioned, in a relation
    const issues = issuesOf(data);
    expect(issues.map((i) => i.path)).toEqual(['entities[0].kind']);
  });

  it('numbers items as the file does, though broken ones were set aside', () => {
    const data = raw();
    data.mentions[0] = { entity: 'ann', start: 'zero', end: 3 }; // shape
    data.mentions[3] = { ...data.mentions[3], entity: 'nobody' }; // rule, 4th in the file
    const issues = issuesOf(data);
    const rule = issues.find((i) => i.path.startsWith('mentions[3]'));
    expect(rule?.item).toMatch(/^mention 4 /);
    expect(rule?.message).toMatch(/not an entity/);
  });

  it('judges no reference when the list of entities is missing altogether', () => {
    const data = raw();
    delete (data as Record<string, unknown>).entities;
    const issues = issuesOf(data);
    expect(issues.every((i) => !/not an entity/.test(i.message))).toBe(true);
    expect(issues.some((i) => i.path === 'entities')).toBe(true);
  });
});
