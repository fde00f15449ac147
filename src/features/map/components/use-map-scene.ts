import { useMemo } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import { countryGroups } from '../../../model/country-groups';
import { baseMapPaths, featureNames } from '../geo/base-map-paths';
import { legendModel } from '../geo/legend-model';
import { framePoints, mapReference } from '../geo/map-frame';
import { mapModel } from '../geo/map-model';
import { placeName } from '../geo/place-name';
import { matchCountryFeatures } from '../geo/world-features';
import { WORLD } from '../geo/world-topology';
import type { ShadedCountry } from './base-map';

/**
 * Everything the map derives from a bundle alone, computed once per bundle: the model, the
 * legend, the projection's reference and the base map's paths (the costly part: a few hundred
 * milliseconds for 1:50m, which is why it does not depend on the pane's size or the zoom).
 */
export function useMapScene(bundle: Bundle) {
  return useMemo(() => {
    const model = mapModel(bundle);
    const groups = countryGroups(bundle);
    const reference = mapReference(framePoints(model));
    const features = matchCountryFeatures(bundle.entities, featureNames(WORLD));
    const shaded: ShadedCountry[] = groups.flatMap((g) =>
      g.countries.flatMap((entity) => {
        const feature = features.get(entity);
        return feature === undefined ? [] : [{ entity, feature, tone: g.tone }];
      }),
    );
    const paths = baseMapPaths(
      WORLD,
      reference.params,
      reference.refScale,
      reference.clipAngle,
      shaded.map((s) => s.feature),
    );
    return { model, groups, reference, shaded, paths, legend: legendModel(bundle, model) };
  }, [bundle]);
}

/** Accessible names for every mark; `offView` lists the ones drawn as edge pointers. */
export function useMapNames(
  scene: ReturnType<typeof useMapScene>,
  offView: readonly string[],
): Map<string, string> {
  const key = offView.join(',');
  return useMemo(() => {
    const off = new Set(key.split(','));
    return new Map(
      scene.model.places.map((p) => [
        p.id,
        placeName(scene.model, scene.groups, p.id, off.has(p.id)),
      ]),
    );
  }, [scene, key]);
}
