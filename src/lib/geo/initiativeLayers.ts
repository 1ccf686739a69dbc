/**
 * The initiatives' layers of the map style, drawn by status: from the first status on, with the
 * line width and dash the theme gives each status (proposed dotted … operating solid).
 */
import type { CircleLayerSpecification, ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { INITIATIVE_STATUS_LINES, type MapTheme } from './mapTheme.ts';

/** An initiative is drawn from its first status on; features not yet given one are drawn as operating. */
const HAS_STATUS: ExpressionSpecification = ['!=', ['coalesce', ['get', 'status'], 'operating'], 'none'];

/** Line width and dash of an initiative's line by its status (INITIATIVE_STATUS_LINES). */
function statusLine(scale: number): { width: ExpressionSpecification; dash: ExpressionSpecification } {
  const status: ExpressionSpecification = ['coalesce', ['get', 'status'], 'operating'];
  const entries = Object.entries(INITIATIVE_STATUS_LINES);
  return {
    width: ['match', status, ...entries.flatMap(([name, line]) => [name, line.width * scale]), INITIATIVE_STATUS_LINES.operating.width * scale] as ExpressionSpecification,
    // An empty dash is solid: MapLibre draws [1, 0] as an unbroken line.
    dash: ['match', status, ...entries.flatMap(([name, line]) => [name, ['literal', line.dash.length > 0 ? [...line.dash] : [1, 0]]]), ['literal', [1, 0]]] as ExpressionSpecification,
  };
}

/** Programme areas, corridors and branches. */
export function initiativeLineLayers(theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: 'initiative-areas',
      type: 'fill',
      source: 'initiatives',
      filter: ['all', ['==', ['get', 'kind'], 'programme'], ['==', ['geometry-type'], 'Polygon'], HAS_STATUS],
      paint: { 'fill-color': theme.programme, 'fill-opacity': 0.1, 'fill-antialias': false },
    },
    {
      id: 'initiative-area-outlines',
      type: 'line',
      source: 'initiatives',
      filter: ['all', ['==', ['get', 'kind'], 'programme'], ['==', ['geometry-type'], 'Polygon'], HAS_STATUS],
      paint: { 'line-color': theme.programme, 'line-width': 1, 'line-dasharray': statusLine(1).dash },
    },
    {
      id: 'initiative-corridors',
      type: 'line',
      source: 'initiatives',
      filter: ['all', ['==', ['geometry-type'], 'LineString'], ['!', ['get', 'branch']], HAS_STATUS],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.corridor, 'line-width': statusLine(1).width, 'line-opacity': 0.8, 'line-dasharray': statusLine(1).dash },
    },
    {
      id: 'initiative-branches',
      type: 'line',
      source: 'initiatives',
      filter: ['all', ['==', ['geometry-type'], 'LineString'], ['get', 'branch'], HAS_STATUS],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.branch, 'line-width': statusLine(1.15).width, 'line-opacity': 0.9, 'line-dasharray': statusLine(1.15).dash },
    },
  ];
}

/** Projects as rings (filled once at work). */
export function initiativeProjectLayer(theme: MapTheme): CircleLayerSpecification {
  return {
    id: 'initiative-projects',
    type: 'circle',
    source: 'initiatives',
    filter: ['all', ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]], HAS_STATUS],
    paint: {
      'circle-radius': 5,
      // A project at work is filled; one proposed, agreed or being built is a ring.
      'circle-color': ['match', ['coalesce', ['get', 'status'], 'operating'], ['operating', 'in-force'], theme.corridor, theme.halo],
      'circle-stroke-color': theme.corridor,
      'circle-stroke-width': 2.5,
    },
  } as CircleLayerSpecification;
}
