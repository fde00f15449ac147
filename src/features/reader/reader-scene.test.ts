import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../bundle/bundle-schema';
import { seedBundle } from '../../bundle/fixtures/seed-bundle';
import { tinyBundle } from '../../bundle/fixtures/tiny-bundle';
import { corpusBundle } from '../../model/fixtures/corpus-bundles';
import { parseViewState } from '../../view-state/parse-view-state';
import { writeReaderSvg } from './export/write-reader-svg';
import { buildReaderScene, type ReaderScene } from './reader-scene';
import type { LaidBlock } from './scene/layout-article';
import type { ReaderMention } from './scene/reader-content';
import { PRESENTATION_MIN_SIZE } from './scene/reader-type';

const state = (bundle: Bundle, query = '') =>
  parseViewState(bundle.id, new URLSearchParams(query)).state;
const TALL = { width: 720, height: 100_000 };

const mentionsOf = (scene: ReaderScene): ReaderMention[] =>
  scene.content.blocks.flatMap((b) =>
    b.passages.flatMap((p) =>
      p.pieces.flatMap((x) =>
        x.type === 'mention'
          ? [x]
          : x.type === 'nobreak'
            ? x.pieces.filter((q) => q.type === 'mention')
            : [],
      ),
    ),
  );
const lineText = (block: LaidBlock, i: number) =>
  block.lines[i]?.segments.map((s) => s.text).join('') ?? '';

/**
 * Scene snapshots (Observable Plot's test/plots → test/output): each named fixture drawn to SVG
 * and compared with a file reviewed by eye as a PNG; test/output/README.md says what was checked.
 */
describe('reader scene snapshots', () => {
  it('tiny, Ann selected, workspace emphasis, light', async () => {
    const bundle = tinyBundle();
    const scene = buildReaderScene(bundle, state(bundle, 'sel=entity:ann'), {
      width: 420,
      height: 400,
    });
    const { svg } = writeReaderSvg(scene, { emphasis: 'scene' });
    await expect(svg).toMatchFileSnapshot('./test/output/tiny-ann-selected.svg');
  });

  it('seed, a relation on a slide: framed on its evidence, presentation, dark', async () => {
    const bundle = seedBundle();
    const scene = buildReaderScene(
      bundle,
      state(bundle, 'sel=relation:r-choe-meets-kong-beijing'),
      { width: 1200, height: 640 },
      { frame: 'selection', mode: 'presentation', labelScale: 1.4 },
    );
    const { svg } = writeReaderSvg(scene, {
      emphasis: 'presentation',
      theme: 'dark',
      frame: false,
    });
    await expect(svg).toMatchFileSnapshot('./test/output/seed-relation-slide.svg');
  });
});

