import { describe, expect, it } from 'vitest';
import { MATCH_TIER, nameForms, scoreName } from './name-match';

const score = (query: string, name: string) => scoreName(nameForms(query), nameForms(name));

describe('scoreName', () => {
  it('treats spaces, hyphens and none inside a name alike', () => {
    expect(score('kong xuan you', 'Kong Xuanyou')).toBe(MATCH_TIER.exact);
    expect(score('choesonhui', 'Choe Son-hui')).toBe(MATCH_TIER.exact);
  });
  it('ranks prefix, word start and words in any order', () => {
    expect(score('kong', 'Kong Xuanyou')).toBe(MATCH_TIER.prefix);
    expect(score('lavrov', 'Sergey Lavrov')).toBe(MATCH_TIER.wordStart);
    expect(score('lavrov serg', 'Sergey Lavrov')).toBe(MATCH_TIER.words);
  });
  it('matches romanisation variants below the spelling typed', () => {
    expect(score('choi sun hee', 'Choe Son-hui')).toBe(MATCH_TIER.romanisedExact);
    expect(score('choi', 'Choe Son-hui')).toBe(MATCH_TIER.romanisedPrefix);
  });
  it('forgives one slip in a short word and two in a long one, never in a very short one', () => {
    expect(score('kogn', 'Kong Xuanyou')).toBe(MATCH_TIER.fuzzy - 5);
    expect(score('sheremetievo', 'Sheremetyevo International Airport')).toBe(MATCH_TIER.fuzzy - 5);
    expect(score('vladimr putn', 'Vladimir Putin')).toBeGreaterThan(0);
    expect(score('kgo', 'Kong')).toBe(0);
    expect(score('zzzzqqq', 'China')).toBe(0);
  });
  it('puts every exact or prefix match above every fuzzy one', () => {
    expect(score('kong', 'Kim Jong-un')).toBeLessThan(score('kong', 'Kong Xuanyou'));
    expect(MATCH_TIER.romanisedPrefix).toBeGreaterThan(MATCH_TIER.fuzzy);
  });
});
