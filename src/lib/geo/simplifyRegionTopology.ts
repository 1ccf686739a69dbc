/**
 * The region's level of detail: simplification, small-ring filtering and quantisation measured in
 * screen pixels at one zoom. Lines of the focus states, the disputed areas and the Caspian keep more
 * detail than lines only context countries draw. Every arc gets one threshold, so a border two
 * countries share stays one line and the topology stays consistent.
 */
import type { GeometryObject, Objects, Topology as SpecTopology } from 'topojson-specification';
import type { Feature, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { filter, filterAttached, filterWeight, presimplify, simplify } from 'topojson-simplify';
import { ceilTo, floorTo, mercatorRingArea, mercatorTriangleArea } from './ringGeometry.ts';

/** topojson-simplify's typings want properties that are never null; ours never are. */
type Topology = SpecTopology<Objects<{}>>;

export interface DetailOptions {
  /** Zoom at which the tolerances below are measured, in pixels of MapLibre's 512 px tiles. */
  detailZoom: number;
  /** [west, south, east, north]: where focus lines keep focus detail; beyond it they are drawn as context. */
  detailBounds: [number, number, number, number];
  /** Visvalingam threshold, Web-Mercator px² at `detailZoom`, for lines a focus state, a disputed area or the Caspian draws. */
  focusPixelArea: number;
  /** The same for lines that only context countries draw. */
  contextPixelArea: number;
  /** The same for every line beyond `detailBounds`. */
  outsidePixelArea: number;
  /** Rings standing alone (islands, lakes, enclaves) smaller than this many px² are dropped, focus lines… */
  focusMinRingPixelArea: number;
  /** …and context lines. */
  contextMinRingPixelArea: number;
  /** Quantisation step in px at `detailZoom` along x; along y the same ground length at `quantizeLatitude`. */
  quantizePixels: number;
  /** Latitude (°) where a quantisation step is as tall as it is wide on screen; north of it steps grow taller. */
  quantizeLatitude: number;
}

/** Objects whose every line counts as a focus line, whatever country is on the other side. */
const FOCUS_OBJECTS = new Set(['disputed', 'water']);

/**
 * Simplifies, filters and quantises `topo` (unquantised, lon/lat). `focusIso3` names the countries
 * (by `properties.iso3`) whose lines keep focus detail.
 */
export function simplifyRegionTopology(topo: Topology, focusIso3: ReadonlySet<string>, options: DetailOptions): Topology {
  const pixel = 360 / (512 * 2 ** options.detailZoom); // degrees of Mercator x per pixel
  const focusArcs = arcsOf(topo, (key, geometry) => FOCUS_OBJECTS.has(key) || focusIso3.has(iso3Of(geometry)));

  let out = presimplify(topo, mercatorTriangleArea);
  keepClosedArcsOpen(out);
  // Weights are scaled down where the tolerance is larger, so that the one focus threshold drops more points there.
  const contextScale = options.focusPixelArea / options.contextPixelArea;
  const outsideScale = options.focusPixelArea / options.outsidePixelArea;
  const [west, south, east, north] = options.detailBounds;
  (out.arcs as unknown as number[][][]).forEach((arc, index) => {
    const focus = focusArcs.has(index);
    for (const point of arc) {
      const [x, y] = point;
      if (x < west || x > east || y < south || y > north) point[2] *= outsideScale;
      else if (!focus) point[2] *= contextScale;
    }
  });
  out = simplify(out, options.focusPixelArea * pixel * pixel);

  // `simplify` keeps arc indices, so `focusArcs` still names the same lines.
  const attached = filterAttached(out);
  const bigFocus = filterWeight(out, options.focusMinRingPixelArea * pixel * pixel, mercatorRingArea);
  const bigContext = filterWeight(out, options.contextMinRingPixelArea * pixel * pixel, mercatorRingArea);
  const largest = largestExteriors(out);
  out = filter(out, (ring, interior) => {
    // The typings call the ring a list of points; `filter` passes its arc indices.
    const arcs = ring as unknown as number[];
    if (attached(ring, interior) || largest.has(arcs)) return true;
    const focus = arcs.some((arc) => focusArcs.has(arc < 0 ? ~arc : arc));
    return focus ? bigFocus(ring, interior) : bigContext(ring, interior);
  }) as Topology;

  const [x0, y0, x1, y1] = out.bbox!;
  out.bbox = [floorTo(x0, 3), floorTo(y0, 3), ceilTo(x1, 3), ceilTo(y1, 3)];
  const kx = options.quantizePixels * pixel;
  const ky = kx * Math.cos((options.quantizeLatitude * Math.PI) / 180);
  return quantize(out, { scale: [kx, ky], translate: [out.bbox[0], out.bbox[1]] });
}

/** Each geometry's largest exterior ring, kept whatever its size so that no country or area vanishes (Bahrain). */
function largestExteriors(topo: Topology): Set<number[]> {
  const kept = new Set<number[]>();
  const area = (ring: number[]) =>
    mercatorRingArea((feature(topo, { type: 'Polygon', arcs: [ring] }) as Feature<Polygon>).geometry.coordinates[0] as Array<[number, number]>);
  for (const object of Object.values(topo.objects)) {
    if (object.type !== 'GeometryCollection') continue;
    for (const geometry of object.geometries) {
      const exteriors = geometry.type === 'Polygon' ? [geometry.arcs[0]] : geometry.type === 'MultiPolygon' ? geometry.arcs.map((p) => p[0]) : [];
      let best: number[] | undefined, bestArea = -1;
      for (const ring of exteriors) {
        const a = area(ring);
        if (a > bestArea) [best, bestArea] = [ring, a];
      }
      if (best) kept.add(best);
    }
  }
  return kept;
}

function iso3Of(geometry: GeometryObject): string {
  return String((geometry.properties as { iso3?: string } | undefined)?.iso3 ?? '');
}

/** Indices of the arcs used by the geometries `pick` accepts. */
function arcsOf(topo: Topology, pick: (key: string, geometry: GeometryObject) => boolean): Set<number> {
  const arcs = new Set<number>();
  const addRings = (rings: number[][]) => {
    for (const ring of rings) for (const arc of ring) arcs.add(arc < 0 ? ~arc : arc);
  };
  for (const [key, object] of Object.entries(topo.objects)) {
    if (object.type !== 'GeometryCollection') continue;
    for (const geometry of object.geometries) {
      if (!pick(key, geometry)) continue;
      if (geometry.type === 'Polygon') addRings(geometry.arcs);
      else if (geometry.type === 'MultiPolygon') geometry.arcs.forEach(addRings);
    }
  }
  return arcs;
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
