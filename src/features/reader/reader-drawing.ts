import type { ViewDrawing } from '../../ui/view-module';
import { writeReaderSvg } from './export/write-reader-svg';
import { buildReaderScene, type ReaderScene } from './reader-scene';

/** The article's pure half: the scene builder and its SVG writer (with the metric table). */
export const readerDrawing: ViewDrawing<ReaderScene> = {
  buildScene: buildReaderScene,
  writeSvg: writeReaderSvg,
};
