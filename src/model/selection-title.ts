import type { Bundle } from '../bundle/bundle-schema';
import type { Selection } from '../view-state/view-state';
import { indexBundle } from './bundle-index';
import { describeEvent, describeLeg, describeRelation } from './describe-items';
import { ENTITY_KIND_LABEL } from './entity-kinds';

/** The selection named in words for titles and announcements; null when the id is unknown. */
export function selectionTitle(
  bundle: Bundle,
  selection: Selection,
): { title: string; kind: string } | null {
  const index = indexBundle(bundle);
  switch (selection.kind) {
    case 'entity': {
      const e = index.entities.get(selection.id);
      return e ? { title: e.name, kind: ENTITY_KIND_LABEL[e.kind] } : null;
    }
    case 'relation': {
      const r = index.relations.get(selection.id);
      return r ? { title: describeRelation(r), kind: 'relation' } : null;
    }
    case 'event': {
      const e = index.events.get(selection.id);
      return e ? { title: describeEvent(e), kind: 'event' } : null;
    }
    case 'leg': {
      const l = index.legs.get(selection.id);
      return l ? { title: describeLeg(bundle, l), kind: 'journey leg' } : null;
    }
    case 'block': {
      const i = bundle.article.blocks.findIndex((b) => b.id === selection.id);
      const b = bundle.article.blocks[i];
      return b
        ? { title: `${b.kind[0]?.toUpperCase()}${b.kind.slice(1)} ${i + 1}`, kind: 'passage' }
        : null;
    }
    case 'passage':
      return selection.end <= bundle.article.text.length
        ? { title: 'Passage', kind: 'passage' }
        : null;
  }
}
