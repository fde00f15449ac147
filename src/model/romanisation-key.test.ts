import { describe, expect, it } from 'vitest';
import { romanisationKey } from './romanisation-key';

const same = (...names: string[]) => new Set(names.map(romanisationKey)).size;

describe('romanisationKey', () => {
  it('merges Korean romanisations of one name', () => {
    expect(same('choesonhui', 'choisonhui', 'choesunhui', 'chwesonhui', 'choisunhee')).toBe(1);
    expect(same('sonhui', 'sunhui', 'seonhee')).toBe(1);
    expect(same('kim', 'gim')).toBe(1);
    expect(same('parkminjun', 'pakminjun', 'bakminjun')).toBe(1);
  });
  it('merges pinyin and Wade–Giles', () => {
    expect(same('xi', 'hsi')).toBe(1);
    expect(same('zhou', 'chou')).toBe(1);
  });
  it('keeps different names apart', () => {
    expect(same('kongxuanyou', 'kimjongun')).toBe(2);
    expect(same('lavrov', 'putin')).toBe(2);
  });
});
