import { isProbablyReaderable, Readability } from '@mozilla/readability';

/** What an HTML file gave: its article, the page's whole text when no article was found, or nothing. */
export interface HtmlText {
  title: string;
  byline: string;
  text: string;
  /** 'article': Readability found one; 'page': none found, the page's visible text is kept; 'empty': no text at all. */
  found: 'article' | 'page' | 'empty';
}

/**
 * The article in an HTML page, without the page's navigation, ads and footers: Readability
 * (Firefox's reader view) over the browser's own DOMParser. Paragraphs, headings, captions and
 * list items become blocks separated by blank lines; <br> stays a line break inside its block.
 * Nothing is fetched: images and scripts in the page are never loaded by a parsed document.
 */
export function htmlToText(html: string): HtmlText {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // A page Readability does not judge an article (a home page, a list of links, a login form)
  // is read whole, and the caller says so: cutting it down to Readability's guess would drop text
  // silently.
  const readerable = isProbablyReaderable(doc, { minContentLength: 80, minScore: 10 });
  const article = readerable ? new Readability(doc.cloneNode(true) as Document).parse() : null;
  const usable = article !== null && (article.textContent ?? '').trim().length > 0;
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template, svg')))
    el.remove();
  const content = usable ? (article.content ?? '') : doc.body.innerHTML;
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
  // Text outside any block element (a page of bare text in <body>, <div>s only) is kept too.
  if (blocks.length === 0) {
    const loose = textOf(body)
      .split(/\n/)
      .map((l) => l.trim())
      .join('\n')
      .trim();
    if (loose !== '') blocks.push(loose);
  }
  const title = ((usable ? article.title : null) ?? doc.title ?? '').trim();
  if (blocks.length === 0) return { title, byline: '', text: '', found: 'empty' };
  if (title !== '' && blocks[0] !== title) blocks.unshift(title);
  return {
    title,
    byline: usable ? (article.byline ?? '').trim() : '',
    text: blocks.join('\n\n'),
    found: usable ? 'article' : 'page',
  };
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
