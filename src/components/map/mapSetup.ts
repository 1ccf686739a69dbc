/**
 * The WebGL map's wiring, as helpers that take the map as a parameter (so a unit test can hand them
 * a small fake): style images, pointer handlers, rendering signals and pushes of later changes.
 * RelationsMap.svelte creates the map and calls these; nothing here holds state of its own.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Language } from '../../lib/data/vocabulary.ts';
import { INTERACTIVE_LAYERS, LABEL_LAYERS, SCALED_TEXT_LAYERS, chosenCountriesFilter, labelField, labelSize } from '../../lib/geo/buildMapStyle.ts';
import { placeMarkerSizes } from '../../lib/geo/placeLayers.ts';
import type { LonLat, MapTarget } from './mapTarget.ts';

/** The part of MapLibre's Map these helpers use. */
export type MapLike = Pick<
  MapLibreMap,
  'on' | 'once' | 'addImage' | 'hasImage' | 'setMissingStyleImageResolver' | 'queryRenderedFeatures' | 'getCanvas' | 'getSource' | 'setLayoutProperty' | 'setPaintProperty' | 'setFilter'
>;

export interface StyleImage {
  data: ImageData | { width: number; height: number; data: Uint8Array | Uint8ClampedArray };
  pixelRatio: number;
}

/**
 * Adds the style's images before the style asks for them, so the first tiles need no round trip;
 * the resolver covers a style rebuilt later (after a lost WebGL context).
 */
export function addStyleImages(map: MapLike, ids: readonly string[], draw: (id: string) => StyleImage | null): void {
  const add = (id: string) => {
    const image = draw(id);
    if (image && !map.hasImage(id)) map.addImage(id, image.data, { pixelRatio: image.pixelRatio });
  };
  for (const id of ids) add(id);
  map.setMissingStyleImageResolver(add);
}

const POINTER_LAYERS = [...INTERACTIVE_LAYERS.arcs, ...INTERACTIVE_LAYERS.initiatives];

type RenderedQuery = Parameters<MapLike['queryRenderedFeatures']>;

/**
 * MapLibre's feature index can lag a source's new data by a frame and then throws
 * ("feature index out of bounds", maplibre-gl-js#8064); a query caught in that moment finds nothing,
 * and the next pointer move or render asks again. MapLibre's layer-scoped pointer events query
 * unguarded, so the handlers below listen on the whole map and query through this.
 */
export function renderedFeatures(map: MapLike, ...query: RenderedQuery): ReturnType<MapLike['queryRenderedFeatures']> {
  try {
    return map.queryRenderedFeatures(...query);
  } catch {
    return [];
  }
}

/** The arc or initiative under the pointer (places have hit targets of their own), or null. */
export function targetAt(map: MapLike, point: MapMouseEvent['point']): MapTarget | null {
  const [feature] = renderedFeatures(map, point, { layers: POINTER_LAYERS });
  if (!feature) return null;
  const properties = feature.properties as Record<string, string | number>;
  if (feature.layer.id === 'relation-arcs') return { kind: 'arc', a: String(properties.a), b: String(properties.b), count: Number(properties.count) };
  return { kind: 'initiative', id: String(properties.id) };
}

export interface PointerHandlers {
  describe(target: MapTarget): string[];
  activate(target: MapTarget, at: LonLat): void;
  closeCard(): void;
  showTip(lines: string[], at: LonLat): void;
  hideTip(): void;
}

/** Hover tips and clicks on arcs and initiatives; a click elsewhere closes the card. */
export function wirePointer(map: MapLike, handlers: PointerHandlers): void {
  let overTarget = false;
  const leave = () => {
    if (!overTarget) return;
    overTarget = false;
    map.getCanvas().style.cursor = '';
    handlers.hideTip();
  };
  map.on('mousemove', (event: MapMouseEvent) => {
    const target = targetAt(map, event.point);
    if (!target) return leave();
    overTarget = true;
    map.getCanvas().style.cursor = 'pointer';
    handlers.showTip(handlers.describe(target), [event.lngLat.lng, event.lngLat.lat]);
  });
  map.on('mouseout', leave);
  map.on('click', (event: MapMouseEvent) => {
    const target = targetAt(map, event.point);
    if (target) handlers.activate(target, [event.lngLat.lng, event.lngLat.lat]);
    else handlers.closeCard();
  });
}

export interface RenderingSignals {
  contextLost(): void;
  contextRestored(): void;
  /** Distinct places drawn in the viewport after each render. */
  drawnPlaces(count: number): void;
  /** The focus countries whose names are drawn after each render (alpha-3, sorted). */
  drawnCountryNames?(codes: string[]): void;
  loaded(): void;
  /** The first full view has drawn. */
  firstIdle(): void;
}

