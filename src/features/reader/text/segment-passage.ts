import type { Mention, Span } from '../../../bundle/bundle-schema';

/** A stretch of plain text, marked when it lies in an evidence passage. */
export interface TextRun {
  start: number;
  end: number;
  evidence: boolean;
}

export type Piece =
  | { type: 'text'; run: TextRun }
  | { type: 'mention'; mention: Mention; mentionIndex: number; runs: TextRun[] };

/** Cuts [start, end) at every evidence boundary; each part knows whether it is evidence. */
export function cutRuns(start: number, end: number, evidence: readonly Span[]): TextRun[] {
  const cuts = new Set<number>([start, end]);
  for (const e of evidence) {
    if (e.start > start && e.start < end) cuts.add(e.start);
    if (e.end > start && e.end < end) cuts.add(e.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const s = points[i] as number;
    const t = points[i + 1] as number;
    runs.push({ start: s, end: t, evidence: evidence.some((e) => e.start < t && s < e.end) });
  }
  return runs;
}

/**
 * The pieces a passage renders as: plain text and mentions in order, each cut where evidence
 * begins or ends, so a mention stays one focusable element even when evidence starts inside it.
 * Mentions must be sorted and not overlap (the validator ensures it); parts outside are clipped.
 */
export function segmentPassage(
  passage: Span,
  mentions: readonly Mention[],
  evidence: readonly Span[],
  mentionOffset = 0,
): Piece[] {
  const pieces: Piece[] = [];
  let cursor = passage.start;
  mentions.forEach((mention, i) => {
    const s = Math.max(mention.start, passage.start);
    const t = Math.min(mention.end, passage.end);
    if (t <= s || s < cursor) return;
    if (s > cursor)
      for (const run of cutRuns(cursor, s, evidence)) pieces.push({ type: 'text', run });
    pieces.push({
      type: 'mention',
      mention,
      mentionIndex: mentionOffset + i,
      runs: cutRuns(s, t, evidence),
    });
    cursor = t;
  });
  if (cursor < passage.end)
    for (const run of cutRuns(cursor, passage.end, evidence)) pieces.push({ type: 'text', run });
  return pieces;
}
