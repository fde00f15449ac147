import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';

/** Natural Earth 1:50m countries as world-atlas ships them: each country has a name. */
export type WorldTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

// The JSON's inferred type is a structural superset we cannot name usefully; the package documents
// this shape, and the cast happens once here, at the boundary.
export const WORLD: WorldTopology = countries50m as unknown as WorldTopology;
