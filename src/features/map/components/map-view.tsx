import type { ViewProps } from '../../../ui/view-props';

// TEMPORARY scaffold while the map view is being built; replaced before landing.
export function MapView({ bundle }: ViewProps) {
  return <p>Map of {bundle.entities.length} entities</p>;
}
