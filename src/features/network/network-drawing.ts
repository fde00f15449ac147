import type { ViewDrawing } from '../../ui/view-module';
import { writeNetworkSvg } from './export/write-network-svg';
import { buildNetworkViewScene, type NetworkViewScene } from './network-scene';

/** The network's pure half: the scene builder and its SVG writer (loaded with d3-force). */
export const networkDrawing: ViewDrawing<NetworkViewScene> = {
  buildScene: buildNetworkViewScene,
  writeSvg: writeNetworkSvg,
};
