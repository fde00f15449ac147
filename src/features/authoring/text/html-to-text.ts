import { Readability } from '@mozilla/readability';

/**
 * The article in an HTML page, without the page's navigation, ads and footers: Readability
 * (Firefox's reader view) over the browser's own DOMParser. Paragraphs, headings, captions and
 * list items become blocks separated by blank lines; <br> stays a line break inside its block.
 * Nothing is fetched: images and scripts in the page are never loaded by a parsed document.
 */
export function htmlToText(html: string): { title: string; byline: string; text: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const article = new Readability(doc).parse();
  const content = article?.content ?? doc.body.innerHTML;
  const body = new DOMParser().parseFromString(content, 'text/html').body;
  const blocks: string[] = [];
  const BLOCK = /^(P|H[1-6]|LI|FIGCAPTION|BLOCKQUOTE|PRE|TD|CAPTION|DT|DD)$/;
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
    if (node instanceof HTMLBRElement) return '\n';
    return Array.from(node.childNodes).map(textOf).join('');
  };
  const walk = (node: Element) => {
    for (const child of Array.from(node.children)) {
      if (BLOCK.test(child.tagName)) {
        const text = textOf(child)
          .split('\n')
          .map((line) => line.trim())
          .join('\n')
          .trim();
        if (text !== '') blocks.push(text);
      } else walk(child);
    }
  };
  walk(body);
  const title = (article?.title ?? doc.title ?? '').trim();
  if (title !== '' && blocks[0] !== title) blocks.unshift(title);
  return { title, byline: (article?.byline ?? '').trim(), text: blocks.join('\n\n') };
}

/** Markdown to plain text: heading marks, emphasis and link targets dropped, blocks kept. */
export function markdownToText(md: string): string {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*_])[*_]([^*_\n]+)[*_]/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
