import { useRef, useState } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import { formatIssue } from '../../../bundle/bundle-issue';
import type { Deck } from '../deck/deck-schema';
import { validateDeckText, type DeckIssue } from '../deck/validate-deck';
import { serialiseDeck } from '../storage/deck-storage';
import { downloadText } from '../../../lib/download-file';

export interface DeckFileActionsProps {
  deck: Deck;
  bundle: Bundle;
  /** Takes an imported deck; the editor keeps the old one for Undo. */
  onImport: (deck: Deck, fileName: string) => void;
  /** Builds and downloads the standalone HTML briefing; resolves to a sentence for the status line. */
  onExportHtml: (deck: Deck) => Promise<string>;
  onStatus: (message: string) => void;
}

/**
 * Decks in and out as files. An import is checked in full before it replaces anything: a bad
 * file leaves the deck as it was and lists each problem (slide, field, why).
 */
export function DeckFileActions(props: DeckFileActionsProps) {
  const { deck, bundle, onStatus } = props;
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<{ file: string; issues: DeckIssue[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File) => {
    const result = validateDeckText(await file.text(), bundle);
    if (!result.ok) {
      setRefused({ file: file.name, issues: result.issues });
      onStatus('');
      return;
    }
    setRefused(null);
    props.onImport(result.deck, file.name);
  };

  const exportHtml = async () => {
    setBusy(true);
    try {
      onStatus(await props.onExportHtml(deck));
    } catch (error) {
      onStatus(
        `The briefing could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="deck-editor-toolbar" role="group" aria-label="Deck files">
        <button
          type="button"
          className="button"
          onClick={() => {
            downloadText(`${bundle.id}.deck.json`, serialiseDeck(deck, true), 'application/json');
            onStatus(`Saved the deck as ${bundle.id}.deck.json.`);
          }}
        >
          Export deck (JSON)
        </button>
        <button type="button" className="button" onClick={() => input.current?.click()}>
          Import deck…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
        <button type="button" className="button" onClick={() => void exportHtml()} disabled={busy}>
          {busy ? 'Exporting…' : 'Export briefing as HTML'}
        </button>
      </div>
      {refused && (
        <div className="deck-issues" role="alert">
          <h3>
            “{refused.file}” was not imported; the deck is unchanged ({refused.issues.length}{' '}
            problem{refused.issues.length === 1 ? '' : 's'})
          </h3>
          <ul>
            {refused.issues.slice(0, 20).map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>{formatIssue(issue)}</li>
            ))}
          </ul>
          {refused.issues.length > 20 && <p>…and {refused.issues.length - 20} more.</p>}
          <button type="button" className="button" onClick={() => setRefused(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
