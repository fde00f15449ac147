import { useState } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import { downloadBlob } from '../../../lib/download-file';
import { svgToPng } from '../../../lib/svg-to-png';
import { resolvedTheme } from '../../../ui/resolved-theme';
import type { SceneSize } from '../../../ui/view-module';
import type { ViewState } from '../../../view-state/view-state';
import { writeMapSvg } from '../export/write-map-svg';
import { mapToGeoJson } from '../geo/geojson-export';
import { mapModel } from '../geo/map-model';
import { buildMapScene } from '../map-scene';
import type { MapSceneOptions } from '../map-scene-types';

/**
 * Exports of what the map shows: SVG and PNG of the current view, written by writeMapSvg from
 * the scene the screen draws (same state, size, zoom and options; only the base map is cut to
 * the view instead of the screen's shared paths), in the current theme, without the selection's
 * dimming (a picture for a page, not a screenshot); places and legs as GeoJSON.
 */
export function useMapExport(
  bundle: Bundle,
  state: ViewState,
  size: SceneSize,
  options: MapSceneOptions,
) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const run = async (format: 'svg' | 'png' | 'geojson') => {
    const name = `${bundle.id}-map`;
    setBusy(true);
    try {
      if (format === 'geojson') {
        const json = JSON.stringify(mapToGeoJson(bundle, mapModel(bundle)), null, 2);
        downloadBlob(`${name}.geojson`, new Blob([json], { type: 'application/geo+json' }));
      } else {
        if (size.width <= 0 || size.height <= 0) return;
        const scene = buildMapScene(bundle, state, size, { ...options, basemap: 'clipped' });
        const file = writeMapSvg(scene, { theme: resolvedTheme() });
        const blob =
          format === 'svg'
            ? new Blob([file.svg], { type: 'image/svg+xml' })
            : await svgToPng(file.svg, file.width, file.height, 2);
        downloadBlob(`${name}.${format}`, blob);
      }
      setMessage(`Exported ${name}.${format}.`);
    } catch (error) {
      setMessage(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return { run: (format: 'svg' | 'png' | 'geojson') => void run(format), busy, message };
}
