import { describe, expect, it } from 'vitest';
import { eventPlacesGeoJson, groupEventsByPlace, type EventPlace } from '../../../src/lib/geo/eventPlaces.ts';
import { placeMarkerRadius } from '../../../src/lib/geo/eventSymbols.ts';
import { mercatorPixels, mercatorToLonLat } from '../../../src/lib/geo/mapView.ts';
import { MARKER_GAP, dodgeOverlappingMarkers } from '../../../src/lib/geo/markerDodge.ts';
import { makeEvent } from './mapFixtures.ts';

const tashkent = { name: { ru: 'Ташкент', en: 'Tashkent' }, lon: 69.2401, lat: 41.2995, country: 'UZB', capitalOf: 'UZB' };
const dushanbe = { name: { ru: 'Душанбе', en: 'Dushanbe' }, lon: 68.7791, lat: 38.5598, country: 'TJK', capitalOf: 'TJK' };
const bishkek = { name: { ru: 'Бишкек', en: 'Bishkek' }, lon: 74.5698, lat: 42.8746, country: 'KGZ', capitalOf: 'KGZ' };
const almaty = { name: { ru: 'Алматы', en: 'Almaty' }, lon: 76.8512, lat: 43.222, country: 'KAZ' };
const moscow = { name: { ru: 'Москва', en: 'Moscow' }, lon: 37.6173, lat: 55.7558, country: 'RUS', capitalOf: 'RUS' };

/** `count` events at a place. */
function eventsAt(place: typeof tashkent | typeof almaty, count: number, prefix: string) {
  return Array.from({ length: count }, (_, index) => makeEvent({ id: `${prefix}${index}`, date: `2020-01-${String(index + 1).padStart(2, '0')}`, place }));
}

/** Where each marker is drawn, in pixels at `zoom`, with its radius. */
function drawn(markers: readonly EventPlace[], zoom: number) {
  return markers.map((marker) => {
    const [x, y] = mercatorPixels(...(marker.drawnAt ?? [marker.lon, marker.lat]), zoom);
    return { key: marker.key, x, y, radius: placeMarkerRadius(marker.events.length) };
  });
}

function touchingPairs(markers: ReturnType<typeof drawn>): string[] {
  return markers.flatMap((a, index) => markers.slice(index + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius + MARKER_GAP - 0.01).map((b) => `${a.key} / ${b.key}`));
}

describe('mercatorToLonLat', () => {
  it('undoes mercatorPixels', () => {
    for (const zoom of [1, 3.25, 7]) {
      const [x, y] = mercatorPixels(tashkent.lon, tashkent.lat, zoom);
      const [lon, lat] = mercatorToLonLat(x, y, zoom);
      expect(lon).toBeCloseTo(tashkent.lon, 9);
      expect(lat).toBeCloseTo(tashkent.lat, 9);
    }
  });
});

