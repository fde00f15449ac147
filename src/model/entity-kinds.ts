import type { EntityKind } from '../bundle/bundle-schema';

/** Display order and words for each kind; the colour and shape live in CSS and the marks. */
export const ENTITY_KINDS: readonly EntityKind[] = [
  'person',
  'country',
  'organization',
  'media',
  'place',
];

export const ENTITY_KIND_LABEL: Record<EntityKind, string> = {
  person: 'person',
  country: 'country',
  organization: 'organisation',
  media: 'news media',
  place: 'place',
};

export const ENTITY_KIND_PLURAL: Record<EntityKind, string> = {
  person: 'People',
  country: 'Countries',
  organization: 'Organisations',
  media: 'News media',
  place: 'Places',
};
