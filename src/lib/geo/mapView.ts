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
