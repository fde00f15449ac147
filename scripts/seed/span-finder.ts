/**
 * Finds passages of an article by QUOTED TEXT and turns them into UTF-16 offsets
 * (JavaScript string indices, end exclusive).
 *
 * Quotes are matched exactly (case-sensitive, curly quotes and dashes as in the article) and,
 * by default, only as whole words: "Russia" does not match inside "Russian". A quote that is
 * not found, or found more than once without saying which one, throws a SpanError, so an
 * annotation can never silently point at the wrong passage.
 */

export interface Range {
  start: number;
  end: number;
}

export interface NamedRange extends Range {
  id: string;
}

export interface QuoteOptions {
  /** Search only inside this block (block id, e.g. "b6"). */
  in?: string;
  /** A longer passage that contains the quote; it must itself occur exactly once in the scope. */
  within?: string;
  /** 1-based: which occurrence to take when the quote occurs more than once in the scope. */
  occurrence?: number;
  /** Also match inside longer words (default: whole words only). */
  partial?: boolean;
}

export class SpanError extends Error {
  override name = 'SpanError';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Abbreviations whose full stop does not end a sentence ("Oct. 5", "Sept. 27"). */
const ABBREVIATIONS = new Set([
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'No',
  'Gen',
  'Jr',
  'Sr',
  'vs',
]);
/** Characters that may close a sentence after its full stop: quotes, brackets. */
const CLOSERS = '”’"\')]';
/** Characters that may open the next sentence. */
const OPENER = /[\p{Lu}“‘"'([]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Shows a passage with a little context, for error messages. */
function context(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 25), start);
  const after = text.slice(end, end + 25);
  return `…${before}[${text.slice(start, end)}]${after}…`.replace(/\n/g, '⏎');
}

export class SpanFinder {
  readonly text: string;
  private readonly blocks: readonly NamedRange[];

  constructor(text: string, blocks: readonly NamedRange[] = []) {
    this.text = text;
    this.blocks = blocks;
  }

  /** The range of a whole block. */
  block(id: string): Range {
    const block = this.blocks.find((b) => b.id === id);
    if (block === undefined) throw new SpanError(`no block "${id}"`);
    return { start: block.start, end: block.end };
  }

  /** Start offsets of every match of `quote` inside `scope`. */
  occurrences(quote: string, scope: Range, partial = false): number[] {
    if (quote === '') throw new SpanError('empty quote');
    const found: number[] = [];
    let at = this.text.indexOf(quote, scope.start);
    while (at !== -1 && at + quote.length <= scope.end) {
      const end = at + quote.length;
      const wholeWord =
        !(isWordChar(quote[0]) && isWordChar(this.text[at - 1])) &&
        !(isWordChar(quote[quote.length - 1]) && isWordChar(this.text[end]));
      if (partial || wholeWord) found.push(at);
      at = this.text.indexOf(quote, at + 1);
    }
    return found;
  }

  /** The exact range of `quote`. Throws if it is missing or ambiguous. */
  span(quote: string, options: QuoteOptions = {}): Range {
    const where = options.in === undefined ? 'the article' : `block ${options.in}`;
    let scope =
      options.in === undefined ? { start: 0, end: this.text.length } : this.block(options.in);
    let scopeName = where;
    if (options.within !== undefined) {
      scope = this.pick(options.within, scope, where, undefined, options.partial ?? false);
      scopeName = `“${options.within}” in ${where}`;
    }
    return this.pick(quote, scope, scopeName, options.occurrence, options.partial ?? false);
  }

  /** The whole sentence (or sentences) containing `quote`, inside the quote's block. */
  sentence(quote: string, options: QuoteOptions = {}): Range {
    const found = this.span(quote, options);
    const block = this.blocks.find((b) => b.start <= found.start && found.end <= b.end) ?? {
      start: 0,
      end: this.text.length,
    };
    const sentences = this.sentences(block);
    const first = sentences.find((s) => s.start <= found.start && found.start < s.end);
    const last = sentences.find((s) => s.start < found.end && found.end <= s.end);
    if (first === undefined || last === undefined)
      throw new SpanError(`“${quote}” does not lie inside a sentence`);
    return { start: first.start, end: last.end };
  }

  /** Sentences of a range: split after . ! ? (and closing quotes) before a capital or opening quote. */
  sentences(range: Range): Range[] {
    const { text } = this;
    const out: Range[] = [];
    let start = range.start;
    for (let i = range.start; i < range.end; i++) {
      if (!'.!?'.includes(text[i] ?? '')) continue;
      let j = i + 1;
      while (j < range.end && CLOSERS.includes(text[j] ?? '')) j++;
      let k = j;
      while (k < range.end && /\s/.test(text[k] ?? '')) k++;
      if (k === j || k >= range.end || !OPENER.test(text[k] ?? '')) continue;
      const word = /([\p{L}]+)$/u.exec(text.slice(range.start, i))?.[1] ?? '';
      if (text[i] === '.' && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word))) continue;
      out.push({ start, end: j });
      start = k;
      i = k - 1;
    }
    let end = range.end;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end });
    return out;
  }

  private pick(
    quote: string,
    scope: Range,
    scopeName: string,
    occurrence: number | undefined,
    partial: boolean,
  ): Range {
    const found = this.occurrences(quote, scope, partial);
    if (found.length === 0) {
      const straight = /['"]/.test(quote) ? ' (the article uses curly quotes ’ “ ”)' : '';
      const inWord =
        !partial && this.occurrences(quote, scope, true).length > 0
          ? ' (it occurs only inside longer words; pass partial: true if that is meant)'
          : '';
      throw new SpanError(`quote not found in ${scopeName}: “${quote}”${straight}${inWord}`);
    }
    if (occurrence !== undefined) {
      if (!Number.isInteger(occurrence) || occurrence < 1)
        throw new SpanError(`occurrence must be a whole number from 1, got ${occurrence}`);
      const at = found[occurrence - 1];
      if (at === undefined)
        throw new SpanError(
          `asked for occurrence ${occurrence} of “${quote}” in ${scopeName}, but it occurs ${found.length} time(s)`,
        );
      return { start: at, end: at + quote.length };
    }
    const [only] = found;
    if (found.length > 1 || only === undefined) {
      const places = found.map((at) => context(this.text, at, at + quote.length)).join('\n  ');
      throw new SpanError(
        `quote is ambiguous in ${scopeName}: “${quote}” occurs ${found.length} times; ` +
          `say which with occurrence, in or within:\n  ${places}`,
      );
    }
    return { start: only, end: only + quote.length };
  }
}
