import { describe, expect, it } from 'vitest';
import { levelRank, levelSteps, pairProfile, relationsYears, shownProfiles } from '../../../src/lib/data/pairProfile.ts';
import { makeEvent } from '../../support/eventFactory.ts';

const at = (name: string, lon: number, lat: number) => ({ name: { ru: name, en: name }, lon, lat, country: 'RUS' });

const events = [
  makeEvent({ id: 'treaty', date: '2000-06-01', type: 'agreement', participants: ['RUS', 'UZB'], relationLevel: 'strategic-partnership', place: at('Tashkent', 69.24, 41.3) }),
  makeEvent({ id: 'restated', date: '2002-03-01', type: 'statement', participants: ['RUS', 'UZB'], relationLevel: 'strategic-partnership', place: at('Moscow', 37.62, 55.75) }),
  makeEvent({ id: 'allied', date: '2005-11-14', type: 'agreement', participants: ['RUS', 'UZB'], relationLevel: 'alliance', place: at('Moscow', 37.62, 55.75) }),
  makeEvent({ id: 'call', date: '2005-12-01', type: 'talks', participants: ['RUS', 'UZB'], place: at('Moscow', 37.62, 55.75), initiatives: ['uz-nuclear-plant'] }),
  makeEvent({ id: 'summit', date: '2005-12-20', type: 'summit', participants: ['RUS', 'UZB', 'KAZ'], place: at('Astana', 71.43, 51.13) }),
  makeEvent({ id: 'other-pair', date: '2006-01-10', type: 'agreement', participants: ['RUS', 'KAZ'], relationLevel: 'alliance', place: at('Astana', 71.43, 51.13) }),
  makeEvent({ id: 'no-russia', date: '2007-01-10', type: 'visit', participants: ['KAZ', 'UZB'], place: at('Tashkent', 69.24, 41.3) }),
];

describe('levelSteps', () => {
  it("follows the pair's formal level from the documents that name it, a restatement being no step", () => {
    expect(levelSteps(events, 'UZB')).toEqual([
      { level: 'strategic-partnership', date: '2000-06-01', eventId: 'treaty' },
      { level: 'alliance', date: '2005-11-14', eventId: 'allied' },
    ]);
    expect(levelSteps(events, 'KAZ').map((step) => step.eventId)).toEqual(['other-pair']);
    expect(levelSteps(events, 'TKM')).toEqual([]);
  });

  it('orders the levels from friendship to comprehensive strategic partnership', () => {
    expect(levelRank('friendship')).toBeLessThan(levelRank('alliance'));
    expect(levelRank('alliance')).toBeLessThan(levelRank('comprehensive-strategic-partnership'));
  });
});

describe('pairProfile', () => {
  const profile = pairProfile(events, 'UZB', 2000, 2007);

  it('counts only events Russia and the partner both take part in, per year with zeros', () => {
    expect(profile.total).toBe(5);
    expect(profile.perYear.map((row) => row.count)).toEqual([1, 0, 1, 0, 0, 3, 0, 0]);
  });

  it('counts contacts by kind and finds the last contact', () => {
    expect(profile.contacts).toEqual({ visit: 0, talks: 1, summit: 1 });
    expect(profile.lastContact?.id).toBe('summit');
  });

  it('ranks the places met most and the initiatives shared', () => {
    expect(profile.places.map(({ place, count }) => [place.name.en, count])).toEqual([
      ['Moscow', 3],
      ['Tashkent', 1],
      ['Astana', 1],
    ]);
    expect(profile.initiatives).toEqual([{ id: 'uz-nuclear-plant', count: 1 }]);
  });
});

describe('shownProfiles', () => {
  it('shows the compared pairs, else the pair the country filter names with Russia in "all" mode, else none', () => {
    expect(shownProfiles(['KAZ', 'UZB'], { countries: ['RUS', 'KGZ'], countryMode: 'all' })).toEqual(['KAZ', 'UZB']);
    expect(shownProfiles([], { countries: ['KGZ', 'RUS'], countryMode: 'all' })).toEqual(['KGZ']);
    expect(shownProfiles([], { countries: ['RUS', 'KGZ'], countryMode: 'any' })).toEqual([]);
    expect(shownProfiles([], { countries: ['RUS', 'CHN'], countryMode: 'all' })).toEqual([]);
    expect(shownProfiles([], { countries: ['KAZ'], countryMode: 'all' })).toEqual([]);
  });
});

describe('relationsYears', () => {
  it('runs from 2000 to the current year', () => {
    expect(relationsYears(new Date('2031-05-01T12:00:00Z'))).toEqual([2000, 2031]);
  });
});