describe('readerContent through the scene', () => {
  it('marks the selected entity’s own mentions, and only those', () => {
    const bundle = seedBundle();
    const scene = buildReaderScene(bundle, state(bundle, 'sel=entity:kong-xuanyou'), TALL);
    const mentions = mentionsOf(scene);
    const kong = bundle.mentions.filter((m) => m.entity === 'kong-xuanyou').length;
    expect(mentions).toHaveLength(bundle.mentions.length);
    expect(mentions.filter((m) => m.selected)).toHaveLength(kong);
    expect(mentions.filter((m) => m.selected).every((m) => m.entity === 'kong-xuanyou')).toBe(true);
    expect(mentions.filter((m) => m.subject)).toHaveLength(kong);
    // An entity's mentions are not "evidence": nothing is highlighted.
    expect(scene.content.evidence).toEqual([]);
    expect(scene.emphasis).toBe(true);
  });

  it('highlights a relation’s evidence and leaves every name unselected', () => {
    const bundle = seedBundle();
    const scene = buildReaderScene(
      bundle,
      state(bundle, 'sel=relation:r-choe-meets-kong-beijing'),
      TALL,
    );
    const marked = scene.content.blocks
      .flatMap((b) => b.passages)
      .flatMap((p) => p.pieces)
      .flatMap((x) =>
        x.type === 'text'
          ? [x.run]
          : x.type === 'mention'
            ? x.runs
            : x.pieces.flatMap((q) => (q.type === 'text' ? [q.run] : q.runs)),
      )
      .filter((r) => r.evidence)
      .map((r) => r.text)
      .join('');
    expect(marked).toContain('On Oct. 5, Choe held vice minister-level talks in Beijing');
    expect(mentionsOf(scene).some((m) => m.selected)).toBe(false);
    expect(scene.content.blocks.filter((b) => b.concerned).length).toBeGreaterThan(0);
  });

  it('mutes the passages "as of" puts in the future, and nothing without a day', () => {
    const bundle = seedBundle();
    const dimmed = (query: string) =>
      buildReaderScene(bundle, state(bundle, query), TALL)
        .content.blocks.flatMap((b) => b.passages)
        .filter((p) => p.dimmed).length;
    expect(dimmed('')).toBe(0);
    expect(dimmed('asof=2018-10-06')).toBeGreaterThan(0);
    expect(dimmed('asof=2018-10-06')).toBeGreaterThan(dimmed('asof=2018-12-31'));
  });

  it('hands back the very block objects a selection does not touch', () => {
    const bundle = seedBundle();
    const before = buildReaderScene(bundle, state(bundle), TALL).content.blocks;
    const after = buildReaderScene(bundle, state(bundle, 'sel=entity:igor-morgulov'), TALL).content
      .blocks;
    const touched = after.filter((b, i) => b !== before[i]);
    expect(touched.length).toBeGreaterThan(0);
    expect(touched.length).toBeLessThan(after.length);
    expect(touched.every((b) => b.key.startsWith('igor-morgulov'))).toBe(true);
    expect(after.filter((b, i) => b === before[i]).every((b) => b.key === '')).toBe(true);
  });
});

