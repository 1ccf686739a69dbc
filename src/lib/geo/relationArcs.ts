/**
 * The relations layer: a curved line between the capitals of each pair of focus countries, as thick
 * as the number of selected events both take part in.
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { scaleSqrt } from 'd3-scale';
import type { Country } from '../data/schema.ts';
import type { EventCore } from '../data/dataset.ts';

export interface ArcProperties {
  /** "A-B" with the two codes in the order of the countries list (Russia first). */
  key: string;
  a: string;
  b: string;
  count: number;
  /** Line width in CSS pixels. */
  width: number;
}

/** Width of the thinnest and the thickest arc, in CSS pixels. */
export const ARC_WIDTH_RANGE: [number, number] = [1.5, 7];

/** Every unordered pair of the given codes, in list order. */
export function countryPairs(codes: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < codes.length; i++) for (let j = i + 1; j < codes.length; j++) pairs.push([codes[i], codes[j]]);
  return pairs;
}

/** How many events each pair of countries takes part in together. */
export function countPairEvents(events: readonly EventCore[], pairs: readonly [string, string][]): Map<string, number> {
  const counts = new Map<string, number>(pairs.map(([a, b]) => [`${a}-${b}`, 0]));
  // Pairs are looked up from each event's few participants (both orders), not tested one by one:
  // 10,000 events × 15 pairs of `includes` took milliseconds on every filter change.
  const keyOf = new Map<string, Map<string, string>>();
  for (const [a, b] of pairs) {
    const key = `${a}-${b}`;
    keyOf.set(a, (keyOf.get(a) ?? new Map()).set(b, key));
    keyOf.set(b, (keyOf.get(b) ?? new Map()).set(a, key));
  }
  for (const event of events) {
    const { participants } = event;
    for (let i = 0; i < participants.length; i++) {
      const partners = keyOf.get(participants[i]);
      if (!partners) continue;
      for (let j = i + 1; j < participants.length; j++) {
        const key = partners.get(participants[j]);
        if (key !== undefined) counts.set(key, counts.get(key)! + 1);
      }
    }
  }
  return counts;
}

/**
 * A quadratic Bézier from `from` to `to` in lon/lat, bowed to the left of the direction of travel
 * by `bend` × the chord, so two arcs from one capital fan out instead of overlapping.
 */
export function curvedLine(from: Position, to: Position, bend = 0.18, segments = 32): Position[] {
  const [x0, y0] = from;
  const [x2, y2] = to;
  const controlX = (x0 + x2) / 2 - (y2 - y0) * bend;
  const controlY = (y0 + y2) / 2 + (x2 - x0) * bend;
  const points: Position[] = [];
  for (let step = 0; step <= segments; step++) {
    const t = step / segments;
    const u = 1 - t;
    points.push([u * u * x0 + 2 * u * t * controlX + t * t * x2, u * u * y0 + 2 * u * t * controlY + t * t * y2]);
  }
  return points;
}

/** Arcs between the capitals of the focus countries for the pairs with at least one event. */
export function relationArcs(focus: readonly Country[], events: readonly EventCore[]): FeatureCollection<LineString, ArcProperties> {
  const withCapital = focus.filter((country) => country.capital);
  const byCode = new Map(withCapital.map((country) => [country.iso3, country]));
  const counts = countPairEvents(events, countryPairs(withCapital.map((country) => country.iso3)));
  const largest = Math.max(1, ...counts.values());
  const width = scaleSqrt().domain([1, largest]).range(ARC_WIDTH_RANGE).clamp(true);

  const features: Feature<LineString, ArcProperties>[] = [];
  for (const [key, count] of counts) {
    if (count === 0) continue;
    const [a, b] = key.split('-');
    const from = byCode.get(a)?.capital;
    const to = byCode.get(b)?.capital;
    if (!from || !to) continue;
    features.push({
      type: 'Feature',
      properties: { key, a, b, count, width: width(count) },
      geometry: { type: 'LineString', coordinates: curvedLine([from.lon, from.lat], [to.lon, to.lat]) },
    });
  }
  return { type: 'FeatureCollection', features };
}
