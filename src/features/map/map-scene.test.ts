import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../bundle/bundle-schema';
import { seedBundle } from '../../bundle/fixtures/seed-bundle';
import { focusForPassage } from '../../model/selection-focus';
import { parseViewState } from '../../view-state/parse-view-state';
import { writeMapSvg } from './export/write-map-svg';
import { WORLD_110M } from './geo/fixtures/world-110m';
import { buildMapScene } from './map-scene';
import type { MapScene, MapSceneOptions } from './map-scene-types';

const SIZE = { width: 720, height: 480 };
const state = (bundle: Bundle, query = '') =>
  parseViewState(bundle.id, new URLSearchParams(query)).state;
const scene = (query = '', options: MapSceneOptions = {}, size = SIZE, bundle = seedBundle()) =>
  buildMapScene(bundle, state(bundle, query), size, { world: WORLD_110M, ...options });

const ids = (marks: readonly { id: string }[]) => marks.map((m) => m.id).sort();
const selectedLegs = (s: MapScene) => ids(s.legs.filter((l) => l.selected));
const selectedEntities = (s: MapScene) =>
  s.places.flatMap((p) => p.targets.filter((t) => t.selected).map((t) => t.id)).sort();
const place = (s: MapScene, id: string) => s.places.find((p) => p.targets.some((t) => t.id === id));

describe('buildMapScene: selection flags', () => {
  it('marks nothing when nothing is selected', () => {
    const s = scene();
    expect(s.emphasis).toBe(false);
    expect(s.legs).toHaveLength(7);
    expect(s.legs.some((l) => l.selected || l.subject || l.dimmed)).toBe(false);
    expect(s.places.some((p) => p.selected || p.dimmed)).toBe(false);
  });

  it('a person: her two legs and the places on them, the rest dimmed', () => {
    const s = scene('sel=entity:choe-son-hui');
    expect(s.emphasis).toBe(true);
    expect(selectedLegs(s)).toEqual(['j-choe-1', 'j-choe-2']);
    // She is not on the map, so no mark is the subject; her legs are what the map shows of her.
    expect(s.legs.some((l) => l.subject)).toBe(false);
    expect(s.legs.filter((l) => l.dimmed)).toHaveLength(5);
    const concerned = selectedEntities(s);
    for (const id of ['pyongyang', 'beijing', 'moscow', 'sheremetyevo-airport'])
      expect(concerned).toContain(id);
    expect(place(s, 'pyongyang')?.dimmed).toBe(false);
    expect(place(s, 'south-korea')?.dimmed).toBe(true);
  });

  it('a leg: itself as the subject, its two ends concerned', () => {
    const s = scene('sel=leg:j-choe-2');
    expect(selectedLegs(s)).toEqual(['j-choe-2']);
    expect(s.legs.find((l) => l.id === 'j-choe-2')).toMatchObject({ subject: true, dimmed: false });
    expect(s.legs.find((l) => l.id === 'j-choe-1')).toMatchObject({
      selected: false,
      dimmed: true,
    });
    expect(selectedEntities(s)).toEqual(expect.arrayContaining(['beijing', 'moscow']));
    expect(selectedEntities(s)).not.toContain('pyongyang');
    // The selected leg's label is always shown.
    expect(s.legs.find((l) => l.id === 'j-choe-2')?.label?.lines.map((l) => l.text)).toEqual([
      'Choe Son-hui',
      'on the afternoon of Oct. 6',
    ]);
  });

  it('an event: its place concerned, no leg', () => {
    const s = scene('sel=event:e-moscow-trilateral-talks');
    expect(selectedLegs(s)).toEqual([]);
    expect(s.legs.every((l) => l.dimmed)).toBe(true);
    expect(place(s, 'moscow')?.targets.find((t) => t.id === 'moscow')).toMatchObject({
      selected: true,
      subject: false,
    });
    expect(place(s, 'beijing')?.dimmed).toBe(true);
  });

  it('a place: the subject carries the ring, its legs stay clear', () => {
    const s = scene('sel=entity:beijing');
    const beijing = place(s, 'beijing')?.targets.find((t) => t.id === 'beijing');
    expect(beijing).toMatchObject({ selected: true, subject: true });
    expect(beijing?.ring).toBeCloseTo(8.5, 9);
    expect(selectedLegs(s)).toEqual(['j-choe-1', 'j-choe-2']);
  });

  it('lights the legs drawn from a hovered passage without dimming anything', () => {
    const bundle = seedBundle();
    const at = bundle.article.text.indexOf('upon her arrival at');
    const hover = focusForPassage(bundle, { start: at, end: at + 19 });
    const s = buildMapScene(bundle, state(bundle), SIZE, { world: WORLD_110M, hover });
    expect(s.legs.filter((l) => l.lit).map((l) => l.id)).toEqual(['j-choe-2']);
    expect(s.legs.some((l) => l.dimmed)).toBe(false);
  });
});

