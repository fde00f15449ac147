import { useLayoutEffect, useState, type RefObject } from 'react';
import type { BlockKind } from '../../../bundle/bundle-schema';
import type { Draft } from '../draft/draft';
import { alignBlockKinds, splitBlocks } from '../draft/split-blocks';
import { MAX_ARTICLE_CHARS, tooLongMessage } from '../text/article-limits';
import { readArticleFile } from '../text/read-article-file';
import { Field } from './field';
import { IssueNotes, issuesFor, type ItemIssues } from './issue-notes';

const KINDS: BlockKind[] = ['headline', 'caption', 'paragraph', 'byline', 'note'];

interface Props {
  draft: Draft;
  change: (kind: string, update: (d: Draft) => Draft) => void;
  setText: (text: string, kind: string, meta?: Partial<Draft['meta']>) => void;
  issues: ItemIssues;
  textRef: RefObject<HTMLTextAreaElement | null>;
}

/** What the last paste or file did, said where the user is looking. */
type Notice = { text: string; tone: 'status' | 'alert' } | null;

/** Step 1: the article's text, typed, pasted, opened or dropped. */
export function TextSection(props: Omit<Props, 'change'>) {
  const { draft, setText, issues, textRef } = props;
  const [notice, setNotice] = useState<Notice>(null);
  const [dragging, setDragging] = useState(false);
  const meta = draft.meta;

  // The field is not controlled by React: a controlled textarea rewrites its default text (the
  // whole article) on every key, over 100 ms a key for a long article. The draft's text is put
  // in only when it differs from what the field shows (a draft opened, undo, a file).
  useLayoutEffect(() => {
    const area = textRef.current;
    if (area !== null && area.value !== draft.text) area.value = draft.text;
  }, [draft.text, textRef]);

  const open = async (file: File) => {
    setNotice({ text: `Reading “${file.name}”…`, tone: 'status' });
    const read = await readArticleFile(file);
    if (!read.ok) {
      setNotice({ text: read.message, tone: 'alert' });
      return;
    }
    setText(read.text, 'file', {
      ...(read.title && meta.title === '' ? { title: read.title } : {}),
      ...(read.byline && meta.byline === '' ? { byline: read.byline } : {}),
    });
    setNotice({ text: read.note, tone: 'status' });
  };

  return (
    <section className="authoring-step authoring-article" aria-labelledby="step-text">
      <h2 id="step-text">1. The article</h2>
      <div
        className="authoring-drop"
        data-dragging={dragging}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          e.stopPropagation();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          const file = e.dataTransfer.files[0];
          setDragging(false);
          if (!file) return;
          e.preventDefault();
          e.stopPropagation();
          void open(file);
        }}
      >
        <Field label="Article text" className="authoring-text">
          {({ id }) => (
            <textarea
              id={id}
              ref={textRef}
              rows={14}
              spellCheck={false}
              onChange={(e) => {
                const text = e.target.value;
                // Refused whole, never cut: the field keeps the draft's text.
                if (text.length > MAX_ARTICLE_CHARS) {
                  e.target.value = draft.text;
                  setNotice({
                    text: tooLongMessage(
                      text.length - draft.text.length > 1000 ? 'The pasted text' : 'The text',
                      text.length,
                    ),
                    tone: 'alert',
                  });
                  return;
                }
                if (notice?.tone === 'alert') setNotice(null);
                setText(text, 'type:text');
              }}
              aria-describedby="text-hint"
            />
          )}
        </Field>
        <p id="text-hint" className="authoring-hint">
          Paste the article, or{' '}
          <label className="button file-button">
            open a file…
            <input
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              className="visually-hidden"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void open(file);
              }}
            />
          </label>{' '}
          (.txt, .md or .html: from a web page only the article is kept) or drop one here. A blank
          line starts a new block; line breaks inside a block are kept.
        </p>
        {notice !== null && (
          <p
            role={notice.tone}
            className={notice.tone === 'alert' ? 'authoring-notice-alert' : 'authoring-notice'}
          >
            {notice.text}
          </p>
        )}
      </div>
      <IssueNotes
        issues={{
          problems: [
            ...issuesFor(issues, 'article.text').problems,
            ...issuesFor(issues, 'article.blocks').problems,
          ],
          warnings: issuesFor(issues, 'article.text').warnings,
        }}
      />
    </section>
  );
}

/** The text's blocks, each with its kind (headline, caption, paragraph, byline, note). */
export function BlocksSection(props: Pick<Props, 'draft' | 'change'>) {
  const { draft, change } = props;
  const blocks = splitBlocks(draft.text);
  const kinds = alignBlockKinds(draft.text, draft.blockKinds);
  // Open by default for a short article; a long one's list is drawn only when asked for.
  const [open, setOpen] = useState<boolean | null>(null);
  const isOpen = open ?? blocks.length <= 12;
  if (blocks.length === 0) return null;
  return (
    <details
      className="authoring-blocks"
      open={isOpen}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>Blocks ({blocks.length}): the kind of each, as the reader will set it</summary>
      {isOpen && (
        <ol>
          {blocks.map((b, i) => (
            <li key={i} data-block={`b${i + 1}`}>
              <Field label={`Kind of block ${i + 1}`} hideLabel>
                {({ id }) => (
                  <select
                    id={id}
                    value={kinds[i]}
                    onChange={(e) => {
                      const kind = e.target.value as BlockKind;
                      change('block-kind', (d) => {
                        const next = alignBlockKinds(d.text, d.blockKinds);
                        next[i] = kind;
                        return { ...d, blockKinds: next };
                      });
                    }}
                  >
                    {KINDS.map((k) => (
                      <option key={k}>{k}</option>
                    ))}
                  </select>
                )}
              </Field>
              <span className="authoring-block-text">
                {draft.text.slice(b.start, Math.min(b.end, b.start + 140))}
                {b.end - b.start > 140 ? '…' : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
