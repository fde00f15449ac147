import type { OpeningFile } from './bundle-store';
import './storage-notice.css';

/** One formatter for every progress line: building one per call costs on a busy page. */
const count = new Intl.NumberFormat('en');

function stageWords(opening: OpeningFile): { words: string; percent: number | null } {
  const p = opening.progress;
  if (p === null) return { words: 'Starting…', percent: null };
  if (p.stage === 'read') {
    const percent = p.total > 0 ? Math.round((p.done / p.total) * 100) : 0;
    const mb = (n: number) => (n / 1048576).toFixed(1);
    return { words: `Reading the file: ${mb(p.done)} of ${mb(p.total)} MB`, percent };
  }
  if (p.stage === 'parse') return { words: 'Reading the JSON…', percent: null };
  if (p.stage === 'receive') {
    const percent = p.total > 0 ? Math.round((p.done / p.total) * 100) : 100;
    return {
      words: `Laying out the story: ${count.format(p.done)} of ${count.format(p.total)} items`,
      percent,
    };
  }
  return { words: 'Checking every name, passage and date…', percent: null };
}

/**
 * Shown in place of the story while a file is read and checked (in a worker): what is happening,
 * how far it has got, and a way to stop. Cancel brings back the story that was open.
 */
export function OpeningScreen(props: { opening: OpeningFile }) {
  const { opening } = props;
  const { words, percent } = stageWords(opening);
  return (
    <main className="opening-screen" aria-busy="true" aria-labelledby="opening-title">
      <h1 id="opening-title">Opening “{opening.name}”</h1>
      <progress
        className="opening-progress"
        aria-label={`Opening ${opening.name}`}
        max={100}
        value={percent ?? undefined}
      />
      <p role="status">{words}</p>
      <button type="button" className="button" onClick={opening.cancel}>
        Cancel
      </button>
    </main>
  );
}
