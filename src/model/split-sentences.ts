import type { Span } from '../bundle/bundle-schema';

// Words that end in a full stop without ending a sentence ("Oct. 6", "Mr. Kim", "U.S. officials").
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'st',
  'no',
  'vs',
  'etc',
  'inc',
  'co',
  'corp',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
]);

/**
 * Sentences of text[start, end) as spans, trailing spaces excluded. A full stop ends a sentence
 * unless it closes a known abbreviation or a single initial, or the next word starts in lower case.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let sentenceStart = start;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t';
  for (let i = start; i < end; i += 1) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    // Closing quotes and brackets belong to the sentence they end.
    while (j < end && /["”’)\]]/.test(text[j] ?? '')) j += 1;
    if (j < end && !isSpace(text[j])) continue;
    if (c === '.') {
      const before = text.slice(sentenceStart, i);
      const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    }
    let k = j;
    while (k < end && isSpace(text[k])) k += 1;
    if (k < end && /[a-z]/.test(text[k] ?? '')) continue;
    out.push({ start: sentenceStart, end: j });
    sentenceStart = k;
    i = k - 1;
  }
  let tail = end;
  while (tail > sentenceStart && isSpace(text[tail - 1])) tail -= 1;
  if (tail > sentenceStart) out.push({ start: sentenceStart, end: tail });
  return out;
}
