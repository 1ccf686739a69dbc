/**
 * The MapLibre style of the relations map, built from data alone (no WebGL, no DOM) so it can be
 * unit-tested. The component pushes later changes (selection, language) into the live map with
 * the same expressions exported here.
 */
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  StyleSpecification,
  VariableAnchorOffsetCollectionSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { Language } from '../data/vocabulary.ts';
import { EVENT_TYPES } from '../data/vocabulary.ts';
import { eventImageId } from './eventSymbols.ts';
import { nameProperty, type RegionGeoJson } from './regionGeoJson.ts';
import { regionFeatures, type RegionPart } from './regionSource.ts';
import { HATCH_IMAGE_ID, LIGHT_THEME, type MapTheme } from './mapTheme.ts';
import { initiativeLineLayers, initiativeProjectLayer } from './initiativeLayers.ts';
import { placeLayers } from './placeLayers.ts';

export { HATCH_IMAGE_ID } from './mapTheme.ts';

/** Fonts as CSS families: with no `glyphs` URL MapLibre 6 draws text with the page's own fonts. */
const REGULAR_FONT = ['Noto Sans'];
const BOLD_FONT = ['Noto Sans Bold', 'Noto Sans'];

export interface MapStyleInput {
  region: RegionGeoJson;
  lang: Language;
  theme?: MapTheme;
  places?: FeatureCollection;
  arcs?: FeatureCollection;
  initiatives?: FeatureCollection;
  /** Countries the filters name: outlined on the map. */
  chosenCountries?: readonly string[];
  /** Credit lines shown by the attribution control. */
  attribution?: { geometry: string; data: string };
}

/** Layers a pointer or a click is listened to on, top first. */
export const INTERACTIVE_LAYERS = {
  places: ['event-places-single', 'event-places-group'],
  arcs: ['relation-arcs'],
  initiatives: ['initiative-projects', 'initiative-corridors', 'initiative-branches', 'initiative-areas'],
} as const;

/** Layers whose text follows the UI language. */
export const LABEL_LAYERS = ['country-labels-focus', 'country-labels', 'capital-labels'] as const;

/** Text layers whose size a classroom screen scales up. */
export const SCALED_TEXT_LAYERS = ['country-labels-focus', 'country-labels', 'capital-labels', 'event-places-count'] as const;

/** A text layer's size, times `scale` (2 on a classroom screen: readable from the back of the room). */
export function labelSize(layer: (typeof SCALED_TEXT_LAYERS)[number], scale = 1): number | ExpressionSpecification {
  if (layer === 'country-labels-focus') return ['interpolate', ['linear'], ['zoom'], 2, 10 * scale, 5, 15 * scale];
  return (layer === 'event-places-count' ? 12 : 11) * scale;
}

/**
 * Where a capital's name may go, tried in order until one is free: beside the event marker that
 * usually stands on the capital, then above or below it. Offsets in ems of the 11 px text clear a
 * marker of about 14 px radius (a place with up to ~25 events); the places' symbols above this layer
 * take part in collisions, so a name moves to the side they leave free.
 */
export const CAPITAL_LABEL_PLACEMENTS: VariableAnchorOffsetCollectionSpecification = ['left', [1.5, 0], 'right', [-1.5, 0], 'top', [0, 1.4], 'bottom', [0, -1.4]];

/**
 * The outline of the countries the filters name. Only the region's country shapes carry `iso3`
 * among its areas (its label and capital points do too, but a line layer draws no points).
 */
export function chosenCountriesFilter(codes: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'iso3'], ['literal', [...codes]]];
}

/** The `text-field` of a label in a UI language. */
export function labelField(lang: Language): ExpressionSpecification {
  return ['get', nameProperty(lang)];
}

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

function solidFill(color: string): FillLayerSpecification['paint'] {
  return { 'fill-color': color, 'fill-antialias': false };
}

/** A layer's filter on one part of the region source, and on what else it asks. */
function inPart(part: RegionPart, filter?: ExpressionSpecification): ExpressionSpecification {
  const own: ExpressionSpecification = ['==', ['get', 'part'], part];
  return filter ? ['all', own, filter] : own;
}