describe('dodgeOverlappingMarkers', () => {
  const events = [...eventsAt(dushanbe, 47, 'd'), ...eventsAt(tashkent, 33, 't'), ...eventsAt(bishkek, 32, 'b'), ...eventsAt(almaty, 6, 'a')];
  const places = groupEventsByPlace(events);

  it('moves the smaller of two markers that would cover each other just clear of the busier one, which keeps its place', () => {
    const zoom = 2.5;
    const before = drawn(places, zoom);
    expect(touchingPairs(before).length).toBeGreaterThan(0);
    const markers = dodgeOverlappingMarkers(places, zoom);
    expect(touchingPairs(drawn(markers, zoom))).toEqual([]);
    const dushanbeMarker = markers.find((marker) => marker.lon === dushanbe.lon)!;
    expect(dushanbeMarker.drawnAt).toBeUndefined();
    const tashkentMarker = markers.find((marker) => marker.lon === tashkent.lon)!;
    expect(tashkentMarker.drawnAt).toBeDefined();
    // Its own coordinates stay the place's: flying to it and naming it use them.
    expect([tashkentMarker.lon, tashkentMarker.lat]).toEqual([tashkent.lon, tashkent.lat]);
    // Moved no further than clearing the neighbour needs (plus one step of the search).
    const [tx, ty] = mercatorPixels(tashkent.lon, tashkent.lat, zoom);
    const [dx, dy] = mercatorPixels(...tashkentMarker.drawnAt!, zoom);
    const needed = placeMarkerRadius(47) + placeMarkerRadius(33) + MARKER_GAP - Math.hypot(tx - before[0].x, ty - before[0].y);
    expect(Math.hypot(dx - tx, dy - ty)).toBeLessThan(needed + 6);
    // Away from Dushanbe, which lies south of Tashkent: the marker moves up the screen.
    expect(dy).toBeLessThan(ty);
  });

  it('lays the markers out at their presentation size when they are drawn larger', () => {
    const scale = 1.8;
    const zoom = 3.25;
    const markers = dodgeOverlappingMarkers(places, zoom, scale);
    expect(markers.some((marker) => marker.drawnAt)).toBe(true);
    const scaled = drawn(markers, zoom).map((marker, index) => ({ ...marker, radius: placeMarkerRadius(markers[index].events.length, scale) }));
    const touching = scaled.flatMap((a, index) => scaled.slice(index + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius + MARKER_GAP * scale - 0.01));
    expect(touching).toEqual([]);
  });

  it('leaves markers that are already clear where they are, as the same objects', () => {
    const markers = dodgeOverlappingMarkers(places, 7);
    expect(markers).toEqual(places);
    expect(markers.every((marker, index) => marker === places[index])).toBe(true);
  });

  it('keeps the order of the places and their events', () => {
    const markers = dodgeOverlappingMarkers(places, 2.5);
    expect(markers.map((marker) => marker.key)).toEqual(places.map((place) => place.key));
    expect(markers.map((marker) => marker.events)).toEqual(places.map((place) => place.events));
  });

  it('leaves a marker on its place when no free spot is within reach', () => {
    // Far out, the whole region fits in a few pixels: there is no room to move into without a
    // leader line longer than the map's own distances.
    const crowd = groupEventsByPlace([...events, ...eventsAt(moscow, 60, 'm')]);
    const markers = dodgeOverlappingMarkers(crowd, 0);
    const unmoved = markers.filter((marker) => marker.drawnAt === undefined);
    expect(unmoved.length).toBeGreaterThan(0);
    for (const marker of markers.filter((candidate) => candidate.drawnAt)) {
      const [x, y] = mercatorPixels(marker.lon, marker.lat, 0);
      const [dx, dy] = mercatorPixels(...marker.drawnAt!, 0);
      expect(Math.hypot(dx - x, dy - y)).toBeLessThanOrEqual(56 + 1e-6);
    }
  });

  it('adds a leader line and a dot on the place for each moved marker, drawn at the moved spot', () => {
    const markers = dodgeOverlappingMarkers(places, 2.5);
    const moved = markers.filter((marker) => marker.drawnAt);
    const collection = eventPlacesGeoJson(markers);
    const points = collection.features.filter((feature) => feature.properties.type !== 'leader');
    expect(points.map((feature) => feature.geometry.coordinates)).toEqual(markers.map((marker) => marker.drawnAt ?? [marker.lon, marker.lat]));
    const leaders = collection.features.filter((feature) => feature.properties.type === 'leader');
    expect(leaders).toHaveLength(moved.length * 2);
    for (const marker of moved) {
      const own = leaders.filter((feature) => feature.properties.key === marker.key);
      expect(own.map((feature) => feature.geometry.type).sort()).toEqual(['LineString', 'Point']);
      expect(own.every((feature) => feature.properties.count === 0 && !feature.properties.selected)).toBe(true);
      const line = own.find((feature) => feature.geometry.type === 'LineString')!;
      expect(line.geometry.coordinates).toEqual([[marker.lon, marker.lat], marker.drawnAt]);
    }
  });
});
