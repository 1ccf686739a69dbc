import { describe, expect, it } from 'vitest';
import { ARC_WIDTH_RANGE, countPairEvents, countryPairs, curvedLine, relationArcs } from '../../../src/lib/geo/relationArcs.ts';
import { focusCountries } from '../../../src/lib/geo/regionGeoJson.ts';
import { fixtureDataset, makeEvent } from './mapFixtures.ts';

describe('countryPairs', () => {
  it('lists every unordered pair once, Russia with each of the five and the five among themselves', () => {
    const pairs = countryPairs(['RUS', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(pairs).toHaveLength(15);
    expect(pairs.filter(([a]) => a === 'RUS')).toHaveLength(5);
    expect(pairs).toContainEqual(['KAZ', 'UZB']);
  });
});

describe('countPairEvents', () => {
  it('counts an event for a pair only when both countries take part', () => {
    const events = [
      makeEvent({ id: 'a', participants: ['RUS', 'KAZ'] }),
      makeEvent({ id: 'b', participants: ['RUS', 'KAZ', 'UZB'] }),
      makeEvent({ id: 'c', participants: ['KAZ', 'CHN'] }),
    ];
    const counts = countPairEvents(events, countryPairs(['RUS', 'KAZ', 'UZB']));
    expect(Object.fromEntries(counts)).toEqual({ 'RUS-KAZ': 2, 'RUS-UZB': 1, 'KAZ-UZB': 1 });
  });

  it('counts a pair whatever order the event lists its participants in', () => {
    const events = [makeEvent({ id: 'a', participants: ['KAZ', 'RUS'] }), makeEvent({ id: 'b', participants: ['UZB', 'CHN', 'RUS'] })];
    const counts = countPairEvents(events, countryPairs(['RUS', 'KAZ', 'UZB']));
    expect(Object.fromEntries(counts)).toEqual({ 'RUS-KAZ': 1, 'RUS-UZB': 1, 'KAZ-UZB': 0 });
  });
});

describe('curvedLine', () => {
  it('starts and ends at the two capitals and bows away from the straight chord', () => {
    const line = curvedLine([0, 0], [10, 0], 0.2, 10);
    expect(line[0]).toEqual([0, 0]);
    expect(line.at(-1)).toEqual([10, 0]);
    expect(line[5][1]).toBeCloseTo(1, 6);
  });
});

describe('relationArcs', () => {
  const focus = focusCountries(fixtureDataset().countries);

  it('draws an arc between capitals only for pairs with events, thicker for more events', () => {
    const events = [
      makeEvent({ id: 'a', participants: ['RUS', 'KAZ'] }),
      makeEvent({ id: 'b', participants: ['RUS', 'KAZ'] }),
      makeEvent({ id: 'c', participants: ['RUS', 'KAZ'] }),
      makeEvent({ id: 'd', participants: ['RUS', 'KAZ'] }),
      makeEvent({ id: 'e', participants: ['KGZ', 'TJK'] }),
    ];
    const arcs = relationArcs(focus, events).features;
    expect(arcs.map((arc) => [arc.properties.key, arc.properties.count])).toEqual([
      ['RUS-KAZ', 4],
      ['KGZ-TJK', 1],
    ]);
    const [russiaKazakhstan, kyrgyzstanTajikistan] = arcs;
    expect(russiaKazakhstan.properties.width).toBe(ARC_WIDTH_RANGE[1]);
    expect(kyrgyzstanTajikistan.properties.width).toBe(ARC_WIDTH_RANGE[0]);
    const moscow = focus.find((country) => country.iso3 === 'RUS')?.capital;
    expect(russiaKazakhstan.geometry.coordinates[0]).toEqual([moscow?.lon, moscow?.lat]);
  });

  it('draws no arc when the selection is empty', () => {
    expect(relationArcs(focus, []).features).toEqual([]);
  });
});
