import type { ViewProps } from '../../../ui/view-props';

// TEMPORARY scaffold while the network view is being built; replaced before landing.
export function NetworkView({ bundle }: ViewProps) {
  return <p>Network of {bundle.entities.length} entities</p>;
}
