import type { Bundle, Mention } from '../../../bundle/bundle-schema';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { indexBundle } from '../../../model/bundle-index';
import type { TextRun } from '../text/segment-passage';
import type { ViewState } from '../../../view-state/view-state';
import { PREVIEW_ID } from './mention-preview';

interface Props {
  bundle: Bundle;
  mention: Mention;
  runs: TextRun[];
  selected: boolean;
  previewed: boolean;
  onSelect: (patch: Partial<ViewState>) => void;
  onPreview: (entityId: string, el: HTMLElement) => void;
  onHidePreview: () => void;
}

/** A name in the text: marked by kind, focusable, previewed on hover, selected on click. */
export function MentionMark({
  bundle,
  mention,
  runs,
  selected,
  previewed,
  onSelect,
  onPreview,
  onHidePreview,
}: Props) {
  const entity = indexBundle(bundle).entities.get(mention.entity);
  const text = bundle.article.text;
  if (!entity) return <>{text.slice(mention.start, mention.end)}</>;
  return (
    <button
      type="button"
      className={`mention kind-${entity.kind}`}
      data-entity={entity.id}
      data-start={mention.start}
      data-end={mention.end}
      data-selected={selected ? 'true' : undefined}
      aria-label={`${entity.name}, ${ENTITY_KIND_LABEL[entity.kind]}`}
      aria-describedby={previewed ? PREVIEW_ID : undefined}
      aria-pressed={selected}
      onClick={() => onSelect({ selection: { kind: 'entity', id: entity.id } })}
      onMouseEnter={(e) => onPreview(entity.id, e.currentTarget)}
      onMouseLeave={onHidePreview}
      onFocus={(e) => onPreview(entity.id, e.currentTarget)}
      onBlur={onHidePreview}
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