export function buildMapStyle(input: MapStyleInput): StyleSpecification {
  const { region, lang } = input;
  const theme = input.theme ?? LIGHT_THEME;
  const geometryCredit = input.attribution?.geometry;
  const dataCredit = input.attribution?.data;

  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': theme.water } },
    // Land by role as constant-colour layers rather than one data-driven colour, and no fill
    // antialiasing (border lines cover the edges): every shader variant MapLibre compiles costs
    // tens of milliseconds before the first view on a software-rendered GPU.
    { id: 'countries-fill', type: 'fill', source: 'region', filter: inPart('country', ['==', ['get', 'role'], 'focus']), paint: solidFill(theme.focusLand) },
    { id: 'neighbours-fill', type: 'fill', source: 'region', filter: inPart('country', ['==', ['get', 'role'], 'neighbour']), paint: solidFill(theme.neighbourLand) },
    {
      id: 'others-fill',
      type: 'fill',
      source: 'region',
      filter: inPart('country', ['!', ['in', ['get', 'role'], ['literal', ['focus', 'neighbour']]]]),
      paint: solidFill(theme.otherLand),
    },
    { id: 'water-fill', type: 'fill', source: 'region', filter: inPart('water'), paint: solidFill(theme.water) },
    { id: 'disputed-fill', type: 'fill', source: 'region', filter: inPart('disputed'), paint: solidFill(theme.disputedLand) },
    { id: 'disputed-hatch', type: 'fill', source: 'region', filter: inPart('disputed'), paint: { 'fill-pattern': HATCH_IMAGE_ID, 'fill-antialias': false } },
    {
      id: 'country-borders',
      type: 'line',
      source: 'region',
      filter: inPart('country', ['!=', ['get', 'role'], 'focus']),
      paint: { 'line-color': theme.border, 'line-width': 0.6 },
    },
    // The countries the filter names, outlined (set with pushChosenCountries).
    {
      id: 'chosen-countries',
      type: 'line',
      source: 'region',
      filter: chosenCountriesFilter(input.chosenCountries ?? []),
      paint: { 'line-color': theme.selected, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 1.8, 6, 3] },
    },
    {
      id: 'focus-borders',
      type: 'line',
      source: 'region',
      filter: inPart('country', ['==', ['get', 'role'], 'focus']),
      paint: { 'line-color': theme.focusBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.8, 6, 1.6] },
    },
    {
      id: 'disputed-outline',
      type: 'line',
      source: 'region',
      filter: inPart('disputed'),
      paint: { 'line-color': theme.disputedOutline, 'line-width': 0.9, 'line-dasharray': [3, 2] },
    },
    ...initiativeLineLayers(theme),
    {
      id: 'relation-arcs',
      type: 'line',
      source: 'arcs',
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': theme.arc, 'line-width': ['get', 'width'], 'line-opacity': 0.42 },
    },
    initiativeProjectLayer(theme),
    {
      id: 'capitals',
      type: 'circle',
      source: 'region',
      filter: inPart('capital'),
      paint: { 'circle-radius': 3.5, 'circle-color': theme.halo, 'circle-stroke-color': theme.label, 'circle-stroke-width': 1.5 },
    },
    {
      id: 'capital-labels',
      type: 'symbol',
      source: 'region',
      filter: inPart('capital'),
      layout: {
        'text-field': labelField(lang),
        'text-font': REGULAR_FONT,
        'text-size': labelSize('capital-labels'),
        'text-variable-anchor-offset': CAPITAL_LABEL_PLACEMENTS,
        'text-justify': 'auto',
        'text-optional': true,
      },
      paint: { 'text-color': theme.label, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'region',
      filter: inPart('country-label', ['!=', ['get', 'role'], 'focus']),
      minzoom: 2.5,
      layout: { 'text-field': labelField(lang), 'text-font': REGULAR_FONT, 'text-size': labelSize('country-labels'), 'text-max-width': 7 },
      paint: { 'text-color': theme.mutedLabel, 'text-halo-color': theme.halo, 'text-halo-width': 1.2 },
    },
    ...placeLayers(theme, { countSize: labelSize('event-places-count'), countFont: BOLD_FONT }),
    // The six states' names over everything: a reader's first question is which country is which.
    {
      id: 'country-labels-focus',
      type: 'symbol',
      source: 'region',
      filter: inPart('country-label', ['==', ['get', 'role'], 'focus']),
      layout: {
        'text-field': labelField(lang),
        'text-font': BOLD_FONT,
        'text-size': labelSize('country-labels-focus'),
        'text-letter-spacing': 0.06,
        'text-max-width': 8,
        'text-anchor': ['coalesce', ['get', 'anchor'], 'center'],
        // Six names, placed by hand clear of each other and of the capitals (buildRegionTopology's
        // label points): always drawn, so a phone shows all six too.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': theme.label, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
    },
  ];

  return {
    version: 8,
    name: 'central-asia-russia-relations',
    sources: {
      region: { type: 'geojson', data: regionFeatures(region), attribution: geometryCredit },
      initiatives: { type: 'geojson', data: input.initiatives ?? empty },
      arcs: { type: 'geojson', data: input.arcs ?? empty },
      places: { type: 'geojson', data: input.places ?? empty, attribution: dataCredit },
    },
    layers,
  };
}

/** Every image the style refers to, so the component knows what to draw before the map loads. */
export const STYLE_IMAGES = [HATCH_IMAGE_ID, ...EVENT_TYPES.map(eventImageId)];