describe('layoutArticle through the scene', () => {
  it('keeps every word inside the column at any width', () => {
    const bundle = seedBundle();
    for (const width of [320, 480, 720, 1100]) {
      const scene = buildReaderScene(bundle, state(bundle, 'sel=entity:choe-son-hui'), {
        width,
        height: 100_000,
      });
      const overflow = scene.layout.blocks.flatMap((b) =>
        b.lines.flatMap((l) =>
          l.segments.filter((s) => b.x + s.x + s.width > scene.column.width + 0.01),
        ),
      );
      expect(overflow.map((s) => s.text)).toEqual([]);
      expect(scene.layout.omitted).toBe(0);
    }
  });

  it('never starts a line with the punctuation after a name', () => {
    const bundle = seedBundle();
    let checked = 0;
    for (let width = 300; width <= 700; width += 7) {
      const scene = buildReaderScene(bundle, state(bundle), { width, height: 100_000 });
      for (const block of scene.layout.blocks)
        block.lines.forEach((line, i) => {
          if (i === 0) return;
          checked += 1;
          const first = line.segments[0];
          const previous = block.lines[i - 1]?.segments.at(-1);
          if (previous?.mention) expect(first?.text).not.toMatch(/^[,.;:!?’'”)\]]/u);
        });
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('keeps the line breaks inside a block (a press statement’s header)', () => {
    const bundle = corpusBundle('fixture-andes-trip');
    const scene = buildReaderScene(bundle, state(bundle), { width: 900, height: 100_000 });
    const header = scene.layout.blocks.find((b) => lineText(b, 0) === 'Media Note');
    expect(header).toBeDefined();
    expect(header && [0, 1, 2, 3].map((i) => lineText(header, i))).toEqual([
      'Media Note',
      'Office of the Spokesperson',
      'Washington, DC',
      'August 9, 2019',
    ]);
  });

  it('sets the body in the serif at 18 px and bylines in the sans, lines 1.6 apart', () => {
    const bundle = seedBundle();
    const scene = buildReaderScene(bundle, state(bundle), TALL);
    const paragraph = scene.layout.blocks.find((b) => b.kind === 'paragraph');
    const byline = scene.layout.blocks.find((b) => b.kind === 'byline');
    expect(paragraph?.style).toMatchObject({ font: 'serif', size: 18, lineHeight: 28.8 });
    expect(byline?.style.font).toBe('sans');
    const [a, b] = paragraph?.lines ?? [];
    expect((b?.baseline ?? 0) - (a?.baseline ?? 0)).toBeCloseTo(28.8, 9);
  });

  it('frames a slide on the selection, at 24 px or more, inside the box', () => {
    const bundle = seedBundle();
    const size = { width: 1700, height: 760 };
    const scene = buildReaderScene(bundle, state(bundle, 'sel=entity:kong-xuanyou'), size, {
      frame: 'selection',
      mode: 'presentation',
      labelScale: 1.8,
    });
    const shown = new Set(scene.shown.map((b) => b.id));
    const kongBlocks = bundle.article.blocks.filter((b) =>
      bundle.mentions.some(
        (m) => m.entity === 'kong-xuanyou' && m.start >= b.start && m.end <= b.end,
      ),
    );
    expect([...shown].every((id) => kongBlocks.some((b) => b.id === id))).toBe(true);
    const sizes = scene.layout.blocks.map((b) => b.style.size);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(PRESENTATION_MIN_SIZE);
    expect(
      scene.layout.blocks.find((b) => b.kind === 'paragraph')?.style.size,
    ).toBeGreaterThanOrEqual(24);
    expect(scene.height).toBeLessThanOrEqual(size.height);
    const last = scene.layout.blocks.at(-1);
    expect((last?.top ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual(size.height);
    // Blocks that were skipped are marked.
    expect(scene.layout.blocks.some((b) => b.kind === 'gap')).toBe(true);
  });

  it('leaves off what does not fit and says how much', () => {
    const bundle = corpusBundle('fixture-long-article');
    const scene = buildReaderScene(bundle, state(bundle), { width: 800, height: 600 });
    expect(scene.height).toBeLessThanOrEqual(600);
    expect(scene.layout.omitted).toBeGreaterThan(50);
    expect(scene.more?.text).toBe(
      `The article continues: ${scene.layout.omitted} more paragraphs.`,
    );
  });

  it('says so when the frame finds nothing in the text', () => {
    const bundle = tinyBundle();
    const scene = buildReaderScene(
      bundle,
      state(bundle, 'sel=entity:france'),
      { width: 600, height: 400 },
      { frame: 'selection' },
    );
    expect(scene.shown).toEqual([]);
    expect(scene.note).toMatch(/nothing/);
  });
});

describe('writeReaderSvg', () => {
  it('gives byte-identical SVG for the same bundle and state on two runs', () => {
    const draw = () => {
      // Two separately validated bundles: no cache is shared between the runs.
      const bundle = structuredClone(seedBundle());
      const scene = buildReaderScene(
        bundle,
        state(bundle, 'sel=entity:choe-son-hui&asof=2018-10-06'),
        { width: 720, height: 3000 },
      );
      return writeReaderSvg(scene, { emphasis: 'scene' }).svg;
    };
    const first = draw();
    expect(first.length).toBeGreaterThan(20_000);
    expect(draw()).toBe(first);
  });

  it('draws names in the kind’s line style and the evidence behind a highlighter', () => {
    const bundle = seedBundle();
    const scene = buildReaderScene(
      bundle,
      state(bundle, 'sel=relation:r-choe-meets-kong-beijing'),
      TALL,
    );
    const { svg } = writeReaderSvg(scene, { emphasis: 'scene' });
    expect(svg).toContain('fill="#fff27a"');
    expect(svg).toMatch(/stroke="#007a5e" stroke-width="2" stroke-dasharray="6 4"/);
    expect(svg).toContain('<title>North Korea working');
    expect(svg).toContain('Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018');
    const plain = writeReaderSvg(scene, { emphasis: 'none' }).svg;
    expect(plain).not.toContain('fill="#fff27a"');
  });

  it('escapes text from the bundle', () => {
    const bundle = tinyBundle();
    bundle.article.title = 'A <b>&</b> "test"';
    const { svg } = writeReaderSvg(
      buildReaderScene(bundle, state(bundle), { width: 400, height: 400 }),
    );
    expect(svg).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;test&quot;');
  });
});
