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

/** Panning stops here: from Central Europe to the Bering Strait, Arabia to the Arctic islands. */
export const MAX_BOUNDS: LngLatBounds = [
  [-15, 5],
  [215, 84],
];

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 9;
