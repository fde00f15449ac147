import { useRef, useState, type RefObject } from 'react';
import type { BlockKind } from '../../../bundle/bundle-schema';
import type { Draft } from '../draft/draft';
import { alignBlockKinds, splitBlocks } from '../draft/split-blocks';
import { htmlToText, markdownToText } from '../text/html-to-text';
import { IssueNotes, issuesFor, type ItemIssues } from './issue-notes';

const KINDS: BlockKind[] = ['headline', 'caption', 'paragraph', 'byline', 'note'];

interface Props {
  draft: Draft;
  change: (kind: string, update: (d: Draft) => Draft) => void;
  setText: (text: string, kind: string, meta?: Partial<Draft['meta']>) => void;
  issues: ItemIssues;
  textRef: RefObject<HTMLTextAreaElement | null>;
}

/** Reads a dropped or chosen file: .txt as it is, .md without its marks, .html through Readability. */
async function readArticleFile(
  file: File,
): Promise<{ text: string; title?: string; byline?: string }> {
  const raw = await file.text();
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
    const { text, title, byline } = htmlToText(raw);
    return { text, title, byline };
  }
  if (/\.(md|markdown)$/i.test(file.name)) return { text: markdownToText(raw) };
  return { text: raw.replace(/\r\n?/g, '\n') };
}

/** Step 1 and 2: the article's text (typed, pasted, opened or dropped), its blocks and its details. */
export function TextSection(props: Props) {
  const { draft, change, setText, issues, textRef } = props;
  const [fileNote, setFileNote] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const blocks = splitBlocks(draft.text);
  const kinds = alignBlockKinds(draft.text, draft.blockKinds);
  const meta = draft.meta;

  const open = async (file: File) => {
    try {
      const read = await readArticleFile(file);
      setText(read.text, 'file', {
        ...(read.title && meta.title === '' ? { title: read.title } : {}),
        ...(read.byline && meta.byline === '' ? { byline: read.byline } : {}),
      });
      setFileNote(`Read “${file.name}” (${read.text.length.toLocaleString('en-US')} characters).`);
    } catch (error) {
      setFileNote(
        `“${file.name}” could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  // The hint sits outside the label, so the field's name is its label alone.
  const field = (name: keyof Draft['meta'], label: string, hint?: string) => (
    <div className="authoring-field">
      <label className="authoring-field">
        <span>{label}</span>
        <input
          type="text"
          value={meta[name]}
          onChange={(e) => {
            const value = e.target.value;
            change(`type:meta.${name}`, (d) => ({ ...d, meta: { ...d.meta, [name]: value } }));
          }}
          aria-describedby={hint ? `hint-${name}` : undefined}
        />
      </label>
      {hint && (
        <small id={`hint-${name}`} className="muted">
          {hint}
        </small>
      )}
    </div>
  );

  return (
    <section className="authoring-step" aria-labelledby="step-text">
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
        <label className="authoring-field authoring-text">
          <span>Article text</span>
          <textarea
            ref={textRef}
            value={draft.text}
            rows={14}
            spellCheck={false}
            onChange={(e) => setText(e.target.value, 'type:text')}
            aria-describedby="text-hint"
          />
        </label>
        <p id="text-hint" className="muted">
          Paste the article, or{' '}
          <label className="button file-button">
            open a file…
            <input
              ref={fileRef}
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
          (.txt, .md or .html; from a web page only the article is kept) or drop one here. A blank
          line starts a new block; line breaks inside a block are kept.
        </p>
        {fileNote && <p role="status">{fileNote}</p>}
      </div>
      <IssueNotes issues={issuesFor(issues, 'article.text')} />
      {blocks.length > 0 && (
        <details className="authoring-blocks" open={blocks.length <= 12}>
          <summary>Blocks ({blocks.length}): set each one’s kind</summary>
          <ol>
            {blocks.map((b, i) => (
              <li key={i} data-block={`b${i + 1}`}>
                <label>
                  <span className="visually-hidden">Kind of block {i + 1}</span>
                  <select
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
                </label>{' '}
                <span className="authoring-block-text">
                  {draft.text.slice(b.start, Math.min(b.end, b.start + 140))}
                  {b.end - b.start > 140 ? '…' : ''}
                </span>
              </li>
            ))}
          </ol>
        </details>
      )}
      <h2 id="step-meta">2. Its details</h2>
      <div className="authoring-meta" role="group" aria-labelledby="step-meta">
        {field('title', 'Title')}
        {field('publisher', 'Publisher')}
        {field('byline', 'Byline')}
        {field(
          'published',
          'Published',
          'A date (2019-03-14), or a date and time with its offset (2019-03-14T10:30:00-04:00).',
        )}
        {field('language', 'Language', 'BCP 47: en, fr, ko…')}
        {field('url', 'Web address (optional)')}
        <label className="authoring-field">
          <span>Story id</span>
          <input
            type="text"
            value={draft.id}
            onChange={(e) => {
              const id = e.target.value;
              change('type:id', (d) => ({ ...d, id }));
            }}
          />
        </label>
      </div>
      <IssueNotes issues={issuesFor(issues, 'article')} />
      <IssueNotes issues={issuesFor(issues, 'id')} />
    </section>
  );
}
