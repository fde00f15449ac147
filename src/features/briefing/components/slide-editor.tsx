import { useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { Bundle } from '../../../bundle/bundle-schema';
import { formatPartialDate } from '../../../model/format-date';
import { selectionTitle } from '../../../model/selection-title';
import { parseSelection } from '../../../view-state/parse-view-state';
import { MAX_NOTES, type Slide } from '../deck/deck-schema';
import { slideHref, slideWorkspaceHref } from '../deck/slide-view-state';
import { QuotePicker } from './quote-picker';
import { SlideThumbnail } from './slide-thumbnail';

const VIEW_LABEL = { network: 'Network', map: 'Map', timeline: 'Timeline' } as const;

export interface SlideEditorProps {
  slide: Slide;
  /** 0-based place in the deck. */
  index: number;
  count: number;
  bundle: Bundle;
  routeId: string;
  onChange: (patch: Partial<Omit<Slide, 'id'>>) => void;
  onMove: (delta: -1 | 1) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  /** Drag and drop: where a slide dragged over this one would land, and the handlers. */
  drag: SlideDragProps;
}

/** What the list gives each slide so slides can be dragged onto one another. */
export interface SlideDragProps {
  /** A slide is being dragged over this one: it would land before or after it. */
  dropEdge: 'before' | 'after' | null;
  /** This slide is the one being dragged. */
  dragging: boolean;
  onDragStart: () => void;
  onDragOver: (edge: 'before' | 'after') => void;
  onDrop: () => void;
  onDragEnd: () => void;
}

/** The drag carries a slide id under its own type, so a dropped file or text is not a move. */
const DRAG_TYPE = 'application/x-article-atlas-slide';

/** "Network · Selected: Choe Son-hui met Kong Xuanyou… · As of 5 Oct 2018" */
function describeView(bundle: Bundle, slide: Slide): string {
  const { views, selection, asOf } = slide.view;
  const parts = [
    views.length === 0 ? 'No view (title slide)' : views.map((v) => VIEW_LABEL[v]).join(' and '),
  ];
  const parsed = selection === null ? null : parseSelection(selection);
  const named = parsed ? selectionTitle(bundle, parsed) : null;
  if (named) parts.push(`Selected: ${named.title} (${named.kind})`);
  if (asOf !== null) parts.push(`As of ${formatPartialDate(asOf)}`);
  return parts.join(' · ');
}

/**
 * One slide in the editor: title and caption fields, the quotes, what it shows, and the
 * buttons that move, copy and delete it. Every control is a native one, so it works by keyboard.
 */
export function SlideEditor(props: SlideEditorProps) {
  const { slide, index, count, bundle, routeId, onChange } = props;
  // Drafts let a field be empty while typing; the deck only takes a title that is not blank.
  const [title, setTitle] = useState(slide.title);
  const [caption, setCaption] = useState(slide.caption);
  const [notes, setNotes] = useState(slide.notes);
  const n = index + 1;
  const name = `slide ${n}`;
  const idBase = `deck-slide-${slide.id}`;
  const titleBlank = title.trim() === '';
  const { drag } = props;
  // Alt+↑/↓ on any of the slide's buttons moves it, as Move up / Move down do.
  const arrangeKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    const delta = e.key === 'ArrowUp' ? -1 : 1;
    e.preventDefault();
    if (index + delta >= 0 && index + delta < count) props.onMove(delta);
  };

  return (
    <li
      className="deck-edit-item"
      aria-labelledby={`${idBase}-heading`}
      data-drop={drag.dropEdge ?? undefined}
      data-dragging={drag.dragging || undefined}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        const r = e.currentTarget.getBoundingClientRect();
        drag.onDragOver(e.clientY < r.top + r.height / 2 ? 'before' : 'after');
      }}
      onDrop={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        drag.onDrop();
      }}
    >
      <h3 id={`${idBase}-heading`} className="deck-edit-heading">
        <span className="deck-edit-number">{n}</span> {slide.title}
      </h3>
      <div
        className="deck-edit-thumb"
        draggable
        title="Drag to move this slide"
        onDragStart={(e) => {
          e.dataTransfer.setData(DRAG_TYPE, slide.id);
          e.dataTransfer.setData('text/plain', slide.title);
          e.dataTransfer.effectAllowed = 'move';
          drag.onDragStart();
        }}
        onDragEnd={drag.onDragEnd}
      >
        <SlideThumbnail bundle={bundle} routeId={routeId} slide={slide} number={n} count={count} />
      </div>
      <div className="deck-edit-fields">
        <label htmlFor={`${idBase}-title`}>Title</label>
        <input
          id={`${idBase}-title`}
          type="text"
          value={title}
          maxLength={160}
          required
          aria-invalid={titleBlank}
          aria-describedby={titleBlank ? `${idBase}-title-error` : undefined}
          onChange={(e) => {
            setTitle(e.target.value);
            if (e.target.value.trim() !== '') onChange({ title: e.target.value.trim() });
          }}
        />
        {titleBlank && (
          <p id={`${idBase}-title-error`} className="deck-field-error">
            A slide needs a title; the last one (“{slide.title}”) is kept until you type one.
          </p>
        )}
        <label htmlFor={`${idBase}-caption`}>Caption</label>
        <textarea
          id={`${idBase}-caption`}
          value={caption}
          maxLength={400}
          rows={2}
          onChange={(e) => {
            setCaption(e.target.value);
            onChange({ caption: e.target.value.trim() });
          }}
        />
        <label htmlFor={`${idBase}-notes`}>Speaker notes</label>
        <textarea
          id={`${idBase}-notes`}
          value={notes}
          maxLength={MAX_NOTES}
          rows={3}
          aria-describedby={`${idBase}-notes-hint`}
          onChange={(e) => {
            setNotes(e.target.value);
            onChange({ notes: e.target.value });
          }}
        />
        <p id={`${idBase}-notes-hint`} className="deck-hint">
          For you, not the room: shown in the presenter view and as the PowerPoint notes.
        </p>
      </div>
      <p className="deck-edit-view">
        {describeView(bundle, slide)} ·{' '}
        <Link to={slideWorkspaceHref(routeId, slide.view)}>Open in the workspace</Link> ·{' '}
        <Link to={slideHref(routeId, slide.view, n)}>Present from here</Link>
      </p>
      <QuotePicker
        bundle={bundle}
        selection={slide.view.selection}
        quotes={slide.quotes}
        label={name}
        onChange={(quotes) => onChange({ quotes })}
      />
      <div className="deck-edit-actions" role="group" aria-label={`Arrange ${name}`}>
        <button
          type="button"
          className="button"
          id={`${idBase}-up`}
          disabled={index === 0}
          aria-label={`Move up: ${name}, ${slide.title}`}
          aria-keyshortcuts="Alt+ArrowUp"
          onClick={() => props.onMove(-1)}
          onKeyDown={arrangeKey}
        >
          ↑ Move up
        </button>
        <button
          type="button"
          className="button"
          id={`${idBase}-down`}
          disabled={index === count - 1}
          aria-label={`Move down: ${name}, ${slide.title}`}
          aria-keyshortcuts="Alt+ArrowDown"
          onClick={() => props.onMove(1)}
          onKeyDown={arrangeKey}
        >
          ↓ Move down
        </button>
        <button
          type="button"
          className="button"
          aria-label={`Duplicate: ${name}, ${slide.title}`}
          onClick={props.onDuplicate}
          onKeyDown={arrangeKey}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="button deck-danger"
          aria-label={`Delete: ${name}, ${slide.title}`}
          onClick={props.onDelete}
          onKeyDown={arrangeKey}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
