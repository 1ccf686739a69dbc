/** Planar ring geometry on lon/lat: bounds, areas, containment, clipping to a box and the antimeridian shift. */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geoIdentity, geoStream, type GeoStream } from 'd3-geo';
import type { Rings } from './regionTopologyTypes.ts';

export function polygonsOf(geometry: Polygon | MultiPolygon): Rings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function floorTo(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.floor(v * k) / k;
}

export function ceilTo(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.ceil(v * k) / k;
}

/** Shifts a polygon east of the antimeridian (it reaches west of `east` − 360) so it continues past 180°. */
export function unwrapPolygon(polygon: Rings, east: number): Rings {
  let min = Infinity;
  for (const ring of polygon) for (const [x] of ring) if (x < min) min = x;
  if (min >= east - 360) return polygon; // nothing near the antimeridian (e.g. the lower 48 states, Hawaii)
  return polygon.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]));
}

export function ringBounds(ring: Position[]): [number, number, number, number] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of ring) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

/** Shoelace signed area in planar lon/lat (y up). d3 / world-atlas exteriors are clockwise: negative. */
export function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

export function pointInRing([px, py]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Clips one polygon to the box on planar lon/lat with d3-geo's rectangle clip (via a y-flipped
 * geoIdentity, so rings have the screen orientation d3 expects). Returns zero or more polygons.
 */
export function clipPolygon(polygon: Rings, [west, south, east, north]: [number, number, number, number]): Rings[] {
  const [x0, y0, x1, y1] = ringBounds(polygon[0]);
  if (x0 >= west && x1 <= east && y0 >= south && y1 <= north) return [polygon];
  if (x1 <= west || x0 >= east || y1 <= south || y0 >= north) return [];

  const rings: Position[][] = [];
  let ring: Position[] = [];
  const sink: GeoStream = {
    point(x, y) {
      ring.push([x, -y === 0 ? 0 : -y]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring.length > 2) {
        const [fx, fy] = ring[0], [lx, ly] = ring[ring.length - 1];
        if (fx !== lx || fy !== ly) ring.push([fx, fy]);
        if (ring.length >= 4) rings.push(ring);
      }
      ring = [];
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  const projection = geoIdentity().reflectY(true).clipExtent([[west, -north], [east, -south]]);
  geoStream({ type: 'Polygon', coordinates: polygon }, projection.stream(sink));

  // Rebuild polygons: exteriors are clockwise (negative area), holes go to the exterior that contains them.
  const exteriors = rings.filter((r) => signedArea(r) < 0);
  const holes = rings.filter((r) => signedArea(r) > 0);
  const out: Rings[] = exteriors.map((r) => [r]);
  for (const hole of holes) {
    const owner = out.find((p) => pointInRing(hole[0], p[0]) || pointInRing(hole[1], p[0]));
    if (owner) owner.push(hole);
  }
  return out;
}

export function mercatorY(lat: number): number {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI;
}

/** Triangle area after projecting to Web Mercator (in degrees of Mercator x, squared). */
export function mercatorTriangleArea(t: [[number, number], [number, number], [number, number]]): number {
  const ax = t[0][0], ay = mercatorY(t[0][1]);
  const bx = t[1][0], by = mercatorY(t[1][1]);
  const cx = t[2][0], cy = mercatorY(t[2][1]);
  return Math.abs((ax - cx) * (by - ay) - (ax - bx) * (cy - ay)) / 2;
}

export function mercatorRingArea(ring: Array<[number, number]>): number {
  return Math.abs(signedArea(ring.map(([x, y]) => [x, mercatorY(y)])));
}
