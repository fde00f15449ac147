import { memo, useMemo } from 'react';
import type { Block, Bundle, Span } from '../../../bundle/bundle-schema';
import { splitSentences } from '../text/split-sentences';
import { segmentPassage } from '../text/segment-passage';
import { MentionMark } from './mention-mark';

interface Props {
  bundle: Bundle;
  block: Block;
  evidence: Span[];
  selectedEntity: string | null;
}

const TAGS = { headline: 'h2', caption: 'p', paragraph: 'p', byline: 'p', note: 'p' } as const;

/** One block of the article, cut into sentences (passages) and mentions. */
export const ArticleBlock = memo(function ArticleBlock({
  bundle,
  block,
  evidence,
  selectedEntity,
}: Props) {
  const text = bundle.article.text;
  const sentences = useMemo(() => splitSentences(text, block.start, block.end), [text, block]);
  const mentions = useMemo(
    () => bundle.mentions.filter((m) => m.start < block.end && m.end > block.start),
    [bundle.mentions, block],
  );
  const Tag = TAGS[block.kind];
  return (
    <Tag className={`block block-${block.kind}`} data-block={block.id}>
      {block.kind === 'caption' && <span className="caption-marker">Photo caption: </span>}
      {sentences.map((sentence) => (
        <span
          key={sentence.start}
          className="passage"
          data-passage={`${sentence.start}-${sentence.end}`}
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
              />
            ),
          )}{' '}
        </span>
      ))}
    </Tag>
  );
});
