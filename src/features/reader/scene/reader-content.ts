import type { BlockKind, Bundle, EntityKind, Mention, Span } from '../../../bundle/bundle-schema';
import { futureOnlyPassages } from '../../../model/as-of';
import { indexBundle } from '../../../model/bundle-index';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { passagesOf } from '../../../model/passages';
import type { SelectionFocus } from '../../../model/selection-focus';
import { splitSentences } from '../../../model/split-sentences';
import type { ViewState } from '../../../view-state/view-state';
import { segmentPassage } from '../text/segment-passage';
import { glueWords, type GluePart } from './glue-words';
import { blockIndex, blockIndexAt, blocksUnder } from './block-index';

/** A stretch of text drawn one way: marked as evidence or not. */
export interface ReaderRun {
  start: number;
  end: number;
  text: string;
  /** Part of a passage shown as evidence for the selection (the highlighter). */
  evidence: boolean;
}

/** A name in the text. */
export interface ReaderMention {
  type: 'mention';
  start: number;
  end: number;
  entity: string;
  kind: EntityKind;
  /** "Choe Son-hui, person": what a screen reader says and a tooltip shows. */
  label: string;
  /** The selected entity's own mention (data-selected="true"). */
  selected: boolean;
  /** The selection names this mention's entity (bold and outlined). */
  subject: boolean;
  /** The name as written, cut where evidence begins or ends inside it. */
  runs: ReaderRun[];
}

export interface ReaderText {
  type: 'text';
  run: ReaderRun;
}

/** A name and the characters that touch it, which no line may separate ("Choe,"). */
export interface ReaderNoBreak {
  type: 'nobreak';
  pieces: (ReaderText | ReaderMention)[];
}

export type ReaderPiece = ReaderText | ReaderMention | ReaderNoBreak;

/** A sentence: what a click selects and what "as of" mutes. */
export interface ReaderPassage {
  start: number;
  end: number;
  /** Speaks only of what came after the "as of" day: muted, not hidden. */
  dimmed: boolean;
  pieces: ReaderPiece[];
  /** What separates it from the next sentence of its block: a line break is kept. */
  after: '' | ' ' | '\n';
}

export interface ReaderBlock {
  id: string;
  kind: BlockKind;
  /** 1-based place in the article ("Select paragraph 4"). */
  number: number;
  start: number;
  end: number;
  /** The selection is this block. */
  selected: boolean;
  /** Holds evidence for the selection or a mention of the selected entity. */
  concerned: boolean;
  passages: ReaderPassage[];
  /**
   * Changes whenever anything drawn in the block changes: the screen redraws a block only when
   * its key does, so a selection redraws just the blocks it touches.
   */
  key: string;
}

/** The article's words and flags for one state; no geometry (see layoutArticle). */
export interface ReaderContent {
  blocks: ReaderBlock[];
  /** The entity whose mentions are selected, if any. */
  selectedEntity: string | null;
  /** Evidence passages for the selection (not an entity's own mentions), in text order. */
  evidence: Span[];
  /** Is anything selected that the text shows? */
  emphasis: boolean;
}

/** The part of a state the article depends on. */
export type ReaderStateSlice = Pick<ViewState, 'selection' | 'asOf'>;

interface StaticBlock {
  block: ReaderBlock;
  sentences: Span[];
  afters: ReaderPassage['after'][];
  mentions: Mention[];
}

const NO_SPANS: Span[] = [];

/** The break between two sentences: a newline in the gap is a line break the text means. */
function gapAfter(text: string, from: number, to: number): ReaderPassage['after'] {
  if (to <= from) return '';
  return text.slice(from, to).includes('\n') ? '\n' : ' ';
}

