/**
 * Places whose markers would cover each other at the map's zoom, drawn as one marker. Moscow, the
 * Kremlin's residences and the Moscow region lie a few pixels apart on the first view; drawn apart,
 * their symbols hide the capital's count. Places of different countries never merge: Tashkent and
 * Dushanbe must stay two markers however far out the reader zooms.
 */
import type { EventCore } from '../data/dataset.ts';
import { eventPlaceKey, type EventPlace } from './eventPlaces.ts';
import { placeMarkerRadius } from './eventSymbols.ts';
import { mercatorPixels } from './mapView.ts';

/**
 * The zoom the markers are grouped for: rounded down to a quarter step, so a small pan-and-zoom does
 * not regroup them, and grouping at a slightly lower zoom errs towards fewer overlaps.
 */
export function groupingZoom(zoom: number): number {
  return Math.floor(zoom * 4) / 4;
}

interface Group {
  head: EventPlace;
  country: string;
  x: number;
  y: number;
  count: number;
  members: EventPlace[];
}

/**
 * The places as markers at `zoom`: a place whose marker would touch a larger one of the same
 * country joins it (the larger keeps its position and key; `mergedKeys` names the others). Events
 * of a merged marker keep their order in `selection`, the events the places were grouped from.
 * `scale` is the markers' size (placeMarkerRadius).
 */
export function mergeNearbyPlaces(places: readonly EventPlace[], zoom: number, selection: readonly EventCore[], scale = 1): EventPlace[] {
  const largestFirst = [...places].sort((a, b) => b.events.length - a.events.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const groups: Group[] = [];
  const groupOf = new Map<EventPlace, Group>();
  for (const place of largestFirst) {
    const [x, y] = mercatorPixels(place.lon, place.lat, zoom);
    const country = place.events[0].place.country;
    const radius = placeMarkerRadius(place.events.length, scale);
    const near = groups.find((group) => group.country === country && Math.hypot(group.x - x, group.y - y) < placeMarkerRadius(group.count, scale) + radius);
    if (near) {
      near.members.push(place);
      near.count += place.events.length;
      groupOf.set(place, near);
    } else {
      const group = { head: place, country, x, y, count: place.events.length, members: [place] };
      groups.push(group);
      groupOf.set(place, group);
    }
  }
  if (groups.length === places.length) return [...places];

  // The merged markers' events, gathered in one walk over the selection so they keep its order.
  const gathered = new Map<string, EventCore[]>();
  for (const group of groups) {
    if (group.members.length === 1) continue;
    const events: EventCore[] = [];
    for (const member of group.members) gathered.set(member.key, events);
  }
  for (const event of selection) gathered.get(eventPlaceKey(event.place))?.push(event);

  const merged: EventPlace[] = [];
  for (const place of places) {
    const group = groupOf.get(place)!;
    if (group.head !== place) continue;
    if (group.members.length === 1) {
      merged.push(place);
      continue;
    }
    const types = new Set(group.members.map((member) => member.type));
    merged.push({
      key: place.key,
      lon: place.lon,
      lat: place.lat,
      events: gathered.get(place.key)!,
      type: types.size === 1 ? place.type : null,
      mergedKeys: group.members.filter((member) => member !== place).map((member) => member.key),
    });
  }
  return merged;
}
