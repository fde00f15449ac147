import { useState } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { Deck } from '../deck/deck-schema';
import { downloadBlob } from '../../../lib/download-file';
import { safeFileName } from '../../../lib/safe-file-name';
import type { PaperName } from '../export/slide-page-svg';
import { useSlideDrawing } from './slide-drawing';

function sizeWords(blob: Blob): string {
  const kb = blob.size / 1024;
  return kb < 1024 ? `${Math.max(1, Math.round(kb))} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

/**
 * "PowerPoint (.pptx)" and "Download as PDF": the deck as files, made in the browser by
 * libraries loaded on the first click. Progress and the outcome go to the caller's status line;
 * a failure says why and leaves the page as it was.
 */
export function DeckExportButtons(props: {
  deck: Deck;
  bundle: Bundle;
  routeId: string;
  fileStem: string;
  onStatus: (message: string) => void;
  only?: 'pptx' | 'pdf';
  /** The paper of the PDF (the handout's choice). */
  paper?: PaperName;
}) {
  const { deck, bundle, routeId, onStatus, only, paper = 'a4' } = props;
  const { draw } = useSlideDrawing();
  const [busy, setBusy] = useState<'pptx' | 'pdf' | null>(null);
  const stem = safeFileName(props.fileStem);
  const count = deck.slides.length;

  const run = async (kind: 'pptx' | 'pdf') => {
    setBusy(kind);
    const progress = (done: number, total: number) =>
      onStatus(
        `Making the ${kind === 'pptx' ? 'PowerPoint file' : 'PDF'}… slide ${Math.min(done + 1, total)} of ${total}`,
      );
    try {
      if (kind === 'pptx') {
        const { deckPptx } = await import('../export/deck-pptx');
        const { blob, missing } = await deckPptx({
          deck,
          bundle,
          routeId,
          draw,
          onProgress: progress,
        });
        downloadBlob(`${stem}.pptx`, blob);
        onStatus(
          `Saved ${stem}.pptx (${count} slide${count === 1 ? '' : 's'}, ${sizeWords(blob)}).${missing.length > 0 ? ` Not drawn: ${missing.slice(0, 3).join('; ')}.` : ''}`,
        );
      } else {
        const { deckPdf } = await import('../export/deck-pdf');
        const { blob, missing, unsettable } = await deckPdf({
          deck,
          bundle,
          routeId,
          paper,
          draw,
          onProgress: progress,
        });
        const name = `${stem}-handout-${paper}.pdf`;
        downloadBlob(name, blob);
        onStatus(
          `Saved ${name} (${count} page${count === 1 ? '' : 's'}, ${sizeWords(blob)}).${missing.length > 0 ? ` Not drawn: ${missing.slice(0, 3).join('; ')}.` : ''}${unsettable.length > 0 ? ` The PDF’s fonts cannot set ${unsettable.slice(0, 8).join(' ')}; for those, use Print and choose “Save as PDF”.` : ''}`,
        );
      }
    } catch (error) {
      onStatus(
        `The ${kind === 'pptx' ? 'PowerPoint file' : 'PDF'} could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {only !== 'pdf' && (
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void run('pptx')}
        >
          {busy === 'pptx' ? 'Making PowerPoint…' : 'PowerPoint (.pptx)'}
        </button>
      )}
      {only !== 'pptx' && (
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void run('pdf')}
        >
          {busy === 'pdf' ? 'Making PDF…' : 'Download as PDF'}
        </button>
      )}
    </>
  );
}
