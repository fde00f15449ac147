import type { ReactNode } from 'react';
import { SlideDrawingContext, type SlideDrawing } from '../../features/briefing/briefing-api';
import { drawSlideView } from './briefing-draw-view';

/** What the briefing pages give the feature to draw slides with. */
const briefingDrawing: SlideDrawing = { draw: drawSlideView };

/** Gives every briefing page the app's way to draw a view as a slide picture. */
export function BriefingDrawingProvider(props: { children: ReactNode }) {
  return (
    <SlideDrawingContext.Provider value={briefingDrawing}>
      {props.children}
    </SlideDrawingContext.Provider>
  );
}
