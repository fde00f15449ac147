import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../lib/escape-xml';
import {
  composeSlideSvg,
  layoutSlide,
  LIGHT_SLIDE_PALETTE,
  placeSvg,
  type SlideContent,
  type SlidePage,
} from './compose-slide-svg';
import { svgFontSizes } from './svg-font-sizes';

const content: SlideContent = {
  number: 3,
  count: 9,
  title: 'First stop: talks in Beijing, 5 Oct',
  caption: 'Choe meets Kong Xuanyou & China’s envoy <on Korea>.',
  quotes: ['On Oct. 5, Choe held vice minister-level talks in Beijing with Kong Xuanyou.'],
  citation: 'Kim Oi-hyun, The Hankyoreh, 8 Oct 2018',
  sourceLine: 'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018.',
  quoteSources: ['paragraph 5'],
  viewLabels: ['Timeline'],
};
const slide: SlidePage = {
  width: 1920,
  height: 1080,
  variant: 'slide',
  palette: LIGHT_SLIDE_PALETTE,
};
const handout: SlidePage = { ...slide, height: 1358, variant: 'handout' };

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

describe('layoutSlide', () => {
  it('puts the picture left of the quotes, inside the margins, above the foot', () => {
    const layout = layoutSlide(content, slide);
    const [box] = layout.pictureBoxes;
    const quotes = layout.textBoxes.quotes!;
    expect(box!.x).toBe(80);
    expect(box!.x + box!.width).toBeLessThan(quotes.x);
    expect(quotes.x + quotes.width).toBeCloseTo(1840);
    expect(box!.y + box!.height).toBeLessThan(layout.textBoxes.source.y);
    expect(box!.y).toBeGreaterThan(layout.textBoxes.title.y + layout.textBoxes.title.height);
  });

  it('sets no text below 24 px on a slide, titles at 60, captions at 32, quotes at 28', () => {
    const sizes = layoutSlide(content, slide).lines.map((l) => l.size);
    expect(Math.min(...sizes)).toBe(24);
    expect(sizes).toContain(60);
    expect(sizes).toContain(32);
    expect(sizes).toContain(28);
  });

  it('gives a slide without views its words large across the page', () => {
    const layout = layoutSlide({ ...content, viewLabels: [] }, slide);
    expect(layout.pictureBoxes).toEqual([]);
    expect(layout.textBoxes.quotes!.width).toBeCloseTo(1760);
    expect(layout.lines.map((l) => l.size)).toContain(84);
  });
});

describe('composeSlideSvg', () => {
  it('writes the words as escaped text and nests the picture in its box', () => {
    const picture = {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"><text font-size="24">Beijing</text></svg>',
      width: 400,
      height: 300,
    };
    const svg = composeSlideSvg(content, slide, [picture]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
    expect(texts(svg)).toEqual([
      'Beijing',
      'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018.',
      '3 / 9',
      'First stop: talks in Beijing, 5 Oct',
      escapeXml(content.caption),
      // The quote wraps in its column (greedy, on the shared measure).
      'On Oct. 5, Choe held vice minister-level',
      'talks in Beijing with Kong Xuanyou.',
      '— Kim Oi-hyun, The Hankyoreh, 8 Oct 2018',
    ]);
    expect(svg).toContain('<title>Slide 3 of 9: First stop: talks in Beijing, 5 Oct</title>');
    // One width and height on the nested picture: its box's, not its own.
    const nested = /<svg x="[^"]*"[^>]*>/.exec(svg)![0];
    expect(nested.match(/ width=/g)).toHaveLength(1);
    expect(Math.min(...svgFontSizes(svg))).toBe(24);
  });

  it('numbers the quotes on a handout and lists their places in the source line', () => {
    const svg = composeSlideSvg({ ...content, folio: 'Deck · slide 3 of 9' }, handout, [
      { missing: 'The timeline cannot be drawn as a picture yet.' },
    ]);
    const all = texts(svg);
    expect(all).toContain('1');
    expect(all.join(' ')).toContain(
      'Sources: [1] paragraph 5 — Kim Oi-hyun, The Hankyoreh, 8 Oct 2018.',
    );
    expect(all).toContain('Deck · slide 3 of 9');
    expect(all).toContain('The timeline cannot be drawn as a picture yet.');
    expect(all).not.toContain('3 / 9');
  });

  it('places an SVG in a box without doubling its size attributes', () => {
    const placed = placeSvg(
      '<?xml version="1.0"?><svg width="10" height="20" viewBox="0 0 10 20" x="5"><g/></svg>',
      {
        x: 1,
        y: 2,
        width: 30,
        height: 40,
      },
    );
    expect(placed).toBe(
      '<svg x="1" y="2" width="30" height="40" preserveAspectRatio="xMidYMid meet" viewBox="0 0 10 20"><g/></svg>',
    );
  });
});
