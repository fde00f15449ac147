import type { Bundle, Mention } from '../../../bundle/bundle-schema';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { indexBundle } from '../../../model/bundle-index';
import type { TextRun } from '../text/segment-passage';
import { useViewState } from '../../../view-state/use-view-state';

interface Props {
  bundle: Bundle;
  mention: Mention;
  runs: TextRun[];
  selected: boolean;
}

/** A name in the text: marked by kind, focusable, and a click selects its entity. */
export function MentionMark({ bundle, mention, runs, selected }: Props) {
  const { update } = useViewState();
  const entity = indexBundle(bundle).entities.get(mention.entity);
  if (!entity) return <>{bundle.article.text.slice(mention.start, mention.end)}</>;
  const text = bundle.article.text;
  return (
    <button
      type="button"
      className={`mention kind-${entity.kind}`}
      data-entity={entity.id}
      data-selected={selected ? 'true' : undefined}
      aria-label={`${entity.name}, ${ENTITY_KIND_LABEL[entity.kind]}`}
      onClick={() => update({ selection: { kind: 'entity', id: entity.id } })}
    >
      {runs.map((run) =>
        run.evidence ? (
          <mark key={run.start} className="evidence" data-evidence="true">
            {text.slice(run.start, run.end)}
          </mark>
        ) : (
          <span key={run.start}>{text.slice(run.start, run.end)}</span>
        ),
      )}
    </button>
  );
}
