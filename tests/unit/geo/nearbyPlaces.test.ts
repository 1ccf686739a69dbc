import { describe, expect, it } from 'vitest';
import { groupEventsByPlace, placeKey } from '../../../src/lib/geo/eventPlaces.ts';
import { placeMarkerRadius } from '../../../src/lib/geo/eventSymbols.ts';
import { INITIAL_BOUNDS, MAX_ZOOM, MIN_ZOOM, fittedZoom, mercatorPixels } from '../../../src/lib/geo/mapView.ts';
import { groupingZoom, mergeNearbyPlaces } from '../../../src/lib/geo/nearbyPlaces.ts';
import { makeEvent } from './mapFixtures.ts';

const moscow = { name: { ru: 'Москва', en: 'Moscow' }, lon: 37.6173, lat: 55.7558, country: 'RUS', capitalOf: 'RUS' };
const novoOgaryovo = { name: { ru: 'Ново-Огарёво', en: 'Novo-Ogaryovo' }, lon: 37.25, lat: 55.73, country: 'RUS' };
const tashkent = { name: { ru: 'Ташкент', en: 'Tashkent' }, lon: 69.2401, lat: 41.2995, country: 'UZB', capitalOf: 'UZB' };
const shymkent = { name: { ru: 'Шымкент', en: 'Shymkent' }, lon: 69.59, lat: 42.34, country: 'KAZ' };

/** Distance in screen pixels between two places at a zoom. */
function pixelsApart(a: { lon: number; lat: number }, b: { lon: number; lat: number }, zoom: number): number {
  const [ax, ay] = mercatorPixels(a.lon, a.lat, zoom);
  const [bx, by] = mercatorPixels(b.lon, b.lat, zoom);
  return Math.hypot(ax - bx, ay - by);
}

describe('mergeNearbyPlaces', () => {
  const events = [
    makeEvent({ id: 'm1', date: '2020-01-01', place: moscow }),
    makeEvent({ id: 'n1', date: '2020-06-01', place: novoOgaryovo, type: 'talks' }),
    makeEvent({ id: 'm2', date: '2021-01-01', place: moscow }),
  ];

  it('draws a place into a busier one of the same country where their markers would touch, keeping the busier key and the date order', () => {
    const zoom = 3;
    expect(pixelsApart(moscow, novoOgaryovo, zoom)).toBeLessThan(placeMarkerRadius(2) + placeMarkerRadius(1));
    const markers = mergeNearbyPlaces(groupEventsByPlace(events), zoom, events);
    expect(markers).toHaveLength(1);
    expect(markers[0].key).toBe(placeKey(moscow.lon, moscow.lat));
    expect([markers[0].lon, markers[0].lat]).toEqual([moscow.lon, moscow.lat]);
    expect(markers[0].events.map((event) => event.id)).toEqual(['m1', 'n1', 'm2']);
    expect(markers[0].mergedKeys).toEqual([placeKey(novoOgaryovo.lon, novoOgaryovo.lat)]);
    expect(markers[0].type).toBeNull();
  });

  it('keeps them apart once zoomed in far enough for both markers to show', () => {
    const zoom = 8;
    expect(pixelsApart(moscow, novoOgaryovo, zoom)).toBeGreaterThan(placeMarkerRadius(2) + placeMarkerRadius(1));
    const places = groupEventsByPlace(events);
    const markers = mergeNearbyPlaces(places, zoom, events);
    expect(markers).toEqual(places);
    expect(markers.every((marker) => marker.mergedKeys === undefined)).toBe(true);
  });

  it('never draws places of two countries as one, however close', () => {
    const pair = [makeEvent({ id: 't', place: tashkent }), makeEvent({ id: 's', place: shymkent })];
    const zoom = 1.5;
    expect(pixelsApart(tashkent, shymkent, zoom)).toBeLessThan(placeMarkerRadius(1) * 2);
    expect(mergeNearbyPlaces(groupEventsByPlace(pair), zoom, pair)).toHaveLength(2);
  });

  it('keeps the shared type when every merged place has it', () => {
    const summits = [makeEvent({ id: 'a', place: moscow, type: 'summit' }), makeEvent({ id: 'b', place: novoOgaryovo, type: 'summit' })];
    const [marker] = mergeNearbyPlaces(groupEventsByPlace(summits), 3, summits);
    expect(marker.type).toBe('summit');
    expect(marker.events).toHaveLength(2);
  });
});

describe('the zoom markers are laid out for', () => {
  it('groups at quarter steps, rounding down', () => {
    expect(groupingZoom(1.99)).toBe(1.75);
    expect(groupingZoom(2)).toBe(2);
    expect(groupingZoom(4.3)).toBe(4.25);
  });

  it("fits the first view's bounds the way MapLibre's fitBounds does, within the zoom limits", () => {
    const zoom = fittedZoom(INITIAL_BOUNDS, 1100, 470, 40);
    // The bounds' width fills the map less its padding at that zoom (or the height does, whichever binds).
    const [west] = mercatorPixels(INITIAL_BOUNDS[0][0], 0, zoom);
    const [east] = mercatorPixels(INITIAL_BOUNDS[1][0], 0, zoom);
    const [, north] = mercatorPixels(0, INITIAL_BOUNDS[1][1], zoom);
    const [, south] = mercatorPixels(0, INITIAL_BOUNDS[0][1], zoom);
    const fillsWidth = Math.abs(east - west - (1100 - 80)) < 0.5;
    const fillsHeight = Math.abs(south - north - (470 - 80)) < 0.5;
    expect(fillsWidth || fillsHeight).toBe(true);
    expect(east - west).toBeLessThanOrEqual(1100 - 80 + 0.5);
    expect(south - north).toBeLessThanOrEqual(470 - 80 + 0.5);
    expect(fittedZoom(INITIAL_BOUNDS, 10, 10, 0)).toBeGreaterThanOrEqual(MIN_ZOOM);
    expect(fittedZoom(INITIAL_BOUNDS, 1e6, 1e6, 0)).toBe(MAX_ZOOM);
  });
});