function buildPassage(
  bundle: Bundle,
  sentence: Span,
  after: ReaderPassage['after'],
  mentions: readonly Mention[],
  evidence: readonly Span[],
  flags: { selectedEntity: string | null; dimmed: boolean },
): ReaderPassage {
  const text = bundle.article.text;
  const entities = indexBundle(bundle).entities;
  const run = (r: { start: number; end: number; evidence: boolean }): ReaderRun => ({
    ...r,
    text: text.slice(r.start, r.end),
  });
  const parts: GluePart<ReaderMention>[] = [];
  for (const piece of segmentPassage(sentence, mentions, evidence)) {
    if (piece.type === 'text') {
      parts.push({ type: 'text', run: piece.run });
      continue;
    }
    const m = piece.mention;
    const entity = entities.get(m.entity);
    // The validator refuses mentions of unknown entities; were one to slip through, it is text.
    if (!entity) {
      piece.runs.forEach((r) => parts.push({ type: 'text', run: r }));
      continue;
    }
    const selected = m.entity === flags.selectedEntity;
    parts.push({
      type: 'mention',
      mention: {
        type: 'mention',
        start: Math.max(m.start, sentence.start),
        end: Math.min(m.end, sentence.end),
        entity: m.entity,
        kind: entity.kind,
        label: `${entity.name}, ${ENTITY_KIND_LABEL[entity.kind]}`,
        selected,
        subject: selected,
        runs: piece.runs.map(run),
      },
    });
  }
  const pieces: ReaderPiece[] = glueWords(parts, text).map((p) =>
    p.type === 'nobreak'
      ? {
          type: 'nobreak',
          pieces: p.parts.map((q) =>
            q.type === 'text' ? { type: 'text', run: run(q.run) } : q.mention,
          ),
        }
      : p.type === 'text'
        ? { type: 'text', run: run(p.run) }
        : p.mention,
  );
  return { start: sentence.start, end: sentence.end, dimmed: flags.dimmed, pieces, after };
}

const made = new WeakMap<Bundle, (StaticBlock | undefined)[]>();

/** Block `i` cut into sentences and pieces with no flags set, once per bundle and block. */
function staticBlock(bundle: Bundle, i: number): StaticBlock {
  let cache = made.get(bundle);
  if (!cache) made.set(bundle, (cache = []));
  const hit = cache[i];
  if (hit) return hit;
  const { text, blocks } = bundle.article;
  const b = blocks[i];
  if (!b) throw new RangeError(`no block ${i}`);
  const [m, n] = blockIndex(bundle).ranges[i] ?? [0, 0];
  const mentions = bundle.mentions.slice(m, n);
  const sentences = splitSentences(text, b.start, b.end);
  const afters = sentences.map((s, k) => gapAfter(text, s.end, sentences[k + 1]?.start ?? s.end));
  const flags = { selectedEntity: null, dimmed: false };
  const block: ReaderBlock = {
    id: b.id,
    kind: b.kind,
    number: i + 1,
    start: b.start,
    end: b.end,
    selected: false,
    concerned: false,
    passages: sentences.map((s, k) =>
      buildPassage(bundle, s, afters[k] ?? '', mentions, NO_SPANS, flags),
    ),
    key: '',
  };
  const out = { block, sentences, afters, mentions };
  cache[i] = out;
  return out;
}

const laterCache = new WeakMap<Bundle, Map<string, Set<number>>>();

/** Starts of the passages that speak only of what came after the day, per bundle and day. */
function laterPassages(bundle: Bundle, asOf: string | null): Set<number> {
  if (asOf === null) return new Set();
  let byDay = laterCache.get(bundle);
  if (!byDay) laterCache.set(bundle, (byDay = new Map()));
  let hit = byDay.get(asOf);
  if (!hit) {
    hit = new Set(futureOnlyPassages(bundle, passagesOf(bundle), asOf).map((p) => p.start));
    if (byDay.size > 16) byDay.clear();
    byDay.set(asOf, hit);
  }
  return hit;
}

/**
 * What one state marks in the article, found without visiting every block: the blocks it
 * touches come from a per-block index (an entity's blocks, the blocks under each evidence span,
 * the blocks of muted sentences), so a selection with 100,000 mentions costs only the blocks
 * drawn. Pass it to `readerBlock` for the blocks to draw.
 */
