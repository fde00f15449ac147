import type { Bundle } from '../bundle/bundle-schema';

/** What the app hands every view; the rest (selection, time, filters) comes from the URL. */
export interface ViewProps {
  bundle: Bundle;
}
