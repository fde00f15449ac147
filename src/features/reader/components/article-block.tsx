import { memo, useMemo } from 'react';
import type { Block, Bundle, Span } from '../../../bundle/bundle-schema';
import { splitSentences } from '../../../model/split-sentences';
import type { ViewState } from '../../../view-state/view-state';
import { segmentPassage } from '../text/segment-passage';
import { MentionMark } from './mention-mark';

interface Props {
  bundle: Bundle;
  block: Block;
  number: number;
  /** The evidence inside this block. */
  evidence: Span[];
  /** The selected entity, when this block holds a mention of it. */
  selectedEntity: string | null;
  /** Starts of passages about what lies after the "as of" day. */
  later: Set<number>;
  /** The selection names this block. */
  selected: boolean;
  /** The previewed entity, when this block holds a mention of it. */
  previewEntity: string | null;
  /** Asks for a new selection (the view state's update, one identity for the route). */
  onSelect: (patch: Partial<ViewState>) => void;
  onPreview: (entityId: string, el: HTMLElement) => void;
  onHidePreview: () => void;
}

const TAGS = { headline: 'h2', caption: 'p', paragraph: 'p', byline: 'p', note: 'p' } as const;
const KIND_WORDS = {
  headline: 'headline',
  caption: 'photo caption',
  paragraph: 'paragraph',
  byline: 'byline',
  note: 'note',
};

/** One block of the article, cut into sentences (passages) and mentions. */
export const ArticleBlock = memo(function ArticleBlock(props: Props) {
  const { bundle, block, number, evidence, selectedEntity, onSelect } = props;
  const text = bundle.article.text;
  const sentences = useMemo(() => splitSentences(text, block.start, block.end), [text, block]);
  const mentions = useMemo(
    () => bundle.mentions.filter((m) => m.start < block.end && m.end > block.start),
    [bundle.mentions, block],
  );
  const Tag = TAGS[block.kind];
  return (
    <Tag
      className={`block block-${block.kind}`}
      data-block={block.id}
      data-start={block.start}
      data-end={block.end}
      data-selected={props.selected ? 'true' : undefined}
    >
      <button
        type="button"
        className="block-anchor"
        aria-label={`Select ${KIND_WORDS[block.kind]} ${number}`}
        title={`Select this ${KIND_WORDS[block.kind]}`}
        onClick={() => onSelect({ selection: { kind: 'block', id: block.id } })}
      >
        ¶
      </button>
      {block.kind === 'caption' && <span className="caption-marker">Photo caption </span>}
      {sentences.map((sentence) => (
        <span
          key={sentence.start}
          className="passage"
          data-passage={`${sentence.start}-${sentence.end}`}
          data-start={sentence.start}
          data-end={sentence.end}
          data-later={props.later.has(sentence.start) ? 'true' : undefined}
        >
          {segmentPassage(sentence, mentions, evidence).map((piece) =>
            piece.type === 'text' ? (
              piece.run.evidence ? (
                <mark key={piece.run.start} className="evidence" data-evidence="true">
                  {text.slice(piece.run.start, piece.run.end)}
                </mark>
              ) : (
                text.slice(piece.run.start, piece.run.end)
              )
            ) : (
              <MentionMark
                key={piece.mention.start}
                bundle={bundle}
                mention={piece.mention}
                runs={piece.runs}
                selected={piece.mention.entity === selectedEntity}
                previewed={piece.mention.entity === props.previewEntity}
                onSelect={onSelect}
                onPreview={props.onPreview}
                onHidePreview={props.onHidePreview}
              />
            ),
          )}{' '}
        </span>
      ))}
    </Tag>
  );
});
