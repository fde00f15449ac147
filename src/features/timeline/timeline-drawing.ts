import type { ViewDrawing } from '../../ui/view-module';
import { writeTimelineSvg } from './export/write-timeline-svg';
import { buildTimelineScene } from './scene/build-timeline-scene';
import type { TimelineScene } from './scene/timeline-scene';

/** The timeline's pure half: the scene builder and its SVG writer (loaded with the view). */
export const timelineDrawing: ViewDrawing<TimelineScene> = {
  buildScene: buildTimelineScene,
  writeSvg: writeTimelineSvg,
};
