import { MAX_ARTICLE_CHARS, MAX_ARTICLE_FILE_BYTES, tooLongMessage } from './article-limits';
import { decodeTextFile } from './decode-text-file';
import { htmlToText, markdownToText } from './html-to-text';

/** A file read for New story: its text (and what it said of itself), or why it was not taken. */
export type ReadArticle =
  | { ok: true; text: string; title?: string; byline?: string; note: string }
  | { ok: false; message: string };

const n = (x: number) => x.toLocaleString('en-US');

/**
 * Reads a dropped or chosen file: .txt as it is, .md without its marks, .html through
 * Readability. Whatever goes wrong is said in words and the draft is left alone: a file too
 * large, bytes that are not text, a page with no text, an article over the length limit.
 */
export async function readArticleFile(file: File): Promise<ReadArticle> {
  const name = `“${file.name.length > 60 ? `${file.name.slice(0, 60)}…` : file.name}”`;
  const kept = 'Nothing was changed: your draft is as it was.';
  if (file.size > MAX_ARTICLE_FILE_BYTES)
    return {
      ok: false,
      message: `${name} is ${n(Math.round(file.size / 1024 / 1024))} MB, far more than one article. ${kept}`,
    };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return {
      ok: false,
      message: `${name} could not be read (${error instanceof Error ? error.message : String(error)}). ${kept}`,
    };
  }
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok)
    return {
      ok: false,
      message: `${name} is not a text file New story can read: ${decoded.reason}. ${kept}`,
    };
  let text = decoded.text.replace(/\r\n?/g, '\n');
  let title: string | undefined;
  let byline: string | undefined;
  let note = `Read ${name}`;
  if (/\.x?html?$/i.test(file.name) || file.type === 'text/html') {
    const page = htmlToText(text);
    if (page.found === 'empty')
      return {
        ok: false,
        message: `${name} is a web page with no text in it (an empty page, or one whose content a script builds). Copy the article from the browser and paste it instead. ${kept}`,
      };
    text = page.text;
    title = page.title || undefined;
    byline = page.byline || undefined;
    note =
      page.found === 'article'
        ? `Read the article in ${name}; the page’s menus and footers were left out`
        : `${name} does not look like an article page, so its whole visible text was kept (menus and footers included): delete what is not the article`;
  } else if (/\.(md|markdown)$/i.test(file.name)) text = markdownToText(text);
  if (text.trim() === '')
    return { ok: false, message: `${name} is empty: there is no text to take. ${kept}` };
  if (text.length > MAX_ARTICLE_CHARS)
    return { ok: false, message: tooLongMessage(name, text.length) };
  return {
    ok: true,
    text,
    ...(title === undefined ? {} : { title }),
    ...(byline === undefined ? {} : { byline }),
    note: `${note} (${n(text.length)} characters). Undo puts the previous text back.`,
  };
}
