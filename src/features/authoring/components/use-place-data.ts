import { useEffect, useState } from 'react';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { makeGazetteer, type Gazetteer } from '../places/gazetteer';
import type { GazetteerData } from '../places/gazetteer-types';
import { countryOutlines } from '../places/country-outlines';

/** Outlines by ISO numeric code. */
export type Outlines = Map<string, FeatureCollection<Geometry | null> | Feature<Geometry | null>>;

/**
 * The gazetteer and the country outlines, loaded after the page is up (their own chunks: 272 KB
 * and the map's 1:50m world), so typing never waits for them. Null until they arrive.
 */
export function usePlaceData(): { gazetteer: Gazetteer | null; outlines: Outlines | null } {
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  const [outlines, setOutlines] = useState<Outlines | null>(null);
  useEffect(() => {
    let live = true;
    void import('../places/data/gazetteer.json').then((m) => {
      if (live) setGazetteer(makeGazetteer(m.default as GazetteerData));
    });
    void import('world-atlas/countries-50m.json').then((m) => {
      if (live) setOutlines(countryOutlines(m.default as unknown as Topology));
    });
    return () => {
      live = false;
    };
  }, []);
  return { gazetteer, outlines };
}
