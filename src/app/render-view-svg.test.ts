import { describe, expect, it } from 'vitest';
import { seedBundle } from '../bundle/fixtures/seed-bundle';
import { parseViewState } from '../view-state/parse-view-state';
import { renderViewSvg } from './render-view-svg';
import { DRAWABLE_VIEWS } from './view-registry';
import { VIEW_NAMES } from '../view-state/view-state';

describe('renderViewSvg', () => {
  it('draws the map for any state, as a slide asks for it, without a page', async () => {
    const bundle = seedBundle();
    const { state } = parseViewState(bundle.id, new URLSearchParams('sel=leg:j-choe-2'));
    const picture = await renderViewSvg(
      'map',
      bundle,
      state,
      { width: 1600, height: 900 },
      {
        scene: { labelScale: 1.8, mode: 'presentation', frame: 'selection' },
        svg: { emphasis: 'presentation', frame: false, theme: 'dark' },
      },
    );
    expect([picture.width, picture.height]).toEqual([1600, 900]);
    expect(picture.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1600"/);
    expect(picture.svg).toContain('data-leg="j-choe-2" data-selected="true" data-subject="true"');
    // 1:50m geography cut to the view: the whole picture stays small enough for a deck.
    expect(picture.svg.length).toBeLessThan(400_000);
    // Every label at least 24 px.
    const sizes = [...picture.svg.matchAll(/<text [^>]*font-size="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  });

  it('draws the article for a slide from its scene: framed on the selection, no router', async () => {
    const bundle = seedBundle();
    const { state } = parseViewState(bundle.id, new URLSearchParams('sel=entity:kong-xuanyou'));
    const picture = await renderViewSvg(
      'article',
      bundle,
      state,
      { width: 1600, height: 700 },
      {
        scene: { frame: 'selection', mode: 'presentation', labelScale: 1.8 },
        svg: { emphasis: 'presentation', frame: false },
      },
    );
    expect(picture.width).toBe(1600);
    expect(picture.height).toBeLessThanOrEqual(700);
    expect(picture.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(picture.svg).toContain('<title>Article: North Korea working');
    expect(picture.svg).toContain('>Kong</tspan>');
  });

  it('knows the article by name but keeps it out of the views chosen beside it', () => {
    expect(DRAWABLE_VIEWS.article.label).toBe('Article');
    expect((VIEW_NAMES as readonly string[]).includes('article')).toBe(false);
  });
});
