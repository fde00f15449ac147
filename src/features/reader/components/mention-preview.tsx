import type { Bundle } from '../../../bundle/bundle-schema';
import { indexBundle } from '../../../model/bundle-index';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { KindBadge } from '../../../ui/kind-badge';

export interface PreviewAnchor {
  entityId: string;
  /** Position within the reader, in px. */
  top: number;
  left: number;
}

export const PREVIEW_ID = 'mention-preview';

/** A hover card for a mention: who or what it is, before committing to a selection. */
export function MentionPreview({ bundle, anchor }: { bundle: Bundle; anchor: PreviewAnchor }) {
  const index = indexBundle(bundle);
  const entity = index.entities.get(anchor.entityId);
  if (!entity) return null;
  const country = entity.country ? index.entities.get(entity.country) : undefined;
  const mentions = index.mentionsByEntity.get(entity.id)?.length ?? 0;
  const relations = index.relationsByEntity.get(entity.id)?.length ?? 0;
  return (
    <div
      id={PREVIEW_ID}
      role="tooltip"
      className="mention-preview"
      style={{ top: anchor.top, left: anchor.left }}
    >
      <p className="preview-name">
        <KindBadge kind={entity.kind} /> <strong>{entity.name}</strong>{' '}
        <span className="muted">
          {ENTITY_KIND_LABEL[entity.kind]}
          {country ? ` · ${country.name}` : ''}
        </span>
      </p>
      {entity.summary && <p className="preview-summary">{entity.summary}</p>}
      <p className="preview-counts">
        {mentions} mention{mentions === 1 ? '' : 's'} · {relations} relation
        {relations === 1 ? '' : 's'} · click to select
      </p>
    </div>
  );
}
