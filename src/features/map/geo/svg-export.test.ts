import { describe, expect, it } from 'vitest';
import { baseMapPaths, featureNames } from './base-map-paths';
import { legendModel } from './legend-model';
import { baseLayout, framePoints, mapReference } from './map-frame';
import { mapModel } from './map-model';
import { layoutOverlay } from './map-overlay';
import { scaleBar } from './scale-bar';
import { escapeXml } from '../../../lib/escape-xml';
import { mapToSvg, wrapText, type ExportColours } from './svg-export';
import { matchCountryFeatures } from './world-features';
import { WORLD } from './world-topology';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { mapFixture } from './fixtures/map-fixture';
import type { Bundle } from '../../../bundle/bundle-schema';

const colours: ExportColours = {
  background: '#fbfaf7',
  water: '#f6f5f1',
  land: '#e4e0d8',
  coast: '#bdb6aa',
  border: '#a39b8f',
  graticule: '#e0ddd5',
  text: '#1d2329',
  muted: '#505a64',
  halo: '#ffffff',
  groups: { warm: '#f3e1cf', cool: '#d9e6f0', neutral: '#e4e0d8' },
  travellers: ['#0072b2', '#b04600'],
  travellerInk: ['#ffffff', '#ffffff'],
};

/** Tags open and close in order: enough to catch a broken serialiser without a DOM. */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, self] = m;
    if (self) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name ?? '');
  }
  return stack.length === 0;
}

function exportOf(bundle: Bundle) {
  const model = mapModel(bundle);
  const reference = mapReference(framePoints(model));
  const size = { width: 720, height: 560 };
  const base = baseLayout(model, reference, size, 56);
  const matches = matchCountryFeatures(bundle.entities, featureNames(WORLD));
  const paths = baseMapPaths(WORLD, reference.params, reference.refScale, reference.clipAngle, [
    ...matches.values(),
  ]);
  const transform = { k: 1, x: 0, y: 0 };
  const overlay = layoutOverlay({
    model,
    places: base.places,
    legLines: base.legs,
    transform,
    size,
    focus: new Set(),
    selected: new Set(),
  });
  return mapToSvg({
    size,
    title: bundle.article.title,
    source: 'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018. Geography: Natural Earth.',
    base: paths,
    shaded: [...matches.values()]
      .slice(0, 2)
      .map((feature) => ({ feature, tone: 'warm' as const })),
    baseTransform: {
      k: base.baseScale,
      x: base.baseTranslate[0],
      y: base.baseTranslate[1],
    },
    overlay,
    legend: legendModel(bundle, model),
    scaleBar: scaleBar(base.projection, transform, size),
    colours,
  });
}

describe('mapToSvg', () => {
  it('writes a standalone SVG with title, legs, legend and source line', () => {
    const { svg, width, height } = exportOf(seedBundle());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(balanced(svg)).toBe(true);
    expect(svg).not.toMatch(/NaN|undefined|var\(--/);
    expect(width).toBe(720);
    expect(height).toBeGreaterThan(560 + 100);
    expect(svg).toContain('<title>North Korea working to build firmer foundation');
    expect(svg).toContain(
      'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018. Geography: Natural Earth.',
    );
    expect(svg.match(/data-leg="/g)).toHaveLength(7);
    expect(svg).toContain('Choe Son-hui');
    expect(svg).toContain('on the afternoon of Oct. 6');
    expect(svg).toContain('Planned or expected');
    expect(svg).toContain('North Korea, China, Russia');
    expect(svg).toContain('Off the map: United States');
    expect(svg).toContain('stroke-dasharray="8 5"');
    expect(svg).toMatch(/\d[\d,]* km</);
  });

  it('escapes the article’s text', () => {
    const { svg } = exportOf(mapFixture());
    expect(svg).toContain('<title>Ann &amp; Bob travel</title>');
    expect(balanced(svg)).toBe(true);
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });

  it('wraps a long title to the width', () => {
    const lines = wrapText(
      'North Korea working to build firmer foundation with China and Russia ahead of NK-US summit',
      400,
      18,
      true,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(
      'North Korea working to build firmer foundation with China and Russia ahead of NK-US summit',
    );
  });
});
