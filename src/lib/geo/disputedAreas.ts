/**
 * The region's neutral rules: areas drawn apart as disputed (Crimea, Siachen, Northern Cyprus),
 * whatever the source file says, and the Caspian drawn as water from the hole of the world's land.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology as SpecTopology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { geoCentroid } from 'd3-geo';
import type { DisputedProperties, Rings, WaterProperties } from './regionTopologyTypes.ts';
import { pointInRing, polygonsOf, signedArea } from './ringGeometry.ts';

/** Polygon of Russia's MultiPolygon taken out as Crimea: its centroid lies in this box (the Taman peninsula is part of the mainland polygon). */
export const CRIMEA_CENTROID_BOX = { west: 32.4, east: 36.7, south: 44.3, north: 46.3 };

/** Features world-atlas draws without an ISO id that are kept as disputed areas (matched by `properties.name`). */
export const UNNUMBERED_DISPUTED: Record<string, DisputedProperties> = {
  'Siachen Glacier': {
    id: 'siachen',
    disputed: true,
    claimants: ['IND', 'PAK'],
    name: { ru: 'Ледник Сиачен', en: 'Siachen Glacier', kk: 'Сиачен мұздығы' },
  },
  'N. Cyprus': {
    id: 'northern-cyprus',
    disputed: true,
    claimants: ['CYP'],
    name: { ru: 'Северный Кипр', en: 'Northern Cyprus', kk: 'Солтүстік Кипр' },
  },
};

export const CRIMEA: DisputedProperties = {
  id: 'crimea',
  disputed: true,
  claimants: ['UKR', 'RUS'],
  name: { ru: 'Крым', en: 'Crimea', kk: 'Қырым' },
};

export const CASPIAN: WaterProperties = {
  id: 'caspian',
  name: { ru: 'Каспийское море', en: 'Caspian Sea', kk: 'Каспий теңізі' },
};

/** A point in the open Caspian, used to pick its ring among the holes of the world's land. */
export const CASPIAN_PROBE: [number, number] = [51, 42];

export function isCrimea(polygon: Rings): boolean {
  const [x, y] = geoCentroid({ type: 'Polygon', coordinates: polygon });
  const b = CRIMEA_CENTROID_BOX;
  return x >= b.west && x <= b.east && y >= b.south && y <= b.north;
}

/**
 * The hole of world-atlas's merged land that contains the Caspian probe point, reversed into an
 * exterior ring, with the land polygons lying in it (its islands) as holes.
 */
export function caspianPolygon(world: SpecTopology): Rings {
  const land = world.objects.land;
  if (!land) throw new Error('world topology has no "land" object');
  const geojson = feature(world, land) as FeatureCollection<Polygon | MultiPolygon> | Feature<Polygon | MultiPolygon>;
  const geometries = 'features' in geojson ? geojson.features.map((f) => f.geometry) : [geojson.geometry];
  const polygons = geometries.flatMap(polygonsOf);
  const candidates: Position[][] = [];
  for (const p of polygons) for (const hole of p.slice(1)) if (pointInRing(CASPIAN_PROBE, hole)) candidates.push(hole);
  // The smallest such hole (Antarctica's degenerate "hole" spans the globe).
  candidates.sort((a, b) => Math.abs(signedArea(a)) - Math.abs(signedArea(b)));
  const sea = candidates[0];
  if (!sea) throw new Error('no Caspian hole found in world land');
  const islands = polygons.filter((p) => !p.includes(sea) && p[0].every((pt) => pointInRing(pt, sea)));
  return [[...sea].reverse(), ...islands.map((p) => [...p[0]].reverse())];
}
