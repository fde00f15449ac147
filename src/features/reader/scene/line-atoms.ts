import type { EntityKind, Span } from '../../../bundle/bundle-schema';
import type { ReaderBlock, ReaderMention, ReaderRun } from './reader-content';

/** The name a fragment belongs to, with the flags that decide how it is drawn. */
export interface FragmentMention {
  entity: string;
  kind: EntityKind;
  /** Where the whole mention starts: fragments of one name share it. */
  start: number;
  selected: boolean;
  subject: boolean;
}

/** Text that is drawn one way, the smallest thing a line holds. */
export interface Fragment {
  text: string;
  start: number;
  evidence: boolean;
  dimmed: boolean;
  /** Drawn bold: the selected entity's own names. */
  bold: boolean;
  mention: FragmentMention | null;
}

/** What no line may split: a word, or a name with the punctuation that touches it. */
export interface Atom {
  fragments: Fragment[];
  /** A space comes before it (dropped where a line breaks), at this offset, marked or not. */
  space: { start: number; evidence: boolean; dimmed: boolean } | null;
  /** The text has a line break before it. */
  breakBefore: boolean;
}

const inSpans = (spans: readonly Span[], offset: number) =>
  spans.some((s) => s.start <= offset && offset < s.end);

/**
 * A block as a sequence of atoms for the line breaker: words split at whitespace, a name kept
 * whole with what touches it, a newline in the text kept as a line break. `evidence` lists the
 * passages the highlighter covers, so a space between two marked words is marked too.
 */
export function blockAtoms(block: ReaderBlock, evidence: readonly Span[]): Atom[] {
  const atoms: Atom[] = [];
  let current: Atom | null = null;
  // Whether the last thing added was text with no whitespace after it (the next joins it).
  let open = false;
  let space: Atom['space'] = null;
  let breakBefore = false;

  const add = (fragment: Fragment) => {
    if (!open || current === null) {
      current = { fragments: [], space, breakBefore };
      atoms.push(current);
      space = null;
      breakBefore = false;
    }
    current.fragments.push(fragment);
    open = true;
  };
  const whitespace = (start: number, text: string, dimmed: boolean) => {
    open = false;
    if (text.includes('\n') && atoms.length > 0) {
      breakBefore = true;
      space = null;
    } else if (!breakBefore && atoms.length > 0)
      space = { start, evidence: inSpans(evidence, start), dimmed };
  };
  const addRun = (run: ReaderRun, dimmed: boolean) => {
    const parts = run.text.split(/(\s+)/u);
    let offset = run.start;
    for (const part of parts) {
      if (part === '') continue;
      if (/^\s/u.test(part)) whitespace(offset, part, dimmed);
      else
        add({
          text: part,
          start: offset,
          evidence: run.evidence,
          dimmed,
          bold: false,
          mention: null,
        });
      offset += part.length;
    }
  };
  const addMention = (m: ReaderMention, dimmed: boolean) => {
    const mention: FragmentMention = {
      entity: m.entity,
      kind: m.kind,
      start: m.start,
      selected: m.selected,
      subject: m.subject,
    };
    // A name is one atom even when it holds spaces: the screen draws it as one button.
    for (const run of m.runs)
      add({
        text: run.text,
        start: run.start,
        evidence: run.evidence,
        dimmed,
        bold: m.subject,
        mention,
      });
  };

  for (const passage of block.passages) {
    for (const piece of passage.pieces) {
      if (piece.type === 'text') addRun(piece.run, passage.dimmed);
      else if (piece.type === 'mention') addMention(piece, passage.dimmed);
      else
        for (const part of piece.pieces)
          if (part.type === 'text') addRun(part.run, passage.dimmed);
          else addMention(part, passage.dimmed);
    }
    if (passage.after !== '') whitespace(passage.end, passage.after, passage.dimmed);
  }
  return atoms;
}
