import type { ViewProps } from '../../../ui/view-props';
import { useViewState } from '../../../view-state/use-view-state';
import { selectionTitle } from '../../../model/selection-title';
import { ENTITY_KINDS, ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { KindBadge } from '../../../ui/kind-badge';
import { EntityCard } from './entity-card';
import { EventCard, LegCard, RelationCard } from './fact-cards';
import { PassageCard } from './passage-card';
import '../reader.css';

/** The selection, explained: a card, its mentions in context, and what it links to. */
export function Inspector({ bundle }: ViewProps) {
  const { state, update } = useViewState();
  const selection = state.selection;
  const named = selection ? selectionTitle(bundle, selection) : null;

  if (!selection || !named)
    return (
      <div className="inspector inspector-empty">
        <h2>Nothing selected</h2>
        <p>
          Click a name in the text or a node in the diagram to see what the article says about it.
          Click a sentence to see what is drawn from it. Press <kbd>Ctrl</kbd>+<kbd>K</kbd> to find
          a name or words.
        </p>
        <h3>Names in the text are marked by kind</h3>
        <ul className="kind-legend">
          {ENTITY_KINDS.map((k) => (
            <li key={k}>
              <KindBadge kind={k} />{' '}
              <span className={`legend-sample mention-sample kind-${k}`}>
                {ENTITY_KIND_LABEL[k]}
              </span>
            </li>
          ))}
        </ul>
        <p>
          <mark className="evidence">Highlighted passages</mark> are the evidence for what is
          selected.
        </p>
      </div>
    );

  return (
    <div className="inspector">
      <div className="inspector-head">
        <div>
          <p className="inspector-kind">{named.kind}</p>
          <h2 className="inspector-title">{named.title}</h2>
        </div>
        <button
          type="button"
          className="button close-button"
          aria-label="Clear the selection (Escape)"
          onClick={() => update({ selection: null })}
        >
          ×
        </button>
      </div>
      {selection.kind === 'entity' && <EntityCard bundle={bundle} id={selection.id} />}
      {selection.kind === 'relation' && <RelationCard bundle={bundle} id={selection.id} />}
      {selection.kind === 'event' && <EventCard bundle={bundle} id={selection.id} />}
      {selection.kind === 'leg' && <LegCard bundle={bundle} id={selection.id} />}
      {selection.kind === 'passage' && <PassageCard bundle={bundle} span={selection} />}
      {selection.kind === 'block' &&
        (() => {
          const b = bundle.article.blocks.find((x) => x.id === selection.id);
          return b ? <PassageCard bundle={bundle} span={b} /> : null;
        })()}
    </div>
  );
}