/** Reports what the map has drawn: the first full view, the places on screen, a lost WebGL context. */
export function watchRendering(map: MapLike, signals: RenderingSignals): void {
  map.on('webglcontextlost', () => {
    signals.contextLost();
    signals.drawnPlaces(0);
  });
  map.on('webglcontextrestored', () => signals.contextRestored());
  map.on('idle', () => {
    const drawn = renderedFeatures(map, { layers: [...INTERACTIVE_LAYERS.places] });
    signals.drawnPlaces(new Set(drawn.map((feature) => feature.properties.key)).size);
    if (signals.drawnCountryNames) {
      const names = renderedFeatures(map, { layers: ['country-labels-focus'] });
      signals.drawnCountryNames([...new Set(names.map((feature) => String(feature.properties.iso3)))].sort());
    }
  });
  map.once('load', () => {
    performance.mark('map-loaded');
    signals.loaded();
    map.once('idle', () => {
      performance.mark('map-idle');
      signals.firstIdle();
    });
  });
}

/** Replaces a GeoJSON source's data (a missing source, while a style is rebuilt, is skipped). */
export function pushSourceData(map: MapLike, id: 'places' | 'arcs' | 'initiatives', data: FeatureCollection): void {
  (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
}

/** Switches every label layer to the names in `lang`. */
export function pushLanguage(map: MapLike, lang: Language): void {
  for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', labelField(lang));
}

export interface ControlLabels {
  zoomIn: string;
  zoomOut: string;
  attribution: string;
  title: string;
}

/** MapLibre's own strings in the interface language, for the map's creation. */
export function mapLibreLocale(labels: ControlLabels): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': labels.zoomIn,
    'NavigationControl.ZoomOut': labels.zoomOut,
    'AttributionControl.ToggleAttribution': labels.attribution,
    'Map.Title': labels.title,
  };
}

/**
 * MapLibre reads its locale once, when the controls are made; a change of language relabels them
 * in place (title and aria-label of each button, the canvas's label).
 */
export function relabelControls(container: ParentNode, labels: ControlLabels): void {
  const targets: [string, string][] = [
    ['.maplibregl-ctrl-zoom-in', labels.zoomIn],
    ['.maplibregl-ctrl-zoom-out', labels.zoomOut],
    ['.maplibregl-ctrl-attrib-button', labels.attribution],
  ];
  for (const [selector, text] of targets) {
    for (const element of container.querySelectorAll(selector)) {
      element.setAttribute('title', text);
      element.setAttribute('aria-label', text);
      const icon = element.querySelector('.maplibregl-ctrl-icon');
      if (icon) icon.setAttribute('title', text);
    }
  }
  for (const canvas of container.querySelectorAll('.maplibregl-canvas')) canvas.setAttribute('aria-label', labels.title);
}

/** Scales the map's text (names, counts) and markers: 1 on a reader's screen, PRESENTATION_SCALE on a classroom's. */
export function pushPresentationScale(map: MapLike, scale: number): void {
  for (const id of SCALED_TEXT_LAYERS) map.setLayoutProperty(id, 'text-size', labelSize(id, scale));
  const sizes = placeMarkerSizes(scale);
  for (const [id, name, value] of sizes.paint) map.setPaintProperty(id, name, value);
  for (const [id, name, value] of sizes.layout) map.setLayoutProperty(id, name, value);
}

/** Outlines the countries the filters name (none: no outline). */
export function pushChosenCountries(map: MapLike, codes: readonly string[]): void {
  map.setFilter('chosen-countries', chosenCountriesFilter(codes));
}

/** A country's name and events in view when the pointer rests on its land (and on no arc or initiative). */
export function wireCountryHover(map: MapLike, handlers: Pick<PointerHandlers, 'describe' | 'showTip' | 'hideTip'>): void {
  const land = ['countries-fill', 'neighbours-fill'];
  let overLand = false;
  const leave = () => {
    if (overLand) handlers.hideTip();
    overLand = false;
  };
  map.on('mousemove', (event: MapMouseEvent) => {
    // An arc or initiative under the pointer has the tip (wirePointer's).
    if (targetAt(map, event.point)) {
      overLand = false;
      return;
    }
    const [country] = renderedFeatures(map, event.point, { layers: land });
    const iso3 = country?.properties.iso3;
    if (typeof iso3 !== 'string') return leave();
    overLand = true;
    handlers.showTip(handlers.describe({ kind: 'country', iso3 }), [event.lngLat.lng, event.lngLat.lat]);
  });
  map.on('mouseout', leave);
}
