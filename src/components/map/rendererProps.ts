import type { FeatureCollection, Geometry, LineString } from 'geojson';
import type { Language } from '../../lib/data/vocabulary.ts';
import type { EventPlace } from '../../lib/geo/eventPlaces.ts';
import type { InitiativeProperties } from '../../lib/geo/initiativeFeatures.ts';
import type { RegionGeoJson } from '../../lib/geo/regionGeoJson.ts';
import type { ArcProperties } from '../../lib/geo/relationArcs.ts';
import type { LonLat, MapTarget } from './mapTarget.ts';

/** What the map host hands to either renderer (WebGL or SVG): the same data, the same callbacks. */
export interface RendererProps {
  /** Countries, disputed areas, water, labels and capitals. */
  region: RegionGeoJson;
  /** The selected events, one entry per marker (a place, or nearby places of one country drawn as one). */
  places: EventPlace[];
  /** Relations between capitals for the selection. */
  arcs: FeatureCollection<LineString, ArcProperties>;
  /** Corridors, programme areas and project points. */
  initiatives: FeatureCollection<Geometry, InitiativeProperties>;
  /** The selected event, ringed on the map. */
  selectedEventId: string | null;
  /** The place of the selected event, when it is in the selection. */
  selectedPlaceKey: string | null;
  /** Where the selected event happened: the map flies there. */
  focusPlace: LonLat | null;
  /** Size of the markers and the map's text: 1, or PRESENTATION_SCALE while presenting to a room. */
  markerScale: number;
  /** UI language of the labels. */
  lang: Language;
  /** The open card (Svelte-drawn); the WebGL map shows it in a popup at `cardAnchor`. */
  cardElement: HTMLElement | null;
  cardAnchor: LonLat | null;
  /** Lines of the hover tip for a target. */
  describe(target: MapTarget): string[];
  /** A click or Enter on a target. */
  activate(target: MapTarget, at: LonLat): void;
  /** The card's popup was closed on the map. */
  closeCard(): void;
  /** The first full view has drawn. */
  rendered(): void;
  /** The map's zoom, before the first view and after each zoom (the WebGL map lays out its markers for it). */
  zoomed?: (zoom: number) => void;
  /** The renderer cannot draw here (WebGL2 failed): the host switches to SVG. */
  fail?: () => void;
}
