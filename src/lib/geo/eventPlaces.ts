/**
 * Events joined to the map: one marker per place. Many events share a capital's exact coordinates,
 * so they are grouped by place (a marker with a count) rather than by zoom-dependent clustering,
 * which would never split them apart.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { EventCore } from '../data/dataset.ts';
import type { EventType } from '../data/vocabulary.ts';

export interface EventPlace {
  /** Stable id of the place: its coordinates rounded to about a kilometre. */
  key: string;
  lon: number;
  lat: number;
  /** The events held there, in the selection's order (by date). */
  events: EventCore[];
  /** The type every event there shares, or null when they differ. */
  type: EventType | null;
  /** Keys of nearby places drawn into this marker at the map's zoom (nearbyPlaces.ts). */
  mergedKeys?: readonly string[];
  /** Where the marker is drawn when it stepped aside from a busier one (markerDodge.ts); else at lon, lat. */
  drawnAt?: [number, number];
}

export interface EventPlaceProperties {
  key: string;
  count: number;
  /** The shared type, "mixed", or "leader" for the line and dot tying a moved marker to its place. */
  type: EventType | 'mixed' | 'leader';
  /** True when the place holds the selected event. */
  selected: boolean;
}

/**
 * Coordinates are rounded to 0.01° (about 1 km) so an event entered with a capital's coordinates
 * to four decimals and another with two still meet at one marker.
 */
export function placeKey(lon: number, lat: number): string {
  return `${lon.toFixed(2)},${lat.toFixed(2)}`;
}

const keysOfPlaces = new WeakMap<EventCore['place'], string>();

/**
 * The key of an event's place, kept once computed: the map and its summary regroup the whole
 * selection on every filter change, and formatting 20,000 coordinates each time cost milliseconds.
 */
export function eventPlaceKey(place: EventCore['place']): string {
  let key = keysOfPlaces.get(place);
  if (key === undefined) {
    key = placeKey(place.lon, place.lat);
    keysOfPlaces.set(place, key);
  }
  return key;
}

/** The events grouped by place, places in order of their first event. */
export function groupEventsByPlace(events: readonly EventCore[]): EventPlace[] {
  const places = new Map<string, EventPlace>();
  for (const event of events) {
    const key = eventPlaceKey(event.place);
    const place = places.get(key);
    if (!place) {
      places.set(key, { key, lon: event.place.lon, lat: event.place.lat, events: [event], type: event.type });
    } else {
      place.events.push(event);
      if (place.type !== event.type) place.type = null;
    }
  }
  return [...places.values()];
}

/**
 * One point per place's marker, where it is drawn; for a marker moved aside, a leader line from its
 * place to it and a dot on the place (count 0: the marker layers filter them out).
 */
export function eventPlacesGeoJson(
  places: readonly EventPlace[],
  selectedEventId: string | null = null,
): FeatureCollection<Point | LineString, EventPlaceProperties> {
  const features: Feature<Point | LineString, EventPlaceProperties>[] = [];
  for (const place of places) {
    features.push({
      type: 'Feature',
      properties: {
        key: place.key,
        count: place.events.length,
        type: place.type ?? 'mixed',
        selected: selectedEventId !== null && place.events.some((event) => event.id === selectedEventId),
      },
      geometry: { type: 'Point', coordinates: place.drawnAt ?? [place.lon, place.lat] },
    });
  }
  for (const place of places) {
    if (!place.drawnAt) continue;
    const properties: EventPlaceProperties = { key: place.key, count: 0, type: 'leader', selected: false };
    features.push({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: [[place.lon, place.lat], place.drawnAt] } });
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [place.lon, place.lat] } });
  }
  return { type: 'FeatureCollection', features };
}
