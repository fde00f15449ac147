import type { ComponentType } from 'react';
import type { Bundle } from '../bundle/bundle-schema';
import type { SelectionFocus } from '../model/selection-focus';
import type { ViewState } from '../view-state/view-state';
import type { ViewProps } from './view-props';

/** The pixel box a scene is laid out in (the panel on screen, the picture area on a slide). */
export interface SceneSize {
  width: number;
  height: number;
}

/**
 * What a caller may ask of a scene besides the bundle, the state and the size. Every option has
 * a default that gives the workspace picture, so `buildScene(bundle, state, size)` is the screen.
 */
export interface SceneOptions {
  /**
   * Multiplies every label's font size and the room kept for it. 1 on screen; a slide drawn at
   * 1920×1080 asks for about 1.8 so every label in its picture is at least 24 px (DESIGN.md).
   */
  labelScale?: number;
  /**
   * `workspace` (default) dims what the selection does not concern a good deal; `presentation`
   * keeps the context at ≥ 3:1 contrast (the room must see what the subject stands among) and
   * leaves out everything that only a pointer can use.
   */
  mode?: 'workspace' | 'presentation';
  /**
   * `all` (default) frames everything the view has; `selection` frames what the selection
   * concerns, so a slide zooms to its subject. Views that have no camera ignore it.
   */
  frame?: 'all' | 'selection';
  /** The selection's focus, when the caller has it already (computed once per selection). */
  focus?: SelectionFocus;
  /** A passage hovered in the text: what is drawn from it is lit (screen only, transient). */
  hover?: SelectionFocus | null;
}

/** Options of a view's SVG writer. */
export interface SvgOptions {
  /** Light or dark colours (default light); `palette` overrides them one by one. */
  theme?: 'light' | 'dark';
  /**
   * How selection emphasis is drawn: `none` (default for downloads: a picture for a page, nothing
   * dimmed), `scene` (as the scene says: dimmed context recedes as in the workspace) or
   * `presentation` (the selection stands out, the context keeps ≥ 3:1 contrast).
   */
  emphasis?: 'none' | 'scene' | 'presentation';
  /** The frame around the picture: title, legend and source line (default true). */
  frame?: boolean;
}

/** A standalone SVG document and its size in CSS pixels (what a PNG rasteriser needs). */
export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
}

/** The pure half of a view: state in, marks out, marks to SVG. No DOM, no React, no clock. */
export interface ViewDrawing<Scene, Svg extends SvgOptions = SvgOptions> {
  buildScene(bundle: Bundle, state: ViewState, size: SceneSize, options?: SceneOptions): Scene;
  writeSvg(scene: Scene, options?: Svg): SvgPicture;
}

/**
 * A view as `app/` registers it. The module object itself is tiny and loads with the app; the
 * component and the drawing are separate chunks (d3-force, d3-geo and the geography stay out of
 * the first load), which is why both are loaders.
 */
export interface ViewModule<Scene> {
  /** The region's accessible name and the tab's label: `Network`, `Map`, `Timeline`, `Article`. */
  label: string;
  /** The URL fields this view reads (and writes); the rest of `ViewState` it ignores. */
  params: readonly (keyof ViewState)[];
  Component: ComponentType<ViewProps>;
  /**
   * Starts fetching the component's chunk without drawing it, so a workspace loads its views
   * while the story itself is still coming (and draws them without a loading frame).
   */
  preload: () => Promise<unknown>;
  loadDrawing: () => Promise<ViewDrawing<Scene>>;
}
