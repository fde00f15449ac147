import { describe, expect, it } from 'vitest';
import { emptyDraft } from './draft';
import { readStoredDraft } from './read-stored-draft';

describe('readStoredDraft', () => {
  it('reads nothing stored as none, and a draft as a draft', () => {
    expect(readStoredDraft(undefined)).toEqual({ kind: 'none' });
    const draft = {
      ...emptyDraft(),
      text: 'Hello',
      entities: [{ id: 'a', kind: 'person', name: '', aliases: [] }],
    };
    expect(readStoredDraft(draft)).toEqual({ kind: 'draft', draft });
  });

  it('calls a record of the wrong shape damaged and says where', () => {
    expect(readStoredDraft('{"version":1,"te')).toEqual({
      kind: 'damaged',
      reason: 'it is a string, not a draft',
    });
    expect(readStoredDraft({ ...emptyDraft(), version: 2 })).toMatchObject({
      kind: 'damaged',
      reason: expect.stringContaining('version 2') as string,
    });
    const cut = { ...emptyDraft(), text: 42 };
    expect(readStoredDraft(cut)).toMatchObject({
      kind: 'damaged',
      reason: expect.stringMatching(/^text: /) as string,
    });
    const badEvidence = { ...emptyDraft(), relations: [{ id: 'r', evidence: [{ start: 'x' }] }] };
    expect(readStoredDraft(badEvidence)).toMatchObject({
      kind: 'damaged',
      reason: expect.stringMatching(/^relations\.0\.evidence\.0\.start/) as string,
    });
  });
});
