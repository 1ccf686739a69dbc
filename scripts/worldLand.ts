/** The validator's land geometry: world-atlas 50m (the map's own source) with our alpha-3 codes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CRIMEA, isCrimea } from '../src/lib/geo/disputedAreas.ts';
import { landLookup, type CountryShape, type LandLookup } from '../src/lib/geo/landLookup.ts';

/** `root` is the repository root; its node_modules holds world-atlas and data/ the country codes. */
export function worldLand(root: string): LandLookup {
  const world = JSON.parse(readFileSync(join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
  let codes = new Map<string, string>();
  try {
    const countries = JSON.parse(readFileSync(join(root, 'data/countries.json'), 'utf8')) as { iso3: string; isoNumeric: string }[];
    codes = new Map(countries.map((country) => [country.isoNumeric, country.iso3]));
  } catch {
    // A broken countries file is reported by the validator itself; places are then checked by number only.
  }
  const collection = feature(world, world.objects.countries as GeometryCollection) as unknown as { features: Feature<Polygon | MultiPolygon>[] };
  const shapes = collection.features.map((shape, index) => ({ iso3: codes.get(String(shape.id)) ?? `#${shape.id ?? index}`, feature: shape }));
  return landLookup([...withoutCrimea(shapes), crimeaShape(shapes)].filter((shape) => shape !== null));
}

/** world-atlas draws Crimea inside Russia; the map shows it as disputed, so a place there may name either claimant. */
function crimeaShape(shapes: CountryShape[]): CountryShape | null {
  const russia = shapes.find((shape) => shape.iso3 === 'RUS');
  if (!russia || russia.feature.geometry.type !== 'MultiPolygon') return null;
  const crimea = russia.feature.geometry.coordinates.filter((polygon) => isCrimea(polygon));
  if (crimea.length === 0) return null;
  return { iso3: CRIMEA.id, claimants: CRIMEA.claimants, feature: { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: crimea } } };
}

function withoutCrimea(shapes: CountryShape[]): CountryShape[] {
  return shapes.map((shape) => {
    if (shape.iso3 !== 'RUS' || shape.feature.geometry.type !== 'MultiPolygon') return shape;
    const coordinates = shape.feature.geometry.coordinates.filter((polygon) => !isCrimea(polygon));
    return { ...shape, feature: { ...shape.feature, geometry: { type: 'MultiPolygon', coordinates } } };
  });
}
