import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  Point as GeoPoint,
} from 'geojson';
import type { Bundle, Span } from '../../../bundle/bundle-schema';
import { articleCredit } from '../../../model/source-line';
import { evidenceText } from '../../../model/evidence-text';
import { indexBundle } from '../../../model/bundle-index';
import type { LonLat } from './fit-projection';
import { greatCircle } from './leg-arc';
import type { MapModel } from './map-model';

/** A passage cited for a feature: its offsets into article.text and its words. */
export interface EvidencePassage {
  start: number;
  end: number;
  text: string;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

function passages(text: string, spans: readonly Span[]): EvidencePassage[] {
  return [...spans]
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}

/**
 * A great circle as GeoJSON: a LineString, or a MultiLineString cut at the antimeridian as
 * RFC 7946 §3.1.9 asks, so GIS tools do not draw it the long way round the world.
 */
export function greatCircleGeometry(a: LonLat, b: LonLat): LineString | MultiLineString {
  const line = greatCircle(a, b).map(([lon, lat]) => [round(lon), round(lat)]);
  const parts: number[][][] = [[]];
  for (const [i, p] of line.entries()) {
    const prev = line[i - 1];
    if (prev && Math.abs((p[0] ?? 0) - (prev[0] ?? 0)) > 180) {
      // Interpolate the crossing latitude, end this part at ±180 and start the next at ∓180.
      const lon0 = prev[0] ?? 0;
      const lon1 = (p[0] ?? 0) + (lon0 > 0 ? 360 : -360);
      const t = ((lon0 > 0 ? 180 : -180) - lon0) / (lon1 - lon0);
      const lat = round((prev[1] ?? 0) + t * ((p[1] ?? 0) - (prev[1] ?? 0)));
      parts[parts.length - 1]?.push([lon0 > 0 ? 180 : -180, lat]);
      parts.push([[lon0 > 0 ? -180 : 180, lat]]);
    }
    parts[parts.length - 1]?.push(p);
  }
  return parts.length === 1
    ? { type: 'LineString', coordinates: parts[0] ?? [] }
    : { type: 'MultiLineString', coordinates: parts };
}

/**
 * Places (Points) and legs (great circles, densified about every 100 km) as a GeoJSON
 * FeatureCollection. Each feature carries the article's own words that support it: a place its
 * mentions, a leg its evidence passages, offsets included so a reader can find them.
 */
export function mapToGeoJson(bundle: Bundle, model: MapModel): FeatureCollection {
  const { text } = bundle.article;
  const index = indexBundle(bundle);
  const places: Feature<GeoPoint>[] = model.places.map((p) => {
    const mentions = index.mentionsByEntity.get(p.id) ?? [];
    return {
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lonLat[0], p.lonLat[1]] },
      properties: {
        kind: p.kind,
        name: p.name,
        ...(p.sharesDotWith ? { sharesPointWith: p.sharesDotWith } : {}),
        mentions: mentions.length,
        evidence: passages(text, mentions),
      },
    };
  });
  const legs: Feature<LineString | MultiLineString>[] = model.legs.map((l) => ({
    type: 'Feature',
    id: l.id,
    geometry: greatCircleGeometry(l.fromAt, l.toAt),
    properties: {
      name: l.name,
      journey: l.journeyId,
      traveler: l.traveler,
      travelerName: l.travelerName,
      number: l.number,
      of: l.of,
      from: l.from,
      to: l.to,
      fromName: l.fromName,
      toName: l.toName,
      when: l.when ?? null,
      status: l.status,
      basis: l.basis,
      style: l.style,
      note: index.legs.get(l.id)?.leg.note ?? null,
      evidenceText: evidenceText(text, l.evidence),
      evidence: passages(text, l.evidence),
    },
  }));
  const { article } = bundle;
  return {
    type: 'FeatureCollection',
    // Foreign members (RFC 7946 §6.1): where the data came from travels with it.
    ...{
      title: article.title,
      source: articleCredit(bundle),
      bundle: bundle.id,
    },
    features: [...places, ...legs],
  };
}
