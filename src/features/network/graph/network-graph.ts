import type { Basis, Entity, EntityKind, Relation } from '../../../bundle/bundle-schema';
import type { CountryGroup } from '../../../model/country-groups';
import type { TieSource } from './derived-ties';

/** An entity as the diagram draws it. */
export interface NetworkNode {
  id: string;
  entity: Entity;
  kind: EntityKind;
  name: string;
  /** How often the article names it: the node's size. */
  mentions: number;
  /** Relations drawn to or from it (all of the graph's, before filters). */
  degree: number;
  /** The state it belongs to and sits beside: its own id for a country, else entity.country. */
  country: string | null;
  /** The grouping (hull) it sits in, through its country. */
  group: string | null;
}

/** A relation as the diagram draws it. */
export interface NetworkEdge {
  id: string;
  /** The relation, or the one the graph reads from a journey leg or an event (derived-ties.ts). */
  relation: Relation;
  /** What the id names in the bundle: a relation, a leg or an event (its data-* attribute). */
  from: TieSource;
  source: string;
  target: string;
  kind: string;
  basis: Basis;
  /** A planned or expected relation: drawn dotted. */
  planned: boolean;
  /**
   * Offset among the relations joining the same pair, centred on 0 (−0.5 and 0.5 for two), and
   * measured in the pair's canonical direction (lower id to higher) so opposite relations part.
   */
  lane: number;
  laneCount: number;
}

/** The graph a network view draws: derived once per bundle. */
export interface NetworkGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  groups: CountryGroup[];
  /** Kinds present, in legend order. */
  entityKinds: EntityKind[];
  relationKinds: string[];
}
