import type { ReactNode } from 'react';
import type { Bundle } from '../../bundle/bundle-schema';
import type { ViewName, ViewState } from '../../view-state/view-state';
import { SlideDrawingContext, type SlideDrawing } from '../../features/briefing/briefing-api';
import { VIEW_REGISTRY } from '../view-registry';
import { drawSlideView } from './briefing-draw-view';
import { BriefingFallbackView } from './briefing-fallback-view';

function fallback(name: ViewName, bundle: Bundle, state: ViewState): ReactNode {
  if (VIEW_REGISTRY[name].loadDrawing) return null;
  return <BriefingFallbackView name={name} bundle={bundle} state={state} />;
}

/** What the briefing pages give the feature to draw slides with. */
const briefingDrawing: SlideDrawing = { draw: drawSlideView, fallback };

/** Gives every briefing page the app's way to draw a view as a slide picture. */
export function BriefingDrawingProvider(props: { children: ReactNode }) {
  return (
    <SlideDrawingContext.Provider value={briefingDrawing}>
      {props.children}
    </SlideDrawingContext.Provider>
  );
}
