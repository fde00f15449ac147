import type { Bundle } from '../../bundle/bundle-schema';
import { formatPartialDate, formatPublished } from '../../model/format-date';
import { selectionFocus } from '../../model/selection-focus';
import { sourceLine } from '../../model/source-line';
import type { SceneOptions, SceneSize } from '../../ui/view-module';
import type { ViewState } from '../../view-state/view-state';
import { layoutArticle, type ArticleLayout } from './scene/layout-article';
import { readerContent, type ReaderBlock, type ReaderContent } from './scene/reader-content';
import { typeStyle } from './scene/reader-type';

/** Everything the article draws for one bundle, state and size, as plain data. */
export interface ReaderScene {
  width: number;
  height: number;
  /** The article's headline (the picture's title). */
  title: string;
  /** "Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018" */
  source: string;
  labelScale: number;
  mode: 'workspace' | 'presentation';
  frame: 'all' | 'selection';
  /** Every block with its runs and flags: what the screen renders as HTML. */
  content: ReaderContent;
  /** The blocks this picture holds: all of them, or those the selection concerns. */
  shown: ReaderBlock[];
  /** The text column: its left edge and width inside the scene. */
  column: { x: number; y: number; width: number };
  /** The shown blocks set in lines for the column (coordinates inside the column). */
  layout: ArticleLayout;
  /** Is something selected that the text marks (so emphasis means something)? */
  emphasis: boolean;
  /** Said in place of the text when the frame finds nothing to show. */
  note: string | null;
  /** "The article continues: 3 more paragraphs." under the text when not all of it fits. */
  more: { text: string; baseline: number } | null;
}

/**
 * The longest line the column allows, in ems of the body: about 68 characters, the screen's
 * `max-width: 68ch`. A slide is wide, but a line of 100 words is not read from the back of a room.
 */
const MEASURE_EM = 34;

/**
 * The article as a scene: its blocks, runs and mentions with the selection's flags, and, for the
 * size given, every line placed. With `frame: 'selection'` only the blocks holding the
 * selection's evidence or its entity's mentions are kept (a slide showing what the article says),
 * with a mark where blocks were skipped. Text that does not fit the height is left off and
 * counted, never squeezed.
 */
export function buildReaderScene(
  bundle: Bundle,
  state: ViewState,
  size: SceneSize,
  options: SceneOptions = {},
): ReaderScene {
  const labelScale = options.labelScale ?? 1;
  const mode = options.mode ?? 'workspace';
  const frame = options.frame ?? 'all';
  const resolved =
    options.focus ??
    (() => {
      const f = selectionFocus(bundle, state.selection);
      return f.ok ? f.focus : null;
    })();
  const content = readerContent(bundle, state, resolved);
  const { article } = bundle;

  const framed = frame === 'selection' && state.selection !== null;
  const shown = framed ? content.blocks.filter((b) => b.concerned || b.selected) : content.blocks;
  const note =
    framed && shown.length === 0
      ? 'The article says nothing about this selection in so many words.'
      : null;

  const header: string[] = [];
  if (!framed) {
    const modified = article.modified ? ` · modified ${formatPublished(article.modified)}` : '';
    header.push(`${article.publisher} · Posted ${formatPublished(article.published)}${modified}`);
    if (state.asOf)
      header.push(
        `As of ${formatPartialDate(state.asOf)}: passages about later events are dimmed.`,
      );
  }

  const pad = 16 * labelScale;
  const body = typeStyle('paragraph', labelScale, mode);
  const columnWidth = Math.max(0, Math.min(size.width - 2 * pad, MEASURE_EM * body.size));
  const column = {
    x: Math.round(((size.width - columnWidth) / 2) * 100) / 100,
    y: pad,
    width: columnWidth,
  };
  const input = {
    blocks: shown,
    header,
    evidence: content.evidence,
    width: columnWidth,
    height: Math.max(0, size.height - 2 * pad),
    labelScale,
    mode,
    markGaps: framed,
  };
  let layout = layoutArticle(input);
  let more: ReaderScene['more'] = null;
  const cut = layout.omitted > 0 || layout.blocks.some((b) => b.cut);
  if (cut) {
    // Room for one line saying what was left off, then the text again in what remains.
    const meta = typeStyle('meta', labelScale, mode);
    layout = layoutArticle({ ...input, height: Math.max(0, input.height - meta.lineHeight * 1.5) });
    const left = layout.omitted;
    more = {
      text:
        left === 0
          ? 'The article continues.'
          : `The article continues: ${left} more ${left === 1 ? 'paragraph' : 'paragraphs'}.`,
      baseline: pad + layout.height + meta.lineHeight * 1.2,
    };
  }
  const used = more ? more.baseline + pad : layout.height + 2 * pad;
  return {
    width: size.width,
    height: Math.min(size.height, Math.ceil(used)),
    title: article.title,
    source: sourceLine(bundle),
    labelScale,
    mode,
    frame,
    content,
    shown,
    column,
    layout,
    emphasis: content.emphasis,
    note,
    more,
  };
}
