import { splitSentences } from '../../../model/split-sentences';
import { splitBlocks } from './split-blocks';

/** The text's sentences, block by block, so a headline never runs into the first paragraph. */
export function draftSentences(text: string): { start: number; end: number }[] {
  return splitBlocks(text).flatMap((b) => splitSentences(text, b.start, b.end));
}