describe('buildMapScene: time', () => {
  it('hides legs after the "as of" day and counts them', () => {
    const s = scene('asof=2018-10-05');
    expect(s.hiddenLegs).toEqual(['j-choe-2', 'j-matviyenko-1', 'j-putin-1']);
    expect(ids(s.legs)).toEqual(['j-biegun-1', 'j-biegun-2', 'j-choe-1', 'j-kim-jong-un-1']);
    expect(s.legCount).toBe(7);
  });

  it('draws a played journey up to its current leg, the earlier legs kept clear', () => {
    const s = scene('sel=leg:j-choe-2', { playback: { legs: ['j-choe-1', 'j-choe-2'], step: 1 } });
    expect(s.legs.find((l) => l.id === 'j-choe-1')?.dimmed).toBe(false);
    const first = scene('sel=leg:j-choe-1', {
      playback: { legs: ['j-choe-1', 'j-choe-2'], step: 0 },
    });
    expect(first.hiddenLegs).toEqual(['j-choe-2']);
  });
});

describe('buildMapScene: frame and size', () => {
  const inside = (s: MapScene, id: string) => {
    const p = place(s, id);
    return (
      p !== undefined &&
      p.marker !== 'pointer' &&
      p.at[0] >= 0 &&
      p.at[0] <= s.width &&
      p.at[1] >= 0 &&
      p.at[1] <= s.height
    );
  };

  it("frame 'selection' zooms to a leg's places and keeps them in view", () => {
    const all = scene('sel=leg:j-choe-1');
    const framed = scene('sel=leg:j-choe-1', { frame: 'selection' });
    expect(all.frame).toBe('all');
    expect(framed.frame).toBe('selection');
    // Pyongyang–Beijing is 810 km: framed with its surroundings, nearly three times closer.
    expect(framed.projection.scale / all.projection.scale).toBeGreaterThan(2.5);
    for (const id of ['pyongyang', 'beijing']) expect(inside(framed, id), id).toBe(true);
    // Moscow is context now: an arrow at the edge.
    expect(place(framed, 'moscow')?.marker).toBe('pointer');
  });

  it("frame 'selection' holds a person's places on a phone-sized box too", () => {
    const s = scene('sel=entity:choe-son-hui', { frame: 'selection' }, { width: 390, height: 520 });
    for (const id of ['pyongyang', 'beijing', 'moscow']) expect(inside(s, id), id).toBe(true);
    expect(s.legs.filter((l) => l.selected).every((l) => l.label !== null)).toBe(true);
  });

  it("frame 'selection' with nothing on the map frames the whole story", () => {
    const s = scene('sel=entity:kcna', { frame: 'selection' });
    expect(s.frame).toBe('all');
    expect(s.projection).toEqual(scene().projection);
  });

  it('labelScale grows every label; a slide at 1.8 sets none under 24 px', () => {
    const base = scene();
    const slide = scene(
      '',
      { labelScale: 1.8, mode: 'presentation' },
      { width: 1920, height: 1080 },
    );
    const sizes = (s: MapScene) => [
      ...s.places.flatMap((p) => p.label?.lines.map((l) => s.type.lines[l.style].size) ?? []),
      ...s.legs.flatMap((l) => l.label?.lines.map((x) => s.type.lines[x.style].size) ?? []),
      s.type.number,
      s.type.scaleLabel,
    ];
    expect(Math.min(...sizes(base))).toBe(10);
    expect(Math.min(...sizes(slide))).toBeGreaterThanOrEqual(24);
    expect(slide.type.lines.place.size).toBeCloseTo(14 * 1.8, 9);
    // The marks grow with the labels, and the marker still holds its number.
    expect(slide.type.marks.dot).toBeCloseTo(4.5 * 1.8, 9);
    expect(slide.type.marks.mid).toBeGreaterThanOrEqual(slide.type.number * 0.85);
    // Labels keep their size in the workspace at 1.8 too (no presentation floor).
    expect(scene('', { labelScale: 1.8 }).type.lines.country.size).toBeCloseTo(18, 9);
  });

  it('keeps no room for the screen’s zoom buttons on a slide', () => {
    const reserved = [{ x: 600, y: 0, width: 120, height: 480 }];
    const screen = scene('', { reserved });
    const slide = scene('', { reserved, mode: 'presentation' });
    const right = (s: MapScene) =>
      s.places.filter((p) => p.label && p.label.box.x + p.label.box.width > 600).length;
    expect(right(screen)).toBe(0);
    expect(right(slide)).toBeGreaterThan(0);
  });

  it('names every place for a screen reader, and the ones off the view as such', () => {
    const s = scene();
    const us = place(s, 'united-states')?.targets[0];
    expect(us?.name).toMatch(/off the map; the arrow at the edge points to it$/);
    expect(place(s, 'beijing')?.targets[0]?.name).toMatch(/^Beijing, place/);
    expect(s.legend.offFrame).toEqual(['United States']);
    expect(s.source).toBe(
      'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018. Geography: Natural Earth.',
    );
  });
});

