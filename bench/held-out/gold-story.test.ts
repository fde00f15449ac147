import { describe, expect, it } from 'vitest';
import { buildGoldStory } from './gold-story';
import { HELD_OUT } from './held-out-stories';

describe('buildGoldStory', () => {
  it('strips the marks, keeps blocks apart and collects every marked form', () => {
    const story = buildGoldStory({
      id: 't',
      about: '',
      blocks: [
        ['headline', '[[Kenya]] Talks'],
        ['paragraph', '[[Kenyan|kenya]] envoy [[Ann Lee]] met [[Lee|ann]].'],
      ],
      entities: [
        { id: 'kenya', kind: 'country', name: 'Kenya' },
        { id: 'ann', kind: 'person', name: 'Ann Lee' },
      ],
    });
    expect(story.text).toBe('Kenya Talks\n\nKenyan envoy Ann Lee met Lee.');
    expect(story.blocks).toEqual([
      { start: 0, end: 11, kind: 'headline' },
      { start: 13, end: 42, kind: 'paragraph' },
    ]);
    expect([...story.gold[0]!.forms]).toEqual(['Kenya', 'Kenyan']);
    expect([...story.gold[1]!.forms]).toEqual(['Ann Lee', 'Lee']);
  });

  it('refuses a form left unmarked, a mark with no entity and an entity never marked', () => {
    const entities = [{ id: 'ann', kind: 'person' as const, name: 'Ann Lee' }];
    expect(() =>
      buildGoldStory({
        id: 't',
        about: '',
        blocks: [['paragraph', '[[Ann Lee]] and Ann Lee.']],
        entities,
      }),
    ).toThrow('“Ann Lee” at 12 is not marked');
    expect(() =>
      buildGoldStory({ id: 't', about: '', blocks: [['paragraph', '[[Bob]].']], entities }),
    ).toThrow('[[Bob]] names no entity');
    expect(() =>
      buildGoldStory({ id: 't', about: '', blocks: [['paragraph', 'Nobody.']], entities }),
    ).toThrow('Ann Lee is never marked');
  });

  it('builds every held-out text: at least five, each marking every entity it lists', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(5);
    for (const spec of HELD_OUT) {
      const story = buildGoldStory(spec);
      expect(story.gold.length).toBe(spec.entities.length);
      expect(story.text).not.toContain('[[');
    }
  });
});
