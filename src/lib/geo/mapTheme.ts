/**
 * The map's one theme: the palette and the disputed-area hatch that the WebGL style, the SVG
 * fallback, the legend and the printed map all read, so the four always look alike.
 */
import type { InitiativeStatus } from '../data/vocabulary.ts';

export interface MapTheme {
  water: string;
  focusLand: string;
  neighbourLand: string;
  otherLand: string;
  focusBorder: string;
  border: string;
  disputedLand: string;
  disputedOutline: string;
  label: string;
  mutedLabel: string;
  halo: string;
  arc: string;
  corridor: string;
  branch: string;
  programme: string;
  selected: string;
}

export const LIGHT_THEME: MapTheme = {
  water: '#cfe3f0',
  focusLand: '#fbf4e2',
  neighbourLand: '#e8eaed',
  otherLand: '#eef0f2',
  focusBorder: '#8c7a58',
  border: '#b3bac2',
  disputedLand: '#ebebeb',
  disputedOutline: '#5f6368',
  label: '#3b3020',
  mutedLabel: '#6b737c',
  halo: '#ffffff',
  arc: '#1d4f91',
  corridor: '#6a3d9a',
  branch: '#b15928',
  programme: '#6a3d9a',
  selected: '#1b1f24',
};

/**
 * Diagonal stripes over disputed areas (neutral: no claimant's colour). `spacing` is the distance
 * between stripes in CSS pixels, measured across them.
 */
export const HATCH = { spacing: 6, color: '#6b6f75', width: 1.3 } as const;

/** Name of the hatch image in the WebGL map's sprite (drawn on a canvas at run time). */
export const HATCH_IMAGE_ID = 'disputed-hatch';

/** Side of the square canvas tile that repeats the hatch at 45°: stripes `spacing` apart need a tile √2 × spacing wide. */
export const HATCH_TILE_SIZE = Math.round(HATCH.spacing * Math.SQRT2);

/**
 * How an initiative's line reads by its status, the same on the WebGL map and in the legend:
 * `dash` in line widths (MapLibre's unit; the legend multiplies by `width`), an empty dash for solid.
 * Proposed is a thin dotted line, agreed dashed, under construction dash-dot, operating solid. The
 * lines have round caps, which eat half a width into each gap: gaps are two widths so they stay open.
 */
export const INITIATIVE_STATUS_LINES = {
  proposed: { width: 2, dash: [0, 2] },
  agreed: { width: 3, dash: [2, 2] },
  'under-construction': { width: 3, dash: [3, 2, 0, 2] },
  operating: { width: 3.5, dash: [] },
  'in-force': { width: 3.5, dash: [] },
} as const satisfies Record<InitiativeStatus, { width: number; dash: readonly number[] }>;

/**
 * An initiative status's line for SVG (the fallback map, the legend, pictures): its width times
 * `scale`, and the dash in pixels ('none' for solid), with round caps as on the WebGL map.
 */
export function svgStatusLine(status: InitiativeStatus, scale = 1): { width: number; dash: string } {
  const line = INITIATIVE_STATUS_LINES[status];
  const width = line.width * scale;
  return { width, dash: line.dash.length > 0 ? line.dash.map((length) => length * width).join(' ') : 'none' };
}
