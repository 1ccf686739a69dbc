/**
 * Where land is, for the validator's place checks: which country holds a point, whether a point is
 * near a country (border towns), whether it is on land at all. Pure d3-geo over the map's own
 * world geometry, so the check agrees with what readers see.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geoBounds, geoContains, geoDistance, geoInterpolate } from 'd3-geo';

export interface CountryShape {
  /** Alpha-3 code where the country is in data/countries.json; otherwise a stand-in like "#352". */
  iso3: string;
  feature: Feature<Polygon | MultiPolygon>;
  /** For a disputed area: the states that claim it (a place there may name any of them). */
  claimants?: readonly string[];
}

export interface LandLookup {
  /** The country holding the point, or null at sea (the Caspian is water). */
  countryAt(lon: number, lat: number): string | null;
  /** True when the point lies in `iso3` or within `km` of it. */
  nearCountry(lon: number, lat: number, iso3: string, km: number): boolean;
  /** True when the point lies on any land or within `km` of it. */
  nearLand(lon: number, lat: number, km: number): boolean;
}

const KM_PER_DEGREE = 111.32;
const PROBE_DIRECTIONS = 16;

export function landLookup(shapes: readonly CountryShape[]): LandLookup {
  const indexed = shapes.map((shape) => ({ ...shape, bounds: geoBounds(shape.feature) }));
  const inBounds = ([[west, south], [east, north]]: [[number, number], [number, number]], lon: number, lat: number) =>
    lat >= south - 0.01 && lat <= north + 0.01 && (west <= east ? lon >= west - 0.01 && lon <= east + 0.01 : lon >= west - 0.01 || lon <= east + 0.01);

  const countryAt = (lon: number, lat: number): string | null => {
    for (const shape of indexed) if (inBounds(shape.bounds, lon, lat) && geoContains(shape.feature, [lon, lat])) return shape.iso3;
    return null;
  };

  /** The point and rings of points at half and the full distance around it. */
  const probes = (lon: number, lat: number, km: number): [number, number][] => {
    const points: [number, number][] = [[lon, lat]];
    for (const fraction of [0.5, 1]) {
      const dLat = (km * fraction) / KM_PER_DEGREE;
      const dLon = dLat / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
      for (let step = 0; step < PROBE_DIRECTIONS; step++) {
        const angle = (2 * Math.PI * step) / PROBE_DIRECTIONS;
        points.push([lon + dLon * Math.cos(angle), lat + dLat * Math.sin(angle)]);
      }
    }
    return points;
  };

  return {
    countryAt,
    nearCountry: (lon, lat, iso3, km) => {
      const shapes = indexed.filter((candidate) => candidate.iso3 === iso3 || candidate.claimants?.includes(iso3));
      return probes(lon, lat, km).some(([x, y]) => shapes.some((shape) => geoContains(shape.feature, [x, y])));
    },
    nearLand: (lon, lat, km) => probes(lon, lat, km).some(([x, y]) => countryAt(x, y) !== null),
  };
}

/** Points every `stepKm` along the great circle from `a` to `b` (both ends included). */
export function pointsAlong(a: [number, number], b: [number, number], stepKm: number): [number, number][] {
  const interpolate = geoInterpolate(a, b);
  const lengthKm = geoDistance(a, b) * 6371;
  const steps = Math.max(1, Math.ceil(lengthKm / stepKm));
  return Array.from({ length: steps + 1 }, (_, index) => interpolate(index / steps));
}
