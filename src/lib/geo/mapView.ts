/**
 * The extent of the map: what it shows first, how far it may pan and zoom. Shared by the WebGL and
 * the SVG renderers.
 */

/** [[west, south], [east, north]] */
export type LngLatBounds = [[number, number], [number, number]];

/** First view: the five Central Asian states with western Russia and Moscow, the map's focus. */
export const INITIAL_BOUNDS: LngLatBounds = [
  [31, 35],
  [88, 59],
];

/** Panning stops at the edges of the region's geometry (5°E–200°E, 20°N–82°N), so no cut edge shows. */
export const MAX_BOUNDS: LngLatBounds = [
  [5, 20],
  [200, 84],
];

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 9;

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_SIZE_AT_ZOOM_0 = 512;

/** Where a point falls, in Web Mercator pixels of the whole world at `zoom`. */
export function mercatorPixels(lon: number, lat: number, zoom: number): [number, number] {
  const world = WORLD_SIZE_AT_ZOOM_0 * 2 ** zoom;
  const x = ((lon + 180) / 360) * world;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world;
  return [x, y];
}

/** The longitude and latitude at Web Mercator pixels `x`, `y` of the whole world at `zoom` (mercatorPixels' inverse). */
export function mercatorToLonLat(x: number, y: number, zoom: number): [number, number] {
  const world = WORLD_SIZE_AT_ZOOM_0 * 2 ** zoom;
  const lon = (x / world) * 360 - 180;
  const lat = (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - (2 * y) / world))) - 90;
  return [lon, lat];
}

/**
 * The zoom at which MapLibre shows `bounds` in a `width` × `height` map with `padding` on each side
 * (its fitBounds), raised to what `maxBounds` demands (the view may not reach past them) and kept
 * within the zoom limits. Known before the map exists, so its markers can be laid out for the first view.
 */
export function fittedZoom(bounds: LngLatBounds, width: number, height: number, padding: number, maxBounds: LngLatBounds = MAX_BOUNDS): number {
  const span = ([[west, south], [east, north]]: LngLatBounds) => {
    const [x0, y0] = mercatorPixels(west, north, 0);
    const [x1, y1] = mercatorPixels(east, south, 0);
    return [x1 - x0, y1 - y0] as const;
  };
  const [fitX, fitY] = span(bounds);
  const fit = Math.log2(Math.min((width - 2 * padding) / fitX, (height - 2 * padding) / fitY));
  const [limitX, limitY] = span(maxBounds);
  const fillLimits = Math.log2(Math.max(width / limitX, height / limitY));
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit, fillLimits));
}
