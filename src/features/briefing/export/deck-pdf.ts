import type { Bundle } from '../../../bundle/bundle-schema';
import type { Deck } from '../deck/deck-schema';
import type { DrawView } from '../components/slide-drawing';
import { handoutFolio } from './handout-folio';
import { handoutPage, PAPER, slidePageSvg, type PaperName } from './slide-page-svg';

/** Lets the page paint between pages, so a long export shows progress instead of freezing. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Characters the PDF's standard fonts (Helvetica, Times: Windows-1252) cannot set. They would
 * print as the wrong letters, so the export says which ones and where the print route is.
 */
export function unsettableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x100) continue;
    if ('ŒœŠšŸŽžƒˆ˜–—‘’‚“”„†‡•…‰‹›€™'.includes(ch)) continue;
    found.add(ch);
  }
  return [...found];
}

/**
 * svg2pdf draws a text's stroke over its fill and ignores `paint-order`, so a label with a halo
 * (stroke in the background colour, painted first) would come out as a blot. Each such text is
 * split in two: the halo (the stroke, filled with its own colour) behind, the letters in front.
 */
export function splitHalos(root: Element): void {
  for (const text of root.querySelectorAll('text[paint-order="stroke"], text[stroke]')) {
    const stroke = text.getAttribute('stroke');
    if (stroke === null || stroke === 'none') continue;
    const halo = text.cloneNode(true) as Element;
    halo.setAttribute('fill', stroke);
    halo.removeAttribute('paint-order');
    for (const span of halo.querySelectorAll('tspan[fill]')) span.setAttribute('fill', stroke);
    text.removeAttribute('stroke');
    text.removeAttribute('stroke-width');
    text.removeAttribute('paint-order');
    text.parentNode?.insertBefore(halo, text);
  }
}

/**
 * svg2pdf knows a font's weight only as `normal` or `bold`: a label at 600 or 800 (the map's
 * place names) found no Helvetica and was set in Times. Weights are rounded to the two it knows.
 */
export function pinFonts(root: Element): void {
  for (const el of root.querySelectorAll('[font-weight]')) {
    const weight = Number(el.getAttribute('font-weight'));
    if (Number.isFinite(weight)) el.setAttribute('font-weight', weight >= 600 ? 'bold' : 'normal');
  }
}

/**
 * The handout as a PDF file, page for page what the handout prints: each page is the same
 * composed SVG (slidePageSvg), drawn into the PDF as vectors and text by svg2pdf.js on jsPDF,
 * both loaded on first use. A4 or Letter, landscape, one slide a page.
 */
export async function deckPdf(options: {
  deck: Deck;
  bundle: Bundle;
  routeId: string;
  paper: PaperName;
  draw: DrawView;
  onProgress?: (done: number, count: number) => void;
}): Promise<{ blob: Blob; missing: string[]; unsettable: string[] }> {
  const { deck, bundle, routeId, paper, draw } = options;
  const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const [mmWidth, mmHeight] = PAPER[paper].mm;
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: [mmWidth, mmHeight] });
  doc.setProperties({
    title: deck.title ?? bundle.article.title,
    subject: `Handout: ${bundle.article.title}`,
    author: bundle.article.byline,
    creator: 'Article Atlas',
  });
  const page = handoutPage(paper);
  const count = deck.slides.length;
  const missing: string[] = [];
  const unsettable = new Set<string>();
  // svg2pdf reads styles as a browser would, so the page is parsed into a detached holder.
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.className = 'deck-pdf-holder';
  document.body.append(holder);
  try {
    for (const [i, slide] of deck.slides.entries()) {
      options.onProgress?.(i, count);
      await breathe();
      const made = await slidePageSvg({
        bundle,
        routeId,
        slide,
        number: i + 1,
        count,
        page,
        draw,
        folio: handoutFolio(deck, bundle, i + 1, count),
      });
      missing.push(...made.missing.map((m) => `slide ${i + 1}: ${m}`));
      for (const ch of unsettableCharacters(
        [...made.svg.matchAll(/>([^<]+)</g)].map((m) => m[1]).join(' '),
      ))
        unsettable.add(ch);
      const svg = new DOMParser().parseFromString(made.svg, 'image/svg+xml').documentElement;
      holder.replaceChildren(document.importNode(svg, true));
      const element = holder.firstElementChild;
      if (element === null) continue;
      pinFonts(element);
      splitHalos(element);
      if (i > 0) doc.addPage([mmWidth, mmHeight], 'landscape');
      await doc.svg(element, { x: 0, y: 0, width: mmWidth, height: mmHeight });
    }
  } finally {
    holder.remove();
  }
  options.onProgress?.(count, count);
  return { blob: doc.output('blob'), missing, unsettable: [...unsettable] };
}
