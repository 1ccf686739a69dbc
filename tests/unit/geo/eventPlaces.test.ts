import { describe, expect, it } from 'vitest';
import { eventPlacesGeoJson, groupEventsByPlace, placeKey } from '../../../src/lib/geo/eventPlaces.ts';
import { makeEvent } from './mapFixtures.ts';

const moscow = { name: { ru: 'Москва', en: 'Moscow' }, lon: 37.6173, lat: 55.7558, country: 'RUS', capitalOf: 'RUS' };

describe('groupEventsByPlace', () => {
  it('puts events held at the same coordinates into one place, in date order', () => {
    const events = [
      makeEvent({ id: 'a', date: '2020-01-01' }),
      makeEvent({ id: 'b', date: '2021-01-01', place: moscow }),
      makeEvent({ id: 'c', date: '2022-01-01' }),
    ];
    const places = groupEventsByPlace(events);
    expect(places.map((place) => place.events.map((event) => event.id))).toEqual([['a', 'c'], ['b']]);
  });

  it('meets coordinates given to two or to four decimals at one place', () => {
    const astanaShort = { ...makeEvent({ id: 'x' }).place, lon: 71.43, lat: 51.17 };
    const places = groupEventsByPlace([makeEvent({ id: 'a' }), makeEvent({ id: 'b', place: astanaShort })]);
    expect(places).toHaveLength(1);
    expect(places[0].key).toBe(placeKey(71.43, 51.17));
  });

  it('keeps the shared type of a place, and null when its events differ in type', () => {
    const same = groupEventsByPlace([makeEvent({ id: 'a', type: 'summit' }), makeEvent({ id: 'b', type: 'summit' })]);
    const mixed = groupEventsByPlace([makeEvent({ id: 'a', type: 'summit' }), makeEvent({ id: 'b', type: 'talks' })]);
    expect(same[0].type).toBe('summit');
    expect(mixed[0].type).toBeNull();
  });

  it('gives no place for no events', () => {
    expect(groupEventsByPlace([])).toEqual([]);
  });
});

describe('eventPlacesGeoJson', () => {
  it('draws one point per place with its count, its type or "mixed", and whether it holds the selected event', () => {
    const places = groupEventsByPlace([
      makeEvent({ id: 'a', type: 'summit' }),
      makeEvent({ id: 'b', type: 'talks' }),
      makeEvent({ id: 'c', type: 'agreement', place: moscow }),
    ]);
    const collection = eventPlacesGeoJson(places, 'c');
    expect(collection.features.map((point) => point.properties)).toEqual([
      { key: placeKey(71.4333, 51.1667), count: 2, type: 'mixed', selected: false },
      { key: placeKey(37.6173, 55.7558), count: 1, type: 'agreement', selected: true },
    ]);
    expect(collection.features[1].geometry.coordinates).toEqual([37.6173, 55.7558]);
  });
});
