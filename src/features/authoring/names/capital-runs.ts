import { NAME_JOINERS, NEVER_IN_NAMES } from './name-words';

/** A run of capitalised words in the text, offsets from the string itself (UTF-16). */
export interface CapitalRun {
  start: number;
  end: number;
  /** Each word's text and start offset. */
  words: { text: string; start: number }[];
  /** True when the run opens a sentence (its first word may be capitalised only for that). */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Cuts a passage into runs of capitalised words, allowing small joiners inside ("University of
 * Chile") but never across punctuation that separates items (a comma, a semicolon, a bracket,
 * a sentence end). Trailing joiners are dropped; a trailing full stop on the last word is kept
 * only when it looks like an abbreviation ("U.S.").
 */
export function capitalRuns(text: string, from = 0, to = text.length): CapitalRun[] {
  const runs: CapitalRun[] = [];
  const slice = text.slice(from, to);
  let current: CapitalRun | null = null;
  let pendingJoiners: { text: string; start: number }[] = [];
  let lastEnd = 0;
  /** True when only spaces and quotes stand between the offset and a sentence or line start. */
  const opensSentence = (offset: number): boolean => {
    let k = offset - 1;
    while (k >= 0 && /[\s"“‘'(]/.test(text.charAt(k)) && text.charAt(k) !== '\n') k -= 1;
    return k < 0 || /[.!?:\n]/.test(text.charAt(k));
  };
  const close = () => {
    const last = current?.words[current.words.length - 1];
    if (current !== null && last !== undefined) {
      current.end = last.start + last.text.length;
      runs.push(current);
    }
    current = null;
    pendingJoiners = [];
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    let word = m[0];
    const start = from + m.index;
    const gap = slice.slice(lastEnd, m.index);
    // A separator between words ends the run (a space alone, or a hyphen line break, does not).
    if (/[,;:()[\]{}"“”!?–—/\n]/.test(gap) || /[.]\s/.test(gap)) close();
    // A word ending in "." ends the sentence unless it is an abbreviation (U.S., Dr., Oct.).
    const endsSentence =
      word.endsWith('.') &&
      !/^(\p{Lu}\.)+$/u.test(word) &&
      !/^(\p{Lu}[\p{Ll}]{0,3}\.)$/u.test(word);
    if (endsSentence) word = word.replace(/\.+$/, '');
    // Possessives belong to the sentence, not the name.
    word = word.replace(/['’]s$/u, '');
    lastEnd = m.index + m[0].length;
    if (isCapitalised(word) && !NEVER_IN_NAMES.has(word) && !NEVER_IN_NAMES.has(m[0])) {
      if (current === null)
        current = { start, end: start, words: [], sentenceStart: opensSentence(start) };
      else current.words.push(...pendingJoiners);
      pendingJoiners = [];
      current.words.push({ text: word, start });
    } else if (current !== null && NAME_JOINERS.has(word)) {
      pendingJoiners.push({ text: word, start });
    } else close();
    if (endsSentence) close();
  }
  close();
  return runs;
}
