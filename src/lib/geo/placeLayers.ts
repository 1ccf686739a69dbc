/**
 * The event places' layers of the map style: markers (a symbol for one event, a circle with its
 * count for several), the ring round the selected event's place, and the leader lines of markers
 * moved aside (markerDodge.ts). All read the `places` source (eventPlacesGeoJson).
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { EVENT_TYPES } from '../data/vocabulary.ts';
import { EVENT_SYMBOLS, MIXED_PLACE_COLOR, PLACE_MARKER_RADIUS } from './eventSymbols.ts';
import type { MapTheme } from './mapTheme.ts';

/** The same radius as placeMarkerRadius, as an expression. */
function groupRadius(scale: number): ExpressionSpecification {
  const { groupMin, groupMax, groupMaxCount } = PLACE_MARKER_RADIUS;
  return ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, groupMin * scale, Math.sqrt(groupMaxCount), groupMax * scale];
}

/** The ring round the selected event's place: 6 px outside its marker. */
function selectedRadius(scale: number): ExpressionSpecification {
  return ['+', 6 * scale, groupRadius(scale)];
}

/**
 * The markers' sizes at `scale` (placeMarkerRadius), as the live map sets them: paint and layout
 * properties by layer id.
 */
export function placeMarkerSizes(scale: number) {
  return {
    paint: [
      ['event-places-group', 'circle-radius', groupRadius(scale)],
      ['event-places-selected', 'circle-radius', selectedRadius(scale)],
    ],
    layout: [['event-places-single', 'icon-size', scale]],
  } as const;
}

function typeColor(): ExpressionSpecification {
  const cases: string[] = [];
  for (const type of EVENT_TYPES) cases.push(type, EVENT_SYMBOLS[type].color);
  return ['match', ['get', 'type'], ...cases, MIXED_PLACE_COLOR] as unknown as ExpressionSpecification;
}

/** The count's text size and font, as the style's other text layers set them. */
export interface PlaceCountText {
  countSize: number | ExpressionSpecification;
  countFont: string[];
}

export function placeLayers(theme: MapTheme, options: PlaceCountText): LayerSpecification[] {
  return [
    // A marker moved aside from a busier one (markerDodge.ts): a hairline from its place, and a dot
    // on the place drawn like a capital's (the same constant paint shares the capitals' shader).
    {
      id: 'event-place-leaders',
      type: 'line',
      source: 'places',
      filter: ['all', ['==', ['get', 'type'], 'leader'], ['==', ['geometry-type'], 'LineString']],
      paint: { 'line-color': theme.label, 'line-width': 1.2 },
    },
    {
      id: 'event-place-origins',
      type: 'circle',
      source: 'places',
      filter: ['all', ['==', ['get', 'type'], 'leader'], ['==', ['geometry-type'], 'Point']],
      paint: { 'circle-radius': 3, 'circle-color': theme.halo, 'circle-stroke-color': theme.label, 'circle-stroke-width': 1.5 },
    },
    {
      id: 'event-places-selected',
      type: 'circle',
      source: 'places',
      filter: ['get', 'selected'],
      paint: {
        'circle-radius': selectedRadius(1),
        // Transparent either way; written as a per-feature expression so this layer shares the
        // group markers' shader variant instead of compiling one of its own.
        'circle-color': ['case', ['get', 'selected'], 'rgba(0,0,0,0)', 'rgba(0,0,0,0)'],
        'circle-stroke-color': theme.selected,
        'circle-stroke-width': 3,
      },
    },
    // One-event symbols under the circles of places with several: where markers of two countries
    // touch, the busier place's count stays readable.
    {
      id: 'event-places-single',
      type: 'symbol',
      source: 'places',
      filter: ['==', ['get', 'count'], 1],
      layout: {
        'icon-image': ['concat', 'event-', ['get', 'type']],
        'icon-allow-overlap': true,
        // Markers never push the countries' names off the map; they are drawn over them.
        'icon-ignore-placement': true,
      },
    },
    {
      id: 'event-places-group',
      type: 'circle',
      source: 'places',
      filter: ['>', ['get', 'count'], 1],
      paint: {
        'circle-radius': groupRadius(1),
        'circle-color': typeColor(),
        'circle-stroke-color': theme.halo,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'event-places-count',
      type: 'symbol',
      source: 'places',
      filter: ['>', ['get', 'count'], 1],
      layout: {
        'text-field': ['to-string', ['get', 'count']],
        'text-font': options.countFont,
        'text-size': options.countSize,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'symbol-sort-key': ['-', 0, ['get', 'count']],
      },
      // White digits on the lighter type colours fall under 4.5:1; a dark halo keeps them legible.
      paint: { 'text-color': '#ffffff', 'text-halo-color': MIXED_PLACE_COLOR, 'text-halo-width': 1 },
    },
  ];
}
