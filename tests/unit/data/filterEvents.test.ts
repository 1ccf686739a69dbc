import { makeEvent } from '../../support/eventFactory.ts';
import { describe, expect, it } from 'vitest';
import { countByOption, defaultFilters, eventMatcher, filterEvents, filterWithCounts, hasActiveFilters, indexEvents, type EventFilters } from '../../../src/lib/data/filterEvents.ts';
import type { RelationsEvent } from '../../../src/lib/data/schema.ts';
import { normalizeForSearch, searchTerms } from '../../../src/lib/data/searchText.ts';
import { countPairYearCells } from '../../../src/lib/data/pairCounts.ts';

/** Dated 2022-10-14 unless a test says otherwise. */
function event(id: string, overrides: Partial<RelationsEvent> = {}): RelationsEvent {
  return makeEvent({ id, date: '2022-10-14', ...overrides });
}

const events = [
  event('kaz-visit', { participants: ['RUS', 'KAZ'], type: 'visit', topics: ['energy'] }),
  event('uzb-energy', { date: '2023-03-02', participants: ['RUS', 'UZB'], type: 'agreement', topics: ['energy', 'nuclear'], initiatives: ['uzbek-npp'] }),
  event('summit', { date: '2025-10-09', participants: ['RUS', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'], type: 'summit', topics: ['politics', 'water'], initiatives: ['ca-russia-summits'], place: { name: { ru: 'Душанбе', en: 'Dushanbe', kk: 'Душанбе' }, lon: 68.8, lat: 38.6, country: 'TJK' } }),
  event('month-only', { date: '2019-05', datePrecision: 'month', participants: ['RUS', 'TKM'], type: 'talks', topics: ['trade'], title: { ru: 'Переговоры о газе', en: 'Gas talks', kk: 'Газ туралы келіссөздер' } }),
  event('kk-title', { date: '2021-01-20', participants: ['RUS', 'KAZ'], type: 'statement', title: { ru: 'Заявление', en: 'Statement', kk: 'Мәлімдеме Қазақстан' }, topics: ['politics'] }),
];
const index = indexEvents(events);
const ids = (filters: Partial<EventFilters>) => filterEvents(index, { ...defaultFilters(), ...filters }).map((item) => item.id);

describe('filterEvents', () => {
  it('keeps every event when no filter is set', () => {
    expect(ids({})).toEqual(events.map((item) => item.id));
  });

  it('keeps an event when any participant matches the country filter', () => {
    expect(ids({ countries: ['UZB', 'TKM'] })).toEqual(['uzb-energy', 'summit', 'month-only']);
  });

  it('in pair mode keeps only events where every chosen country takes part', () => {
    expect(ids({ countries: ['RUS', 'UZB'], countryMode: 'all' })).toEqual(['uzb-energy', 'summit']);
    expect(ids({ countries: ['KAZ', 'UZB'], countryMode: 'all' })).toEqual(['summit']);
  });

  it('keeps the chosen event types, initiatives and topics', () => {
    expect(ids({ types: ['summit', 'talks'] })).toEqual(['summit', 'month-only']);
    expect(ids({ initiatives: ['uzbek-npp'] })).toEqual(['uzb-energy']);
    expect(ids({ topics: ['water', 'trade'] })).toEqual(['summit', 'month-only']);
  });

  it('combines facets: Russia and Uzbekistan on energy since 2022', () => {
    expect(ids({ countries: ['RUS', 'UZB'], countryMode: 'all', topics: ['energy'], from: '2022-01-01' })).toEqual(['uzb-energy']);
  });

  it('treats date bounds as inclusive days', () => {
    expect(ids({ from: '2022-10-14', to: '2022-10-14' })).toEqual(['kaz-visit']);
    expect(ids({ from: '2022-10-15', to: '2023-03-01' })).toEqual([]);
  });

  it('keeps a month-precision event for a range that touches any day of its month', () => {
    expect(ids({ from: '2019-05-31', to: '2019-06-30' })).toEqual(['month-only']);
    expect(ids({ from: '2019-04-01', to: '2019-05-01' })).toEqual(['month-only']);
    expect(ids({ from: '2019-06-01' })).not.toContain('month-only');
  });

  it('finds "Душанбе", "dushanbe" and "DUSHANBE" alike', () => {
    for (const query of ['Душанбе', 'dushanbe', 'DUSHANBE', '  душанбе ']) expect(ids({ text: query })).toEqual(['summit']);
  });

  it('searches Kazakh text, case-insensitively, with Kazakh letters kept distinct', () => {
    expect(ids({ text: 'ҚАЗАҚСТАН' })).toEqual(['kk-title']);
    expect(ids({ text: 'келіссөздер' })).toEqual(['month-only']);
    expect(ids({ text: 'казакстан' })).toEqual([]);
  });

  it('requires every word of the query', () => {
    expect(ids({ text: 'gas talks' })).toEqual(['month-only']);
    expect(ids({ text: 'gas summit' })).toEqual([]);
  });
});

describe('normalizeForSearch', () => {
  it('drops case and diacritics and reads ё as е', () => {
    expect(normalizeForSearch('Ёлка Café  ÖZBEK')).toBe('елка cafe ozbek');
    expect(searchTerms('  Nur-Sultan   Астана ')).toEqual(['nur-sultan', 'астана']);
  });
});

describe('countByOption', () => {
  it('counts each option with the other facets applied but its own left out', () => {
    const filters = { ...defaultFilters(), types: ['summit' as const], topics: ['politics' as const] };
    const byType = countByOption(index, filters, 'types');
    expect(byType.get('summit')).toBe(1);
    expect(byType.get('statement')).toBe(1);
    expect(byType.get('visit')).toBeUndefined();
    const byCountry = countByOption(index, filters, 'countries');
    expect(byCountry.get('KAZ')).toBe(1);
    expect(byCountry.get('UZB')).toBe(1);
  });

  it('counts every topic an event carries', () => {
    const byTopic = countByOption(index, defaultFilters(), 'topics');
    expect(byTopic.get('energy')).toBe(2);
    expect(byTopic.get('nuclear')).toBe(1);
  });
});

describe('filterWithCounts', () => {
  const combinations: Partial<EventFilters>[] = [
    {},
    { types: ['summit', 'visit'] },
    { countries: ['KAZ', 'UZB'], countryMode: 'all' },
    { countries: ['TKM'], topics: ['trade', 'energy'] },
    { initiatives: ['uzbek-npp'], from: '2020-01-01' },
    { types: ['statement'], text: 'Қазақстан', to: '2024-01-01' },
    { topics: ['politics'], from: '2019-05-20', to: '2019-05-31' },
  ];

  it.each(combinations)('gives the same selection and counts as filtering each facet on its own (%o)', (partial) => {
    const filters = { ...defaultFilters(), ...partial };
    const { events: selected, counts } = filterWithCounts(index, filters);
    expect(selected).toEqual(filterEvents(index, filters));
    for (const facet of ['types', 'countries', 'initiatives', 'topics'] as const) {
      const expected = new Map<string, number>();
      for (const entry of index.filter(eventMatcher(filters, facet))) {
        const values = facet === 'types' ? [entry.event.type] : facet === 'countries' ? entry.event.participants : entry.event[facet];
        for (const value of values) expected.set(value, (expected.get(value) ?? 0) + 1);
      }
      expect(counts[facet]).toEqual(expected);
    }
  });
});

describe('filterWithCounts, the timeline and the relations grid', () => {
  it.each([{}, { types: ['visit', 'statement'] }, { countries: ['UZB'], from: '2022-01-01' }, { topics: ['politics'], to: '2022-01-01' }, { text: 'газ', from: '2020-01-01' }] as Partial<EventFilters>[])(
    'gives the events without the date range and the pair-year grid without the countries in the same pass (%o)',
    (partial) => {
      const filters = { ...defaultFilters(), ...partial };
      const { eventsIgnoringDates, pairYears } = filterWithCounts(index, filters);
      expect(eventsIgnoringDates).toEqual(filterEvents(index, filters, 'dates'));
      expect(pairYears.cells(2018, 2026)).toEqual(countPairYearCells(filterEvents(index, filters, 'countries'), 2018, 2026));
    },
  );

  it('counts a pair-year cell from the events that pass every filter but the countries', () => {
    const filters = { ...defaultFilters(), countries: ['TKM'], countryMode: 'all' as const, topics: ['politics' as const, 'energy' as const] };
    const { events: selected, pairYears } = filterWithCounts(index, filters);
    expect(selected.map((item) => item.id)).toEqual(['summit']);
    const grid = pairYears.cells(2021, 2025);
    expect(grid.KAZ.map((cell) => cell.count)).toEqual([1, 1, 0, 0, 1]);
    expect(grid.KAZ[1].types).toEqual({ visit: 1 });
    expect(grid.UZB.map((cell) => cell.count)).toEqual([0, 0, 1, 0, 1]);
    expect(grid.TKM.map((cell) => cell.count)).toEqual([0, 0, 0, 0, 1]);
  });

  it('keeps nothing when "all" names a country no event has', () => {
    const { events: selected, counts } = filterWithCounts(index, { ...defaultFilters(), countries: ['KAZ', 'ARM'], countryMode: 'all' });
    expect(selected).toEqual([]);
    expect(counts.types.size).toBe(0);
    expect(counts.countries.get('KAZ')).toBe(3);
  });
});

describe('filterEvents ignoring a facet', () => {
  it('keeps events outside the date range when the dates are ignored, and applies the rest', () => {
    const filters = { ...defaultFilters(), countries: ['KAZ'], from: '2022-01-01' };
    expect(filterEvents(index, filters).map((item) => item.id)).toEqual(['kaz-visit', 'summit']);
    expect(filterEvents(index, filters, 'dates').map((item) => item.id)).toEqual(['kaz-visit', 'summit', 'kk-title']);
  });
});

describe('hasActiveFilters', () => {
  it('is false for the defaults and true once any facet is set', () => {
    expect(hasActiveFilters(defaultFilters())).toBe(false);
    expect(hasActiveFilters({ ...defaultFilters(), to: '2020-01-01' })).toBe(true);
    expect(hasActiveFilters({ ...defaultFilters(), text: '   ' })).toBe(false);
  });
});
