/**
 * Derives the region's TopoJSON (countries, disputed areas, the Caspian Sea) from world-atlas 50m.
 *
 * Pure and deterministic: no fs, no DOM, no clocks. The same input gives a byte-identical
 * `JSON.stringify` of the output. Used at build time by scripts/build-geometry.ts.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Objects, Topology as SpecTopology } from 'topojson-specification';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import { geoArea, geoCentroid } from 'd3-geo';
import { caspianPolygon, CASPIAN, CRIMEA, isCrimea, UNNUMBERED_DISPUTED } from './disputedAreas.ts';
import { ceilTo, clipPolygon, floorTo, mercatorRingArea, mercatorTriangleArea, polygonsOf, unwrapPolygon } from './ringGeometry.ts';
import type { CountryShapeProperties, DisputedProperties, RegionCountry, RegionTopology, Rings, WaterProperties } from './regionTopologyTypes.ts';

export type { CountryShapeProperties, DisputedProperties, LocalizedName, RegionCountry, RegionTopology, WaterProperties } from './regionTopologyTypes.ts';

/** topojson-simplify's typings want properties that are never null; ours never are. */
type Topology = SpecTopology<Objects<{}>>;

export interface BuildOptions {
  /** [west, south, east, north] in degrees; east may exceed 180 (see the antimeridian note). */
  bbox?: [number, number, number, number];
  /**
   * Visvalingam threshold: triangle area in Web-Mercator pixels² at `simplifyZoom`
   * (MapLibre 512 px tiles). Points whose effective area is smaller are dropped.
   */
  simplifyPixelArea?: number;
  simplifyZoom?: number;
  /** Unattached rings (islands, lakes) smaller than this many pixels² at `simplifyZoom` are dropped. */
  minRingPixelArea?: number;
  /** Grid size for the final quantisation (topojson `quantize`). */
  quantization?: number;
}

/** Region shown by the map: Kaliningrad and Central Europe to Chukotka/Bering Strait, Arabia to the Arctic islands. */
export const DEFAULT_BBOX: [number, number, number, number] = [5, 20, 200, 82];

export const DEFAULT_OPTIONS: Required<BuildOptions> = {
  bbox: DEFAULT_BBOX,
  simplifyPixelArea: 1,
  simplifyZoom: 5,
  minRingPixelArea: 2,
  // 3e4 steps over the box are ≈ 0.0065° (under a kilometre): finer than Natural Earth's 1:50m
  // lines themselves at the map's zooms, and ~10 KB gzipped lighter than 1e5.
  quantization: 3e4,
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

  // 6. One topology for all objects so borders and coasts share arcs; then simplify, filter, quantise.
  //    The fine pre-quantisation (≈ 2 m) snaps clip intersections computed from either side of a border.
  let topo = topology(
    {
      countries: { type: 'FeatureCollection', features: countryFeatures } as FeatureCollection,
      disputed: { type: 'FeatureCollection', features: disputedFeatures } as FeatureCollection,
      water: { type: 'FeatureCollection', features: water } as FeatureCollection,
    },
    1e7,
  ) as unknown as Topology;

  const pixel = 360 / (512 * 2 ** opts.simplifyZoom); // degrees of Mercator x per pixel
  topo = presimplify(topo, mercatorTriangleArea);
  keepClosedArcsOpen(topo);
  topo = simplify(topo, opts.simplifyPixelArea * pixel * pixel);
  topo = filter(topo, filterAttachedWeight(topo, opts.minRingPixelArea * pixel * pixel, mercatorRingArea)) as Topology;

  const [bx0, by0, bx1, by1] = topo.bbox!;
  topo.bbox = [floorTo(bx0, 3), floorTo(by0, 3), ceilTo(bx1, 3), ceilTo(by1, 3)];
  topo = quantize(topo, opts.quantization);

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
  TJK: [71.6, 38.75],
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

/**
 * A ring made of a single closed arc (an island, an enclave) would collapse to its endpoint;
 * keep its three most significant interior points so it stays a valid ring until `filter` decides.
 */
function keepClosedArcsOpen(topo: Topology): void {
  for (const arc of topo.arcs as unknown as number[][][]) {
    const first = arc[0], last = arc[arc.length - 1];
    if (arc.length < 5 || first[0] !== last[0] || first[1] !== last[1]) continue;
    const interior = arc.slice(1, -1);
    const top = [...interior].sort((a, b) => b[2] - a[2]).slice(0, 3);
    for (const p of top) p[2] = Infinity;
  }
}

function nonEmpty(o: unknown): GeometryCollection {
  const gc = o as GeometryCollection | { type: null };
  if (gc.type !== 'GeometryCollection') return { type: 'GeometryCollection', geometries: [] };
  return { type: 'GeometryCollection', geometries: gc.geometries.filter((g) => g.type != null) };
}
