import { useState } from 'react';
import { Link } from 'react-router';
import type { Bundle } from '../../bundle/bundle-schema';
import { useViewState } from '../../view-state/use-view-state';
import { useBundleStore } from '../bundle-store';
import './briefing-add-button.css';

type Outcome = { ok: true; number: number; damaged: boolean } | { ok: false; message: string };

/**
 * "Add to briefing" in the workspace header: what is on screen (views, selection, date, filters)
 * becomes the last slide, titled after the selection and quoting its evidence.
 */
export function BriefingAddButton(props: { bundle: Bundle; routeId: string }) {
  const { bundle, routeId } = props;
  const { state } = useViewState();
  const { embedded } = useBundleStore();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const add = async () => {
    try {
      const { addViewToBriefing } = await import('./briefing-add-slide');
      setOutcome({ ok: true, ...(await addViewToBriefing(bundle, routeId, state, embedded)) });
    } catch (error) {
      setOutcome({
        ok: false,
        message: `Not added: this browser would not save the briefing (${error instanceof Error ? error.message : String(error)}).`,
      });
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void add()}>
        Add to briefing
      </button>
      <span className="briefing-add-status" role="status">
        {outcome?.ok === true && (
          <>
            Added as slide {outcome.number}
            {outcome.damaged ? ' (the saved briefing was damaged; see the editor)' : ''} ·{' '}
            <Link to={`/b/${encodeURIComponent(routeId)}/briefing-edit`}>Edit the briefing</Link>
          </>
        )}
        {outcome?.ok === false && outcome.message}
      </span>
    </>
  );
}
