import type { ViewDrawing } from '../../ui/view-module';
import { writeMapSvg } from './export/write-map-svg';
import { buildMapScene } from './map-scene';
import type { MapScene } from './map-scene-types';

/** The map's pure half: the scene builder and its SVG writer (loaded with d3-geo and the geography). */
export const mapDrawing: ViewDrawing<MapScene> = {
  buildScene: buildMapScene,
  writeSvg: writeMapSvg,
};
