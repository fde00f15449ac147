import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Country outlines by ISO numeric code (world-atlas ids), from its `countries` object. An id can
 * stand for several features (Australia's 036 is also Ashmore and Cartier Islands), so each code
 * holds every feature that carries it.
 */
export function countryOutlines(
  topology: Topology,
): Map<string, FeatureCollection<Geometry | null>> {
  const countries = topology.objects.countries as GeometryCollection;
  const collection = feature(topology, countries);
  const out = new Map<string, FeatureCollection<Geometry | null>>();
  for (const f of collection.features) {
    if (f.id === undefined) continue;
    const id = String(f.id);
    const existing = out.get(id);
    if (existing === undefined) out.set(id, { type: 'FeatureCollection', features: [f] });
    else existing.features.push(f);
  }
  return out;
}