export interface ReaderMarks {
  selectedEntity: string | null;
  evidence: Span[];
  selectedBlock: string | null;
  /** Starts of the sentences "as of" mutes. */
  later: Set<number>;
  /** Ascending indices of the blocks the state changes (selected, evidence, names, muted). */
  touched: number[];
  /** Ascending indices of the blocks holding evidence or a mention of the selected entity. */
  concerned: number[];
  emphasis: boolean;
}

/** The marks of one state over the article (see ReaderMarks). */
export function readerMarks(
  bundle: Bundle,
  state: ReaderStateSlice,
  focus: SelectionFocus | null,
): ReaderMarks {
  const selection = state.selection;
  const selectedEntity = selection?.kind === 'entity' && focus ? selection.id : null;
  const evidence = focus && selection?.kind !== 'entity' ? focus.evidence : NO_SPANS;
  const selectedBlock = selection?.kind === 'block' ? selection.id : null;
  const later = laterPassages(bundle, state.asOf);
  const index = blockIndex(bundle);
  const named = selectedEntity === null ? [] : (index.blocksByEntity.get(selectedEntity) ?? []);
  const concerned = [...new Set([...named, ...blocksUnder(bundle, evidence)])].sort(
    (a, b) => a - b,
  );
  const touched = new Set(concerned);
  for (const start of later) touched.add(blockIndexAt(bundle, start));
  const selectedIndex = selectedBlock === null ? undefined : index.byId.get(selectedBlock);
  if (selectedIndex !== undefined) touched.add(selectedIndex);
  return {
    selectedEntity,
    evidence,
    selectedBlock,
    later,
    touched: [...touched].sort((a, b) => a - b),
    concerned,
    emphasis: selectedEntity !== null || evidence.length > 0 || selectedBlock !== null,
  };
}

/**
 * Block `i` with the flags of the state `marks` describes. A block the state does not touch is
 * the same object on every call, so the screen redraws only what changed.
 */
export function readerBlock(bundle: Bundle, i: number, marks: ReaderMarks): ReaderBlock {
  const { block, sentences, afters, mentions } = staticBlock(bundle, i);
  const { evidence, later, selectedEntity, selectedBlock } = marks;
  const ev = evidence.filter((e) => e.start < block.end && e.end > block.start);
  const names = selectedEntity !== null && mentions.some((m) => m.entity === selectedEntity);
  const dimmed = later.size === 0 ? NO_SPANS : sentences.filter((s) => later.has(s.start));
  const selected = selectedBlock === block.id;
  if (ev.length === 0 && !names && dimmed.length === 0 && !selected) return block;
  const flags = (s: Span) => ({
    selectedEntity: names ? selectedEntity : null,
    dimmed: later.has(s.start),
  });
  return {
    ...block,
    selected,
    concerned: ev.length > 0 || names,
    passages: sentences.map((s, k) =>
      buildPassage(bundle, s, afters[k] ?? '', mentions, ev, flags(s)),
    ),
    key: [
      names ? selectedEntity : '',
      ev.map((e) => `${e.start}-${e.end}`).join(','),
      dimmed.map((s) => s.start).join(','),
      selected ? 'block' : '',
    ].join('|'),
  };
}

/**
 * The article's blocks, sentences, runs and mentions with the flags of one state: which mentions
 * are the selected entity's, which runs are evidence, which sentences "as of" mutes, which block
 * is selected. Every block: for a picture of the whole article (slides, exports); the screen
 * draws only the blocks in view through readerMarks and readerBlock.
 */
export function readerContent(
  bundle: Bundle,
  state: ReaderStateSlice,
  focus: SelectionFocus | null,
): ReaderContent {
  const marks = readerMarks(bundle, state, focus);
  return {
    blocks: bundle.article.blocks.map((_, i) => readerBlock(bundle, i, marks)),
    selectedEntity: marks.selectedEntity,
    evidence: marks.evidence,
    emphasis: marks.emphasis,
  };
}
