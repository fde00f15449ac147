import { Fragment, memo, type ReactNode } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import type {
  ReaderBlock,
  ReaderMention,
  ReaderPiece,
  ReaderRun,
  ReaderText,
} from '../scene/reader-content';
import { resolveRoveAt, type RoveAt } from '../text/rove-target';

const TAGS = { headline: 'h2', caption: 'p', paragraph: 'p', byline: 'p', note: 'p' } as const;
const KIND_WORDS = {
  headline: 'headline',
  caption: 'photo caption',
  paragraph: 'paragraph',
  byline: 'byline',
  note: 'note',
};

/** Text as written; the evidence for the selection behind the highlighter. */
function runNode(run: ReaderRun): ReactNode {
  return run.evidence ? (
    <mark key={run.start} className="evidence" data-evidence="true">
      {run.text}
    </mark>
  ) : (
    <Fragment key={run.start}>{run.text}</Fragment>
  );
}

/**
 * A name: a button marked by kind. It has no handlers of its own: the article listens once for
 * clicks and pointers (article-reader.tsx), so a new selection re-renders only the flags.
 */
function mentionNode(m: ReaderMention, stop: number | null): ReactNode {
  return (
    <button
      key={m.start}
      type="button"
      tabIndex={m.start === stop ? 0 : -1}
      className={`mention kind-${m.kind}`}
      data-entity={m.entity}
      data-start={m.start}
      data-end={m.end}
      data-selected={m.selected ? 'true' : undefined}
      data-subject={m.subject ? 'true' : undefined}
      aria-label={m.label}
      aria-pressed={m.selected}
    >
      {m.runs.map(runNode)}
    </button>
  );
}

function pieceNode(
  piece: ReaderPiece | ReaderText | ReaderMention,
  stop: number | null,
): ReactNode {
  if (piece.type === 'text') return runNode(piece.run);
  if (piece.type === 'mention') return mentionNode(piece, stop);
  // A name and the punctuation that touches it: no line may part them.
  return (
    <span
      key={`g${piece.pieces[0]?.type === 'text' ? piece.pieces[0].run.start : (piece.pieces[0]?.start ?? 0)}`}
      className="nobreak"
    >
      {piece.pieces.map((p) => pieceNode(p, stop))}
    </span>
  );
}

/** The starts of a block's names in reading order (its roving items after the ¶). */
function mentionStarts(block: ReaderBlock): number[] {
  const out: number[] = [];
  const walk = (piece: ReaderPiece | ReaderText | ReaderMention) => {
    if (piece.type === 'mention') out.push(piece.start);
    else if (piece.type !== 'text') piece.pieces.forEach(walk);
  };
  for (const passage of block.passages) passage.pieces.forEach(walk);
  return out;
}

/** What a block is given: its content and which of its items is the article's Tab stop. */
export interface ArticleBlockProps {
  block: ReaderBlock;
  /** Tells one story's blocks from another's. */
  bundle: Bundle;
  /**
   * The block's roving Tab stop (its ¶ is item 0, its names from 1), or null when the block
   * holds none (a long article is one Tab stop as a whole).
   */
  stop: RoveAt | null;
}

/**
 * One block of the article as the scene gives it: sentences (passages) of text and names with
 * their flags. Redrawn only when the block's key changes (a selection that touches it), so a
 * click redraws the few blocks it concerns (and a moved Tab stop the two blocks it leaves and
 * enters). Its ¶ and names are one roving group: a single Tab stop, the arrows move inside
 * (use-reader-roving.ts).
 */
export const ArticleBlock = memo(
  function ArticleBlock({ block, stop }: ArticleBlockProps) {
    const Tag = TAGS[block.kind];
    const starts = stop === null ? [] : mentionStarts(block);
    const item = stop === null ? null : resolveRoveAt(stop, starts.length);
    // The name holding the stop, by its start; -1 for none (the ¶ or no stop at all).
    const at = item === null || item === 0 ? -1 : (starts[item - 1] ?? -1);
    return (
      <Tag
        className={`block block-${block.kind}`}
        data-block={block.id}
        data-start={block.start}
        data-end={block.end}
        data-selected={block.selected ? 'true' : undefined}
      >
        <button
          type="button"
          className="block-anchor"
          tabIndex={item === 0 ? 0 : -1}
          data-select-block={block.id}
          aria-label={`Select ${KIND_WORDS[block.kind]} ${block.number}`}
          title={`Select this ${KIND_WORDS[block.kind]}`}
        >
          ¶
        </button>
        {block.kind === 'caption' && <span className="caption-marker">Photo caption </span>}
        {block.passages.map((passage) => (
          <Fragment key={passage.start}>
            <span
              className="passage"
              data-passage={`${passage.start}-${passage.end}`}
              data-start={passage.start}
              data-end={passage.end}
              data-later={passage.dimmed ? 'true' : undefined}
            >
              {passage.pieces.map((p) => pieceNode(p, at))}
            </span>
            {passage.after}
          </Fragment>
        ))}
      </Tag>
    );
  },
  // Equal keys in the same story draw the same block, whichever call built the object.
  (a, b) =>
    a.bundle === b.bundle &&
    a.stop === b.stop &&
    (a.block === b.block || (a.block.id === b.block.id && a.block.key === b.block.key)),
);
