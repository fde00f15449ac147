import type { Bundle } from '../../../bundle/bundle-schema';
import type { Deck } from '../deck/deck-schema';
import { slideContent } from '../deck/slide-content';
import { slideViewState } from '../deck/slide-view-state';
import type { DrawView } from '../components/slide-drawing';
import { layoutSlide, LIGHT_SLIDE_PALETTE, SLIDE_WIDTH, type Box } from './compose-slide-svg';
import { slidePage } from './slide-page-svg';
import { base64Utf8, xmlSafeText } from './xml-safe-text';

/** PowerPoint's 16:9 slide is 13.333 × 7.5 in: 144 slide units (px at 1920) to the inch. */
const UNITS_PER_INCH = SLIDE_WIDTH / 13.333;
/** A slide unit is a px at 1920 wide; a point is 1/72 in, so a unit is half a point. */
const pt = (units: number) => Math.round((units / UNITS_PER_INCH) * 72 * 10) / 10;
const inches = (b: Box) => ({
  x: b.x / UNITS_PER_INCH,
  y: b.y / UNITS_PER_INCH,
  w: b.width / UNITS_PER_INCH,
  h: b.height / UNITS_PER_INCH,
});
const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** Lets the page paint between slides, so a long export shows progress instead of freezing. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The deck as a PowerPoint file (pptxgenjs, loaded on first use): one slide per slide, each
 * view's picture as an image (SVG, with the PNG fallback pptxgenjs makes for older PowerPoint),
 * title, caption, quotes, citation and source line as real text, notes as speaker notes. Text
 * is cleaned of characters XML cannot hold. `onProgress` hears "slide 3 of 9".
 */
export async function deckPptx(options: {
  deck: Deck;
  bundle: Bundle;
  routeId: string;
  draw: DrawView;
  onProgress?: (done: number, count: number) => void;
}): Promise<{ blob: Blob; missing: string[] }> {
  const { deck, bundle, routeId, draw } = options;
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlSafeText(deck.title ?? bundle.article.title);
  pptx.author = xmlSafeText(bundle.article.byline);
  pptx.company = xmlSafeText(bundle.article.publisher);
  const page = slidePage('light');
  const p = LIGHT_SLIDE_PALETTE;
  const sans = 'Arial';
  const serif = 'Georgia';
  const count = deck.slides.length;
  const missing: string[] = [];

  for (const [i, slide] of deck.slides.entries()) {
    const number = i + 1;
    options.onProgress?.(i, count);
    await breathe();
    const content = slideContent(bundle, slide, number, count);
    const layout = layoutSlide(content, page);
    const big = slide.view.views.length === 0;
    const s = pptx.addSlide();
    s.background = { color: hex(p.background) };
    const { title, caption, quotes, source } = layout.textBoxes;
    s.addText(xmlSafeText(slide.title), {
      ...inches(title),
      fontFace: sans,
      fontSize: pt(big ? 84 : 60),
      bold: true,
      color: hex(p.text),
      valign: 'top',
      margin: 0,
      fit: 'shrink',
    });
    if (caption)
      s.addText(xmlSafeText(slide.caption), {
        ...inches(caption),
        fontFace: sans,
        fontSize: pt(big ? 40 : 32),
        color: hex(p.text),
        valign: 'top',
        margin: 0,
        fit: 'shrink',
      });
    const state = slideViewState(routeId, slide.view, number);
    for (const [v, name] of slide.view.views.entries()) {
      const box = layout.pictureBoxes[v];
      if (!box) continue;
      try {
        const picture = await draw({
          name,
          bundle,
          state,
          width: Math.round(box.width),
          height: Math.round(box.height),
          theme: 'light',
          minText: 24,
        });
        // Sized to the picture's own shape inside the box, so PowerPoint does not stretch it.
        const fit = Math.min(box.width / picture.width, box.height / picture.height);
        const w = picture.width * fit;
        const h = picture.height * fit;
        s.addImage({
          data: `data:image/svg+xml;base64,${base64Utf8(picture.svg)}`,
          ...inches({
            x: box.x + (box.width - w) / 2,
            y: box.y + (box.height - h) / 2,
            width: w,
            height: h,
          }),
          altText: xmlSafeText(`${content.viewLabels[v] ?? name}: ${slide.title}`),
        });
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        missing.push(`slide ${number}: ${why}`);
        s.addText(xmlSafeText(why), {
          ...inches(box),
          fontFace: sans,
          fontSize: pt(28),
          italic: true,
          color: hex(p.muted),
        });
      }
    }
    if (quotes && content.quotes.length > 0)
      s.addText(
        [
          ...content.quotes.map((q) => ({
            text: xmlSafeText(q),
            options: {
              fontFace: serif,
              fontSize: pt(big ? 36 : 28),
              color: hex(p.text),
              breakLine: true,
              paraSpaceAfter: 8,
            },
          })),
          {
            text: xmlSafeText(`— ${content.citation}`),
            options: { fontFace: sans, fontSize: pt(24), color: hex(p.muted) },
          },
        ],
        { ...inches(quotes), valign: 'top', margin: 0, fit: 'shrink' },
      );
    s.addText(xmlSafeText(content.sourceLine), {
      ...inches(source),
      fontFace: sans,
      fontSize: pt(24),
      color: hex(p.muted),
      valign: 'top',
      margin: 0,
    });
    if (slide.notes.trim() !== '') s.addNotes(xmlSafeText(slide.notes));
  }
  options.onProgress?.(count, count);
  const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
  return { blob, missing };
}
