import type { EntityKind } from '../../../bundle/bundle-schema';

/** What the anchors read of a graph: each node's kind and state, and the groupings. */
export interface AnchorGraph {
  nodes: readonly { id: string; kind: EntityKind; country: string | null }[];
  groups: readonly { countries: readonly string[] }[];
}

/** Where a node is pulled to, and how hard. */
export interface Anchor {
  x: number;
  y: number;
  strength: number;
}

/** Groupings side by side on a landscape panel, stacked on a portrait one. */
export type LayoutOrientation = 'horizontal' | 'vertical';

export function layoutOrientation(width: number, height: number): LayoutOrientation {
  return width >= height * 0.85 ? 'horizontal' : 'vertical';
}

/** A region of the panel given to one cluster (a grouping, a lone state, or the frame). */
interface Band {
  /** Country ids; empty for the frame (what belongs to no state). */
  countries: string[];
  weight: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The argument as positions. The panel is cut into bands along its long side, one per
 * grouping, with the frame (what belongs to no state: the Six-Party Talks, the UNSC, wire
 * agencies, the author) between the first grouping and the rest, so the camps face each other
 * across what joins them. A band's share grows with the square root of its node count, so the
 * bigger camp gets more room without starving the smaller. With more than three clusters
 * (many unaligned states) bands would get too thin, so clusters sit on an ellipse instead.
 * Within a band, states sit on a small ellipse, the lead state facing the middle; everyone
 * else is pulled to their state, and the force layout settles them around it.
 */
export function layoutAnchors(graph: AnchorGraph, width: number, height: number) {
  const orientation = layoutOrientation(width, height);
  const horizontal = orientation === 'horizontal';
  const cx = width / 2;
  const cy = height / 2;

  const clusters: string[][] = graph.groups.map((g) => [...g.countries]);
  const grouped = new Set(clusters.flat());
  for (const n of graph.nodes)
    if (n.kind === 'country' && !grouped.has(n.id)) clusters.push([n.id]);
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach((id) => clusterOf.set(id, i)));
  const counts = clusters.map(() => 0);
  let frameCount = 0;
  for (const n of graph.nodes) {
    const i = n.country === null ? undefined : clusterOf.get(n.country);
    if (i === undefined) frameCount += 1;
    else counts[i] = (counts[i] ?? 0) + 1;
  }

  const bands: Band[] = [];
  if (clusters.length + (frameCount > 0 ? 1 : 0) <= 3) {
    const order: (number | 'frame')[] = clusters.map((_, i) => i);
    if (frameCount > 0) order.splice(Math.min(1, order.length), 0, 'frame');
    const weights = order.map((o) =>
      Math.max(1.2, Math.pow(o === 'frame' ? frameCount : (counts[o] ?? 1), 0.75)),
    );
    const total = weights.reduce((a, b) => a + b, 0);
    let at = 0;
    order.forEach((o, k) => {
      const share = (weights[k] ?? 1) / total;
      const span = (horizontal ? width : height) * share;
      bands.push({
        countries: o === 'frame' ? [] : (clusters[o] ?? []),
        weight: weights[k] ?? 1,
        x: horizontal ? at + span / 2 : cx,
        y: horizontal ? cy : at + span / 2,
        w: horizontal ? span : width,
        h: horizontal ? height : span,
      });
      at += span;
    });
  } else {
    const start = horizontal ? Math.PI : -Math.PI / 2;
    clusters.forEach((countries, i) => {
      const a = start + (i * 2 * Math.PI) / clusters.length;
      bands.push({
        countries,
        weight: 1,
        x: cx + width * 0.32 * Math.cos(a),
        y: cy + height * 0.3 * Math.sin(a),
        w: width * 0.3,
        h: height * 0.3,
      });
    });
    bands.push({ countries: [], weight: 1, x: cx, y: cy, w: width * 0.3, h: height * 0.3 });
  }

  const countryAnchor = new Map<string, { x: number; y: number }>();
  let frame = { x: cx, y: cy };
  for (const band of bands) {
    if (band.countries.length === 0) {
      frame = { x: band.x, y: band.y };
      continue;
    }
    if (band.countries.length === 1) {
      countryAnchor.set(band.countries[0] ?? '', { x: band.x, y: band.y });
      continue;
    }
    // The lead state faces the middle of the panel; the others fan out behind it.
    const facing =
      Math.abs(band.x - cx) + Math.abs(band.y - cy) < 1 ? 0 : Math.atan2(cy - band.y, cx - band.x);
    band.countries.forEach((id, j) => {
      const a = facing + (j * 2 * Math.PI) / band.countries.length;
      countryAnchor.set(id, {
        x: band.x + band.w * 0.28 * Math.cos(a),
        y: band.y + band.h * 0.32 * Math.sin(a),
      });
    });
  }

  const anchors = new Map<string, Anchor>();
  for (const n of graph.nodes) {
    const home = n.country === null ? undefined : countryAnchor.get(n.country);
    if (n.kind === 'country' && home) anchors.set(n.id, { ...home, strength: 0.25 });
    else if (home) anchors.set(n.id, { ...home, strength: 0.1 });
    else anchors.set(n.id, { ...frame, strength: 0.12 });
  }
  return { orientation, anchors };
}
