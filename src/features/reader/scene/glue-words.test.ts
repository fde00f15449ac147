import { describe, expect, it } from 'vitest';
import { glueWords, type GluePart, type GluedPart } from './glue-words';

const text = 'Met (Choe), Kong’s aide. China-Russia talks';
const run = (s: string, from = 0, evidence = false): GluePart<string> => {
  const start = text.indexOf(s, from);
  return { type: 'text', run: { start, end: start + s.length, evidence } };
};
const name = (s: string): GluePart<string> => ({ type: 'mention', mention: s });

/** Each part as the text it covers; groups in brackets. */
const show = (parts: GluedPart<string>[]): string[] =>
  parts.map((p) =>
    p.type === 'text'
      ? text.slice(p.run.start, p.run.end)
      : p.type === 'mention'
        ? `<${p.mention}>`
        : `[${show(p.parts).join('')}]`,
  );

describe('glueWords', () => {
  it('holds a name with the punctuation on either side, and leaves other text alone', () => {
    const parts = [run('Met ('), name('Choe'), run('), '), name('Kong'), run('’s aide. ')];
    expect(show(glueWords(parts, text))).toEqual([
      'Met ',
      '[(<Choe>),]',
      ' ',
      '[<Kong>’s]',
      ' aide. ',
    ]);
  });

  it('joins two names that touch into one group', () => {
    const at = text.indexOf('China');
    const parts = [
      name('China'),
      { type: 'text' as const, run: { start: at + 5, end: at + 6, evidence: false } },
      name('Russia'),
      run(' talks'),
    ];
    expect(show(glueWords(parts, text))).toEqual(['[<China>-<Russia>]', ' talks']);
  });

  it('leaves a name with spaces around it loose, and keeps evidence cuts', () => {
    const parts = [run('Met ', 0, false), name('X'), run(' aide', 0, true)];
    const out = glueWords(parts, text);
    expect(out.map((p) => p.type)).toEqual(['text', 'mention', 'text']);
    expect(out[2]).toEqual({
      type: 'text',
      run: { start: text.indexOf(' aide'), end: text.indexOf(' aide') + 5, evidence: true },
    });
  });

  it('joins the runs it cut when no name is near', () => {
    const out = glueWords([run('Met (Choe), Kong’s aide.')], text);
    expect(out).toEqual([run('Met (Choe), Kong’s aide.')]);
  });
});
