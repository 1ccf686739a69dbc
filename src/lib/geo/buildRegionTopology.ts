/**
 * Derives the region's TopoJSON (countries, disputed areas, the Caspian Sea) from world-atlas 50m.
 *
 * Pure and deterministic: no fs, no DOM, no clocks. The same input gives a byte-identical
 * `JSON.stringify` of the output. Used at build time by scripts/build-geometry.ts.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Objects, Topology as SpecTopology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { geoArea, geoCentroid } from 'd3-geo';
import { caspianPolygon, CASPIAN, CRIMEA, isCrimea, UNNUMBERED_DISPUTED } from './disputedAreas.ts';
import { clipPolygon, polygonsOf, unwrapPolygon } from './ringGeometry.ts';
import { simplifyRegionTopology, type DetailOptions } from './simplifyRegionTopology.ts';
import type { CountryShapeProperties, DisputedProperties, RegionCountry, RegionTopology, Rings, WaterProperties } from './regionTopologyTypes.ts';

export type { CountryShapeProperties, DisputedProperties, LocalizedName, RegionCountry, RegionTopology, WaterProperties } from './regionTopologyTypes.ts';

/** topojson-simplify's typings want properties that are never null; ours never are. */
type Topology = SpecTopology<Objects<{}>>;

export interface BuildOptions extends Partial<DetailOptions> {
  /** [west, south, east, north] in degrees; east may exceed 180 (see the antimeridian note). */
  bbox?: [number, number, number, number];
}

/** Region shown by the map: Kaliningrad and Central Europe to Chukotka/Bering Strait, Arabia to the Arctic islands. */
export const DEFAULT_BBOX: [number, number, number, number] = [5, 20, 200, 82];

/**
 * Detail for the zooms the map frames itself (a presented step goes to zoom 6 at most, an event to
 * zoom 4 or more). Focus lines drop what moves them less than about a pixel at zoom 5, two at
 * zoom 6; neighbours inside `detailBounds` about four times that (a pixel at zoom 3), the rest
 * eight times (a pixel at zoom 2). Natural Earth's 1:50m lines carry no more detail than this past
 * zoom 6, so the deeper zooms MapLibre allows (to MAX_ZOOM 9) gain nothing from more points.
 * Quantisation: half a pixel at zoom 5 (one at zoom 6) across, as fine on the ground up the
 * meridian at 60° N, the latitude of St Petersburg.
 */
export const DEFAULT_OPTIONS: Required<BuildOptions> = {
  bbox: DEFAULT_BBOX,
  detailZoom: 5,
  // Every event place lies here but six (Delhi and five in China); Russia's Arctic and Far East are context.
  detailBounds: [19, 34, 100, 62],
  focusPixelArea: 1,
  contextPixelArea: 16,
  outsidePixelArea: 64,
  focusMinRingPixelArea: 4,
  contextMinRingPixelArea: 256,
  quantizePixels: 0.5,
  quantizeLatitude: 60,
};

/** Countries whose far-eastern polygons are unwrapped across the antimeridian. */
const UNWRAP_ISO3 = new Set(['RUS', 'USA']);

