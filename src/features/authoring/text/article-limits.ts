/**
 * The longest article New story takes: 300,000 characters, about 50,000 words, several times a
 * long magazine feature. A text longer than that is not one article (a whole site's dump, a
 * log, a book), and every keystroke would copy it into the undo history; it is refused with a
 * message and the draft stays as it was.
 */
export const MAX_ARTICLE_CHARS = 300_000;

/** A file this large is not read at all (it could not hold an article under the limit). */
export const MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024;

const n = (x: number) => x.toLocaleString('en-US');

/** What the user reads when a paste or a file is longer than New story takes. */
export function tooLongMessage(what: string, chars: number): string {
  return `${what} is ${n(chars)} characters long; New story takes one article of up to ${n(MAX_ARTICLE_CHARS)} characters (about 50,000 words). Nothing was changed: your draft is as it was. Paste or open the article alone, or split a long report into stories.`;
}
