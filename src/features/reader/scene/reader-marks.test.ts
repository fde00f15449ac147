import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../bundle/bundle-schema';
import { heavyBundle } from '../../../bundle/fixtures/heavy-bundle';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { selectionFocus } from '../../../model/selection-focus';
import { parseViewState } from '../../../view-state/parse-view-state';
import { blockIndex, blockIndexAt, blocksUnder } from './block-index';
import { readerBlock, readerContent, readerMarks } from './reader-content';

const slice = (bundle: Bundle, query: string) => {
  const { state } = parseViewState(bundle.id, new URLSearchParams(query));
  const focus = selectionFocus(bundle, state.selection);
  return { state, focus: focus.ok ? focus.focus : null };
};

describe('the per-block index', () => {
  it('finds the block under an offset by bisection', () => {
    const bundle = seedBundle();
    const blocks = bundle.article.blocks;
    blocks.forEach((b, i) => {
      expect(blockIndexAt(bundle, b.start)).toBe(i);
      expect(blockIndexAt(bundle, b.end - 1)).toBe(i);
    });
    expect(blockIndexAt(bundle, 0)).toBe(0);
    expect(blockIndexAt(bundle, bundle.article.text.length)).toBe(blocks.length - 1);
  });

  it('lists each entity’s blocks as a scan of every mention would', () => {
    const bundle = seedBundle();
    const { blocksByEntity, ranges } = blockIndex(bundle);
    for (const e of bundle.entities) {
      const scan = bundle.article.blocks.flatMap((b, i) =>
        bundle.mentions.some((m) => m.entity === e.id && m.start < b.end && m.end > b.start)
          ? [i]
          : [],
      );
      expect(blocksByEntity.get(e.id) ?? [], e.id).toEqual(scan);
    }
    // The ranges cut the mentions into the blocks' slices, none lost.
    expect(ranges.reduce((n, [a, b]) => n + (b - a), 0)).toBe(bundle.mentions.length);
  });

  it('puts a span across two blocks in both, and one in a gap in neither', () => {
    const bundle = seedBundle();
    const [a, b] = bundle.article.blocks;
    if (!a || !b) throw new Error('the seed has blocks');
    expect(blocksUnder(bundle, [{ start: a.end - 1, end: b.start + 1 }])).toEqual([0, 1]);
    if (b.start > a.end) expect(blocksUnder(bundle, [{ start: a.end, end: b.start }])).toEqual([]);
  });
});

describe('readerMarks and readerBlock', () => {
  it('draw every block as readerContent does, for each kind of selection', () => {
    const bundle = seedBundle();
    for (const query of [
      '',
      'sel=entity:kong-xuanyou',
      'sel=relation:r-choe-meets-kong-beijing',
      `sel=block:${bundle.article.blocks[2]?.id ?? ''}`,
      'asof=2018-10-06',
    ]) {
      const { state, focus } = slice(bundle, query);
      const marks = readerMarks(bundle, state, focus);
      const whole = readerContent(bundle, state, focus).blocks;
      bundle.article.blocks.forEach((_, i) => {
        const block = readerBlock(bundle, i, marks);
        expect(block, `${query} block ${i}`).toEqual(whole[i]);
        // A block the marks do not list is the unchanged one.
        if (!marks.touched.includes(i)) expect(block.key).toBe('');
        expect(block.concerned).toBe(marks.concerned.includes(i));
      });
    }
  });

  it('finds the blocks a name said 5,000 times touches, and builds only the one asked for', () => {
    const bundle = heavyBundle({ hubMentions: 5_000, paragraphs: 500, targetBytes: 300_000 });
    const { state, focus } = slice(bundle, 'sel=entity:hub');
    const marks = readerMarks(bundle, state, focus);
    // Every paragraph names the hub; the headline does not.
    expect(marks.concerned).toHaveLength(bundle.article.blocks.length - 1);
    expect(marks.concerned[0]).toBe(1);
    const block = readerBlock(bundle, 1, marks);
    expect(block.concerned).toBe(true);
    expect(block.key.startsWith('hub|')).toBe(true);
  });
});
