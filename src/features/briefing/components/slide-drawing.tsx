import { createContext, useContext } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { ViewName, ViewState } from '../../../view-state/view-state';

/** Light or dark slide colours. */
export type SlideTheme = 'light' | 'dark';

/** A view drawn for a slide: standalone SVG, its size, and the smallest text in it (CSS px). */
export interface SlideViewPicture {
  svg: string;
  width: number;
  height: number;
  /** The smallest font size in the picture as drawn, in CSS pixels; null when it has no text. */
  smallestText: number | null;
}

/** What a slide asks of a view's drawing. */
export interface DrawViewRequest {
  name: ViewName;
  bundle: Bundle;
  state: ViewState;
  /** The box the picture fills, in CSS pixels. */
  width: number;
  height: number;
  theme: SlideTheme;
  /** No text in the picture smaller than this (24 px on a 1920×1080 slide). */
  minText: number;
}

/**
 * Draws a view of a slide as a presentation graphic from the view's pure scene (the app
 * supplies it: the registry lives there). Rejects, with a sentence saying why, when the view
 * cannot be drawn; the slide then says so in the picture's place.
 */
export type DrawView = (request: DrawViewRequest) => Promise<SlideViewPicture>;

/** How the app draws slide pictures. */
export interface SlideDrawing {
  draw: DrawView;
}

export const SlideDrawingContext = createContext<SlideDrawing | null>(null);

export function useSlideDrawing(): SlideDrawing {
  const drawing = useContext(SlideDrawingContext);
  if (drawing === null) throw new Error('Slides need a SlideDrawingContext from the app.');
  return drawing;
}
