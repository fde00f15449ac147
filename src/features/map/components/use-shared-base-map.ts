import { useEffect, useState } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import { runSlice } from '../../../lib/run-slice';
import { afterNextPaint } from '../../../ui/after-next-paint';
import type { BaseMapPaths } from '../geo/base-map-paths';
import type { MapReference } from '../geo/map-frame';
import { sharedMapPathsJob } from '../geo/map-geography';
import { WORLD } from '../geo/world-topology';

/**
 * How long one piece of the base map's work may hold the main thread before it yields (a few
 * pieces of `BaseMapJob` each): well under a frame on a fast machine, and far from a long task
 * (50 ms) on a slow one.
 */
const SLICE_MS = 12;

/**
 * The screen's base map paths for a frame (`scene.base.shared`): null until they are computed.
 * The first time a bundle's frame is drawn they are worked out after the marks are painted,
 * in slices of about SLICE_MS between which the page handles input and paints; every later
 * draw of that frame (a zoom, a selection, another bundle view, a resize) finds them at once.
 */
export function useSharedBaseMap(
  bundle: Bundle,
  reference: MapReference | null,
): BaseMapPaths | null {
  // The same job object for the same frame (kept by sharedMapPathsJob), however often the
  // scene is rebuilt: a render while it runs continues it.
  const job = reference === null ? null : sharedMapPathsJob(bundle, WORLD, reference);
  const [, setDone] = useState<object | null>(null);
  useEffect(() => {
    if (job === null || job.result !== null) return;
    let cancelled = false;
    const channel = new MessageChannel();
    // A message is a task of its own, run as soon as the page is free, without a timer's delay.
    channel.port1.onmessage = () => {
      if (cancelled) return;
      const steps = { next: () => ({ done: job.step(), value: undefined }) };
      if (runSlice(steps, SLICE_MS, () => performance.now())) setDone(job);
      else channel.port2.postMessage(null);
    };
    // The marks first: the page paints them before the base map's first slice runs.
    const cancel = afterNextPaint(() => channel.port2.postMessage(null));
    return () => {
      cancelled = true;
      cancel();
      channel.port1.close();
    };
  }, [job]);
  return job?.result ?? null;
}
