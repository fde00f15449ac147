import type { AbstractLayout } from '../layout/abstract-layout';
import type { LayoutInput } from '../layout/layout-input';

/** Positions so far, in the input's order (a large graph is drawn while it settles). */
export interface PartialLayout {
  x: Float64Array;
  y: Float64Array;
}

/** Asks the worker for a layout. */
export interface LayoutRequest {
  /** Told back with every answer, so a stale answer (an earlier graph) can be ignored. */
  job: number;
  input: LayoutInput;
  seed: number;
}

/** The worker's answers: progress (with the positions so far, now and then), then the layout. */
export type LayoutAnswer =
  | { type: 'progress'; job: number; done: number; partial: PartialLayout | null }
  | { type: 'done'; job: number; layout: AbstractLayout }
  | { type: 'failed'; job: number; message: string };
