import type { Relation, When } from '../../../bundle/bundle-schema';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { formatPartialDate } from '../../../model/format-date';
import type { NetworkEdge, NetworkNode } from './network-graph';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "5 Oct 2018", or "Oct 2018 – Dec 2018" for a range. */
export function formatWhen(when: When): string {
  const start = formatPartialDate(when.start);
  return when.end === undefined ? start : `${start} – ${formatPartialDate(when.end)}`;
}

/** What a screen reader says for a node: "Choe Son-hui, person, North Korea, 12 mentions, 11 relations". */
export function describeNode(node: NetworkNode, countryName: string | null): string {
  const parts = [node.name, ENTITY_KIND_LABEL[node.kind]];
  if (node.kind !== 'country' && countryName !== null) parts.push(countryName);
  parts.push(
    count(node.mentions, 'mention', 'mentions'),
    count(node.degree, 'relation', 'relations'),
  );
  return parts.join(', ');
}

/**
 * What a screen reader says for an edge: the relation in the article's terms and its date,
 * "Choe Son-hui met Kong Xuanyou in Beijing, 5 Oct 2018", then what the line style shows to
 * sighted readers (planned, inferred), since a dotted line says nothing to a screen reader.
 */
export function describeRelation(relation: Relation, edge?: Pick<NetworkEdge, 'planned'>): string {
  const parts = [relation.label];
  if (relation.when) parts.push(formatWhen(relation.when));
  if (edge?.planned) parts.push('planned');
  if (relation.basis === 'inferred') parts.push('inferred');
  return parts.join(', ');
}
