/**
 * The height an embedded view asks its host page for. It depends on the width and on the rows
 * that size to their content (filters, timeline), never on the iframe's current height, so
 * resizing the iframe to it cannot start a loop.
 */

/** The map's share of the width, and the heights between which it stays usable. */
const MAP_ASPECT = 0.62;
const MAP_MIN = 220;
const MAP_MAX = 560;

/** The loader accepts heights in this range and ignores anything else. */
export const EMBED_HEIGHT_RANGE = { min: 200, max: 5000 } as const;

export const HEIGHT_MESSAGE_TYPE = 'relations-map:height';

export function preferredMapHeight(width: number): number {
  return Math.round(Math.min(MAP_MAX, Math.max(MAP_MIN, width * MAP_ASPECT)));
}

/**
 * `contentHeight`: the layout's full height (scrollHeight) now; `mapHeight`: the map row's height
 * now (the row that takes whatever is left); `width`: the layout's width.
 */
export function embedHeight(contentHeight: number, mapHeight: number, width: number): number {
  const height = Math.ceil(contentHeight - mapHeight + preferredMapHeight(width));
  return Math.min(EMBED_HEIGHT_RANGE.max, Math.max(EMBED_HEIGHT_RANGE.min, height));
}
