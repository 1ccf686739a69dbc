import { describe, expect, it } from 'vitest';
import { eventStepBounds, initiativeStepBounds } from '../../../src/lib/geo/stepBounds.ts';
import { makeEvent } from '../../support/eventFactory.ts';
import { fixtureDataset } from './mapFixtures.ts';

const dataset = fixtureDataset();
const countriesByCode = new Map(dataset.countries.map((country) => [country.iso3, country]));
const initiativesById = new Map(dataset.initiatives.map((initiative) => [initiative.id, initiative]));

describe('eventStepBounds', () => {
  it('frames the place and the capitals of every participant', () => {
    const event = makeEvent({ id: 'summit', participants: ['RUS', 'KAZ', 'TJK'], place: { name: { ru: 'Душанбе', en: 'Dushanbe' }, lon: 68.78, lat: 38.53, country: 'TJK' } });
    const [[west, south], [east, north]] = eventStepBounds(event, countriesByCode, initiativesById)!;
    const moscow = countriesByCode.get('RUS')!.capital!;
    const astana = countriesByCode.get('KAZ')!.capital!;
    expect(west).toBeCloseTo(moscow.lon);
    expect(north).toBeCloseTo(moscow.lat);
    expect(south).toBeCloseTo(38.53);
    expect(east).toBeCloseTo(Math.max(astana.lon, 68.78));
  });

  it("reaches along the event's initiatives, so a route is shown whole", () => {
    const initiative = dataset.initiatives[0];
    const alone = eventStepBounds(makeEvent({ id: 'a', participants: ['RUS'], initiatives: [] }), countriesByCode, initiativesById)!;
    const withRoute = eventStepBounds(makeEvent({ id: 'b', participants: ['RUS'], initiatives: [initiative.id] }), countriesByCode, initiativesById)!;
    const whole = initiativeStepBounds(initiative)!;
    expect(withRoute[0][0]).toBeLessThanOrEqual(Math.min(alone[0][0], whole[0][0]));
    expect(withRoute[1][0]).toBeGreaterThanOrEqual(Math.max(alone[1][0], whole[1][0]));
  });
});
