import { useState, type RefObject } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import { bylineName } from '../../../model/byline-name';
import { formatPublishedDay } from '../../../model/format-date';
import { mapToGeoJson } from '../geo/geojson-export';
import type { BaseLayout } from '../geo/map-frame';
import { layoutOverlay } from '../geo/map-overlay';
import { legendForView } from '../geo/legend-model';
import type { ScaleBar, ViewTransform } from '../geo/scale-bar';
import { mapToSvg } from '../geo/svg-export';
import { downloadBlob } from '../../../lib/download-file';
import { svgToPng } from '../../../lib/svg-to-png';
import { readExportColours } from './export-map';
import type { useMapScene } from './use-map-scene';

interface Input {
  bundle: Bundle;
  scene: ReturnType<typeof useMapScene>;
  layout: BaseLayout | null;
  svgRef: RefObject<SVGSVGElement | null>;
  size: { width: number; height: number };
  zoom: ViewTransform;
  baseTransform: ViewTransform;
  bar: ScaleBar | null;
}

/** The credit every exported picture carries (DESIGN: Words). */
export function sourceLine(bundle: Bundle): string {
  const { article } = bundle;
  return `Source: ${bylineName(article.byline)}, ${article.publisher}, ${formatPublishedDay(article.published)}. Geography: Natural Earth.`;
}

/**
 * Exports of what the map shows: SVG and PNG of the current view (without the selection's
 * dimming: a picture for a page, not a screenshot), and places and legs as GeoJSON.
 */
export function useMapExport(input: Input) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const svgFile = () => {
    const { layout, svgRef, scene, size } = input;
    const element = svgRef.current;
    if (!layout || !element) return null;
    const overlay = layoutOverlay({
      model: scene.model,
      places: layout.places,
      legLines: layout.legs,
      transform: input.zoom,
      size,
      focus: new Set(),
      selected: new Set(),
    });
    return mapToSvg({
      size,
      title: input.bundle.article.title,
      source: sourceLine(input.bundle),
      base: scene.paths,
      shaded: scene.shaded,
      baseTransform: input.baseTransform,
      overlay,
      legend: legendForView(scene.legend, overlay, scene.model),
      scaleBar: input.bar,
      colours: readExportColours(element),
    });
  };

  const run = async (format: 'svg' | 'png' | 'geojson') => {
    const name = `${input.bundle.id}-map`;
    setBusy(true);
    try {
      if (format === 'geojson') {
        const json = JSON.stringify(mapToGeoJson(input.bundle, input.scene.model), null, 2);
        downloadBlob(`${name}.geojson`, new Blob([json], { type: 'application/geo+json' }));
      } else {
        const file = svgFile();
        if (!file) return;
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
