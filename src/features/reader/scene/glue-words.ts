import type { TextRun } from '../text/segment-passage';

/** A part of a passage: a stretch of text, or a mention cut into runs where evidence changes. */
export type GluePart<M> = { type: 'text'; run: TextRun } | { type: 'mention'; mention: M };

/** What glueWords returns: the parts again, with every name and its punctuation held together. */
export type GluedPart<M> = GluePart<M> | { type: 'nobreak'; parts: GluePart<M>[] };

const SPACE = /\s/u;

/**
 * Holds a name together with the characters that touch it ("Choe,", "(KCNA)", "Lavrov’s",
 * "China-Russia" when both are names): each whitespace-delimited word that holds a mention and
 * anything else becomes one `nobreak` group, so no line starts with the comma after a name. Text
 * runs are split only where a word meets a name; the rest is handed back as it came, and
 * neighbouring runs of the same kind are joined again.
 */
export function glueWords<M>(parts: readonly GluePart<M>[], text: string): GluedPart<M>[] {
  const out: GluedPart<M>[] = [];
  let word: GluePart<M>[] = [];

  const pushLoose = (part: GluePart<M>) => {
    const last = out[out.length - 1];
    if (
      part.type === 'text' &&
      last?.type === 'text' &&
      last.run.end === part.run.start &&
      last.run.evidence === part.run.evidence
    )
      out[out.length - 1] = { type: 'text', run: { ...last.run, end: part.run.end } };
    else out.push(part);
  };
  const flush = () => {
    const hasMention = word.some((p) => p.type === 'mention');
    if (hasMention && word.length > 1) out.push({ type: 'nobreak', parts: word });
    else word.forEach(pushLoose);
    word = [];
  };

  for (const part of parts) {
    if (part.type === 'mention') {
      word.push(part);
      continue;
    }
    // Cut the run where spaces begin and end; a word's pieces wait in `word`.
    const { start, end, evidence } = part.run;
    let i = start;
    while (i < end) {
      const space = SPACE.test(text[i] ?? '');
      let j = i + 1;
      while (j < end && SPACE.test(text[j] ?? '') === space) j += 1;
      const piece: GluePart<M> = { type: 'text', run: { start: i, end: j, evidence } };
      if (space) {
        flush();
        pushLoose(piece);
      } else word.push(piece);
      i = j;
    }
  }
  flush();
  return out;
}
