import { useState } from 'react';
import { Link } from 'react-router';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { Deck, Slide } from '../deck/deck-schema';
import { deleteSlide, dropSlot, duplicateSlide, moveSlide, updateSlide } from '../deck/deck-edits';
import { slideHref } from '../deck/slide-view-state';
import type { DeckNotice as Notice, DeckOrigin } from '../storage/resolve-deck';
import { DeckNotice } from './deck-notice';
import { DeckFileActions } from './deck-file-actions';
import { SlideEditor } from './slide-editor';
import './briefing.css';
import './deck-editor.css';

export interface DeckEditorProps {
  deck: Deck;
  bundle: Bundle;
  routeId: string;
  origin: DeckOrigin | null;
  notice: Notice | null;
  saveError: string | null;
  /** Decks are kept for this visit only (the standalone file). */
  sessionOnly: boolean;
  onSave: (deck: Deck) => boolean;
  onExportHtml: (deck: Deck) => Promise<string>;
  printHref: string;
}

const ORIGIN_WORDS: Record<DeckOrigin, string> = {
  saved: 'Saved in this browser; every change is saved as you make it.',
  default:
    'The briefing shipped with this story. Your first change saves your own copy in this browser.',
  title: 'A title slide to start from. Add views from the workspace with “Add to briefing”.',
};

/** Focus the moved slide's button again: React moving the element takes focus from it. */
function refocus(id: string, direction: 'up' | 'down') {
  requestAnimationFrame(() => {
    const wanted = document.getElementById(`deck-slide-${id}-${direction}`);
    const other = document.getElementById(`deck-slide-${id}-${direction === 'up' ? 'down' : 'up'}`);
    const target = wanted instanceof HTMLButtonElement && !wanted.disabled ? wanted : other;
    target?.focus();
  });
}

/**
 * The deck editor: each slide as a thumbnail drawn from its scenes with its fields; reword,
 * choose quotes, reorder (drag a thumbnail, Alt+↑/↓, or the move buttons), copy, delete; files
 * in and out.
 */
export function DeckEditor(props: DeckEditorProps) {
  const { deck, bundle, routeId, onSave } = props;
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<{ deck: Deck; label: string } | null>(null);
  // Bumped when the whole deck is replaced, so field drafts start again from the new slides.
  const [version, setVersion] = useState(0);
  // The slide being dragged, and where it would land if dropped now.
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<{ id: string; edge: 'before' | 'after' } | null>(null);

  const change = (next: Deck, message = '', undoable: string | null = null) => {
    setUndo(undoable === null ? null : { deck, label: undoable });
    onSave(next);
    setStatus(message);
  };
  const replace = (next: Deck, message: string, undoable: string | null) => {
    change(next, message, undoable);
    setVersion((v) => v + 1);
  };
  const edit = (slide: Slide, index: number) => ({
    onChange: (patch: Partial<Omit<Slide, 'id'>>) => change(updateSlide(deck, slide.id, patch)),
    onMove: (delta: -1 | 1) => {
      change(
        moveSlide(deck, slide.id, delta),
        `Moved “${slide.title}” to place ${index + 1 + delta}.`,
      );
      refocus(slide.id, delta < 0 ? 'up' : 'down');
    },
    drag: {
      dropEdge: dropAt !== null && dropAt.id === slide.id ? dropAt.edge : null,
      dragging: dragged === slide.id,
      onDragStart: () => setDragged(slide.id),
      onDragOver: (edge: 'before' | 'after') =>
        setDropAt((d) =>
          d !== null && d.id === slide.id && d.edge === edge ? d : { id: slide.id, edge },
        ),
      onDrop: () => {
        const from = deck.slides.findIndex((s) => s.id === dragged);
        const moving = deck.slides[from];
        const edge = dropAt !== null && dropAt.id === slide.id ? dropAt.edge : 'before';
        setDragged(null);
        setDropAt(null);
        if (moving === undefined) return;
        const target = dropSlot(from, index, edge);
        if (target === from) return;
        change(
          moveSlide(deck, moving.id, target - from),
          `Moved “${moving.title}” to place ${target + 1}.`,
        );
      },
      onDragEnd: () => {
        setDragged(null);
        setDropAt(null);
      },
    },
    onDuplicate: () =>
      change(duplicateSlide(deck, slide.id), `Copied “${slide.title}” to place ${index + 2}.`),
    onDelete: () => {
      change(
        deleteSlide(deck, slide.id),
        `Deleted slide ${index + 1}, “${slide.title}”.`,
        'Undo delete',
      );
    },
  });

  return (
    <main className="deck-editor" aria-label="Briefing editor">
      <div className="deck-editor-head">
        <h2>
          Briefing · {deck.slides.length} slide{deck.slides.length === 1 ? '' : 's'}
        </h2>
        <p className="deck-hint">
          {props.sessionOnly
            ? 'This briefing file keeps changes until it is closed; export the deck or the briefing to keep them.'
            : props.origin && ORIGIN_WORDS[props.origin]}
        </p>
        <div className="deck-editor-toolbar" role="group" aria-label="Present and print">
          {deck.slides[0] && (
            <Link className="button" to={slideHref(routeId, deck.slides[0].view, 1)}>
              Present
            </Link>
          )}
          <Link className="button" to={props.printHref}>
            Print handout
          </Link>
          <Link className="button" to={`/b/${encodeURIComponent(routeId)}`}>
            Back to the workspace
          </Link>
        </div>
        <DeckFileActions
          deck={deck}
          bundle={bundle}
          onStatus={setStatus}
          onExportHtml={props.onExportHtml}
          onImport={(next, file) =>
            replace(next, `Imported ${next.slides.length} slides from “${file}”.`, 'Undo import')
          }
        />
      </div>
      {props.notice && <DeckNotice notice={props.notice} fileStem={`${bundle.id}-deck`} />}
      {props.saveError && (
        <p className="deck-issues" role="alert">
          {props.saveError}
        </p>
      )}
      <p className="deck-hint">
        To reorder, drag a slide by its picture, press Alt+↑ or Alt+↓ on its buttons, or use Move up
        and Move down.
      </p>
      <div className="deck-status-line" role="status">
        {status}
        {undo && (
          <button
            type="button"
            className="button"
            onClick={() => replace(undo.deck, 'Undone.', null)}
          >
            {undo.label}
          </button>
        )}
      </div>
      <ol className="deck-edit-list">
        {deck.slides.map((slide, i) => (
          <SlideEditor
            key={`${version}:${slide.id}`}
            slide={slide}
            index={i}
            count={deck.slides.length}
            bundle={bundle}
            routeId={routeId}
            {...edit(slide, i)}
          />
        ))}
      </ol>
    </main>
  );
}
