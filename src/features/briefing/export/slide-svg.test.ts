import { describe, expect, it } from 'vitest';
import { renderSlideSvg, SLIDE_HEIGHT, SLIDE_WIDTH, type SlideSvgContent } from './slide-svg';
import { wrapText } from './wrap-text';
import { escapeXml } from '../../../lib/escape-xml';

const content: SlideSvgContent = {
  number: 3,
  count: 9,
  title: 'First stop: talks in Beijing, 5 Oct',
  caption: 'Choe meets Kong Xuanyou & China’s envoy <on Korea>.',
  quotes: ['On Oct. 5, Choe held vice minister-level talks in Beijing with Kong Xuanyou.'],
  citation: 'Kim Oi-hyun, The Hankyoreh, 8 Oct 2018',
  sourceLine: 'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018.',
  view: null,
  viewNote: 'The timeline is not in this picture.',
};

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

describe('renderSlideSvg', () => {
  it('draws a 1920×1080 slide with title, caption, quote, citation and source', () => {
    const svg = renderSlideSvg(content);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
    expect(SLIDE_WIDTH / SLIDE_HEIGHT).toBeCloseTo(16 / 9);
    const all = texts(svg);
    expect(all).toEqual([
      '3 / 9',
      'First stop: talks in Beijing, 5 Oct',
      'Choe meets Kong Xuanyou &amp; China’s envoy &lt;on Korea&gt;.',
      'On Oct. 5, Choe held vice minister-level talks in Beijing with Kong Xuanyou.',
      '— Kim Oi-hyun, The Hankyoreh, 8 Oct 2018',
      'The timeline is not in this picture.',
      'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018.',
    ]);
    expect(svg).toContain('<title>Slide 3 of 9: First stop: talks in Beijing, 5 Oct</title>');
  });

  it('places the view beside the quotes, scaled into its box', () => {
    const svg = renderSlideSvg({
      ...content,
      viewNote: null,
      view: {
        markup:
          '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><circle r="4"/></svg>',
        width: 800,
        height: 600,
      },
    });
    expect(svg).toContain('viewBox="0 0 800 600" preserveAspectRatio="xMidYMid meet"><svg');
    expect(svg).toContain('<circle r="4"/>');
    expect(svg).not.toContain('not in this picture');
  });

  it('never lets quotes run past the source line', () => {
    const long = Array(400).fill('word').join(' ');
    const svg = renderSlideSvg({ ...content, quotes: [long, long, long] });
    const ys = [...svg.matchAll(/<text x="\d+" y="(\d+)" font-size="40"/g)].map((m) =>
      Number(m[1]),
    );
    expect(Math.max(...ys)).toBeLessThan(SLIDE_HEIGHT - 120);
    expect(svg).toContain('…');
  });
});

describe('wrapText', () => {
  it('wraps greedily on words and cuts with an ellipsis', () => {
    expect(wrapText('aa bb cc dd', 10 * 8, 10, 1)).toEqual(['aa bb cc', 'dd']);
    expect(wrapText('aa bb cc dd ee ff gg hh ii', 80, 10, 1, 1)).toEqual(['aa bb…']);
    expect(wrapText('x'.repeat(20), 80, 10, 1)).toEqual(['xxxxxxxx', 'xxxxxxxx', 'xxxx']);
    expect(wrapText('   ', 80, 10, 1)).toEqual([]);
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