describe('writeMapSvg', () => {
  it('gives byte-identical SVG for the same bundle and state on two runs', () => {
    // Two separately parsed bundles: no cache is shared between the runs.
    const draw = () => {
      const bundle = seedBundle();
      const s = buildMapScene(bundle, state(bundle, 'sel=entity:choe-son-hui'), SIZE, {
        world: WORLD_110M,
      });
      return writeMapSvg(s, { emphasis: 'scene' }).svg;
    };
    const first = draw();
    expect(first.length).toBeGreaterThan(20_000);
    expect(draw()).toBe(first);
  });

  it('writes no selection in a download, the selection on a slide with a 3:1 context', () => {
    const s = scene('sel=entity:choe-son-hui');
    const download = writeMapSvg(s);
    expect(download.svg).not.toContain('data-selected');
    expect(download.svg).not.toContain('opacity="0.3"');
    expect(download.svg.match(/data-leg="/g)).toHaveLength(7);
    const slide = writeMapSvg(s, { emphasis: 'presentation', frame: false });
    expect(slide.svg).toContain('data-leg="j-choe-2" data-selected="true"');
    expect(slide.svg).toContain('#6f767d');
    expect(slide.svg).not.toContain('opacity="0.3"');
    expect([slide.width, slide.height]).toEqual([SIZE.width, SIZE.height]);
    expect(writeMapSvg(s, { emphasis: 'scene' }).svg).toContain('opacity="0.3"');
  });

  it('frames the map with the title, the legend and the source line, at the map’s width', () => {
    const { svg, width, height } = writeMapSvg(scene());
    expect(width).toBe(SIZE.width);
    expect(height).toBeGreaterThan(SIZE.height + 150);
    expect(svg).toContain('North Korea, China, Russia');
    expect(svg).toContain('Off the map: United States');
    expect(svg).toContain(
      'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018. Geography: Natural Earth.',
    );
    // Dark colours come from the palette table, not from the page.
    const dark = writeMapSvg(scene(), { theme: 'dark' }).svg;
    expect(dark).toContain('fill="#101417"');
    expect(dark).not.toContain('fill="#eef1f1"');
  });
});