export function buildRegionTopology(
  world: SpecTopology,
  countries: readonly RegionCountry[],
  options: BuildOptions = {},
): RegionTopology {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const [west, south, east, north] = opts.bbox;

  const worldCountries = world.objects.countries;
  if (!worldCountries || worldCountries.type !== 'GeometryCollection') {
    throw new Error('world topology has no "countries" GeometryCollection');
  }
  const worldFeatures = (feature(world, worldCountries) as FeatureCollection<Polygon | MultiPolygon>).features;

  // 1. Countries listed in countries.json, by ISO numeric id. world-atlas has two "036" features
  //    (Australia and its Indian Ocean territories) and some without id; the first match wins, in file order.
  const iso3ByNumeric = new Map(countries.map((c) => [c.isoNumeric, c.iso3]));
  const polygonsByIso3 = new Map<string, Rings[]>();
  for (const f of worldFeatures) {
    const iso3 = f.id == null ? undefined : iso3ByNumeric.get(String(f.id));
    if (!iso3 || polygonsByIso3.has(iso3) || !f.geometry) continue;
    polygonsByIso3.set(iso3, polygonsOf(f.geometry));
  }

  // 2. Antimeridian: Russia's (and Alaska's) rings east of 180° are shifted by +360° so every ring is
  //    continuous in planar lon/lat (MapLibre accepts lon > 180; d3-geo reads 190 as −170).
  for (const iso3 of UNWRAP_ISO3) {
    const polygons = polygonsByIso3.get(iso3);
    if (polygons) polygonsByIso3.set(iso3, polygons.map((p) => unwrapPolygon(p, east)));
  }

  // 3. Crimea: a separate polygon in Russia's MultiPolygon; moved to `disputed`.
  const disputed: Feature<Polygon | MultiPolygon, DisputedProperties>[] = [];
  const russia = polygonsByIso3.get('RUS');
  if (russia) {
    const crimea = russia.filter(isCrimea);
    if (crimea.length !== 1) throw new Error(`expected one Crimea polygon in Russia, found ${crimea.length}`);
    polygonsByIso3.set(
      'RUS',
      russia.filter((p) => !isCrimea(p)),
    );
    disputed.push(makeFeature('CRIMEA', crimea, CRIMEA));
  }
  for (const f of worldFeatures) {
    const name = (f.properties as { name?: string } | null)?.name;
    const props = f.id == null && name ? UNNUMBERED_DISPUTED[name] : undefined;
    if (props && f.geometry) disputed.push(makeFeature(props.id.toUpperCase(), polygonsOf(f.geometry), props));
  }

  // 4. Clip everything to the region box.
  const clip = (polygons: Rings[]) => polygons.flatMap((p) => clipPolygon(p, opts.bbox));
  const countryFeatures: Feature<Polygon | MultiPolygon, CountryShapeProperties>[] = [];
  for (const iso3 of [...polygonsByIso3.keys()].sort()) {
    const clipped = clip(polygonsByIso3.get(iso3)!);
    if (clipped.length) countryFeatures.push(makeFeature(iso3, clipped, { iso3, label: labelPoint(iso3, clipped) }));
  }
  const disputedFeatures = disputed
    .map((f) => makeFeature(String(f.id), clip(polygonsOf(f.geometry)), f.properties))
    .filter((f) => polygonsOf(f.geometry).length > 0)
    .sort((a, b) => compare(String(a.id), String(b.id)));

  // 5. Water: the Caspian Sea is the hole of the world's land that contains CASPIAN_PROBE, minus its islands.
  const water = [makeFeature('CASPIAN', [caspianPolygon(world)], CASPIAN)];

  // 6. One topology for all objects so borders and coasts share arcs; then simplify, filter, quantise
  //    (focus states finer than their neighbours).
  //    The fine pre-quantisation (≈ 2 m) snaps clip intersections computed from either side of a border.
  let topo = topology(
    {
      countries: { type: 'FeatureCollection', features: countryFeatures } as FeatureCollection,
      disputed: { type: 'FeatureCollection', features: disputedFeatures } as FeatureCollection,
      water: { type: 'FeatureCollection', features: water } as FeatureCollection,
    },
    1e7,
  ) as unknown as Topology;

  const focus = new Set(countries.filter((c) => c.role === 'focus').map((c) => c.iso3));
  topo = simplifyRegionTopology(topo, focus, opts);

  return {
    type: 'Topology',
    bbox: topo.bbox,
    transform: topo.transform,
    objects: {
      countries: nonEmpty(topo.objects.countries) as RegionTopology['objects']['countries'],
      disputed: nonEmpty(topo.objects.disputed) as RegionTopology['objects']['disputed'],
      water: nonEmpty(topo.objects.water) as RegionTopology['objects']['water'],
    },
    arcs: topo.arcs,
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Where a country's name goes: the centroid of its largest polygon, computed here at build time so
 * the browser needs no spherical geometry. Russia's is set by hand: its centroid lies in central
 * Siberia, far outside the first view, while the map is about its European part and southern border.
 */
const LABEL_POINTS: Record<string, [number, number]> = {
  RUS: [47, 57.5],
  // The five states' names sit clear of their capitals, where the event markers gather.
  KAZ: [66.5, 48.3],
  UZB: [63.6, 41.6],
  TKM: [59.2, 39.9],
  KGZ: [75.6, 41.55],
  // Tajikistan's name starts here and runs east over the Pamirs (regionGeoJson's LABEL_ANCHORS).
  TJK: [71.9, 38.75],
};

function labelPoint(iso3: string, polygons: Rings[]): [number, number] {
  if (LABEL_POINTS[iso3]) return LABEL_POINTS[iso3];
  let largest = polygons[0];
  let largestArea = -1;
  for (const rings of polygons) {
    const area = geoArea({ type: 'Polygon', coordinates: rings });
    if (area > largestArea) [largest, largestArea] = [rings, area];
  }
  const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates: largest });
  return [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}

function makeFeature<P>(id: string, polygons: Rings[], properties: P): Feature<Polygon | MultiPolygon, P> {
  const geometry: Polygon | MultiPolygon =
    polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
  return { type: 'Feature', id, properties, geometry };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function nonEmpty(o: unknown): GeometryCollection {
  const gc = o as GeometryCollection | { type: null };
  if (gc.type !== 'GeometryCollection') return { type: 'GeometryCollection', geometries: [] };
  return { type: 'GeometryCollection', geometries: gc.geometries.filter((g) => g.type != null) };
}
