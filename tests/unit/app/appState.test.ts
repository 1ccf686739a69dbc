import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/app/appState.svelte.ts';
import { defaultFilters } from '../../../src/lib/data/filterEvents.ts';
import { fixtureDataset } from '../geo/mapFixtures.ts';

const dataset = fixtureDataset();
const someEvent = dataset.events[0];

describe('AppState intents', () => {
  it('toggleOption adds an option to its facet and removes it on the second call', () => {
    const app = new AppState(dataset);
    app.toggleOption('countries', 'KAZ');
    app.toggleOption('countries', 'UZB');
    expect(app.filters.countries).toEqual(['KAZ', 'UZB']);
    app.toggleOption('countries', 'KAZ');
    expect(app.filters.countries).toEqual(['UZB']);
  });

  it('setOnlyOption keeps one option, or none for null', () => {
    const app = new AppState(dataset);
    app.toggleOption('types', 'visit');
    app.toggleOption('types', 'summit');
    app.setOnlyOption('types', 'talks');
    expect(app.filters.types).toEqual(['talks']);
    app.setOnlyOption('types', null);
    expect(app.filters.types).toEqual([]);
  });

  it('setDateRange writes only the ends that change, so the same range twice leaves the filters object as it was', () => {
    const app = new AppState(dataset);
    app.setDateRange('2020-01-01', '2021-12-31');
    const before = app.filters;
    app.setDateRange('2020-01-01', '2021-12-31');
    expect(app.filters).toBe(before);
    expect([app.filters.from, app.filters.to]).toEqual(['2020-01-01', '2021-12-31']);
    app.setDateRange(null, null);
    expect([app.filters.from, app.filters.to]).toEqual([null, null]);
  });

  it('showPair filters to the events both countries take part in', () => {
    const app = new AppState(dataset);
    app.showPair('RUS', 'KAZ');
    expect(app.filters.countries).toEqual(['RUS', 'KAZ']);
    expect(app.filters.countryMode).toBe('all');
    for (const event of app.selection) expect(event.participants).toEqual(expect.arrayContaining(['RUS', 'KAZ']));
  });

  it('showPairInYear filters to the events of Russia and the partner within one calendar year', () => {
    const app = new AppState(dataset);
    app.toggleOption('types', 'visit');
    app.showPairInYear('KAZ', 2015);
    expect(app.filters).toMatchObject({ countries: ['RUS', 'KAZ'], countryMode: 'all', from: '2015-01-01', to: '2015-12-31', types: ['visit'] });
    for (const event of app.selection) expect(event.participants).toEqual(expect.arrayContaining(['RUS', 'KAZ']));
  });

  it('setCompare keeps up to three known partners, once each, in the order given', () => {
    const app = new AppState(dataset);
    app.setCompare(['UZB', 'KAZ', 'UZB', 'RUS', 'XYZ', 'TJK', 'KGZ']);
    expect(app.compare).toEqual(['UZB', 'KAZ', 'TJK']);
    app.setCompare([]);
    expect(app.compare).toEqual([]);
  });

  it('showInitiative keeps the other filters unless asked to stand alone', () => {
    const app = new AppState(dataset);
    app.toggleOption('types', 'summit');
    app.showInitiative('instc');
    expect(app.filters).toMatchObject({ types: ['summit'], initiatives: ['instc'] });
    app.showInitiative('instc', { alone: true });
    expect(app.filters).toEqual({ ...defaultFilters(), initiatives: ['instc'] });
  });

  it('resetFilters and restoreFilters replace every facet at once', () => {
    const app = new AppState(dataset);
    app.setSearchText('газ');
    app.setCountryMode('all');
    const saved = { ...defaultFilters(), topics: ['water' as const] };
    app.restoreFilters(saved);
    expect(app.filters).toEqual(saved);
    app.resetFilters();
    expect(app.filters).toEqual(defaultFilters());
  });

  it('select opens a known event and closes on an unknown id', () => {
    const app = new AppState(dataset);
    app.select(someEvent.id);
    expect(app.selectedEvent?.id).toBe(someEvent.id);
    app.select('no-such-event');
    expect(app.selectedEventId).toBeNull();
  });

  it('applyUrlState sets every part the address carries; the embed flag only at start', () => {
    const app = new AppState(dataset);
    const filters = { ...defaultFilters(), types: ['summit' as const] };
    app.applyUrlState({ filters, event: someEvent.id, view: 'table', lang: 'kk', lanes: 'pair', compare: ['KAZ', 'UZB'], sort: { key: 'place', direction: 'descending' }, caption: { title: 'T', description: '', notes: '', source: '' }, mode: { embed: true } }, { start: true });
    expect(app.viewState).toEqual({ filters, event: someEvent.id, view: 'table', lang: 'kk', lanes: 'pair', compare: ['KAZ', 'UZB'], sort: { key: 'place', direction: 'descending' }, caption: { title: 'T', description: '', notes: '', source: '' } });
    expect(app.embed).toBe(true);
    app.applyUrlState({ filters, event: null, view: 'map', lang: 'ru', lanes: 'type', compare: [], sort: { key: 'date', direction: 'ascending' }, caption: { title: '', description: '', notes: '', source: '' }, mode: { embed: false } });
    expect(app.embed).toBe(true);
    expect(app.view).toBe('map');
  });

  it('sortTable orders by a column and turns the order round on the same column', () => {
    const app = new AppState(dataset);
    app.sortTable('title');
    expect(app.sort).toEqual({ key: 'title', direction: 'ascending' });
    app.sortTable('title');
    expect(app.sort).toEqual({ key: 'title', direction: 'descending' });
    app.sortTable('place');
    expect(app.sort).toEqual({ key: 'place', direction: 'ascending' });
  });

  it('the selection follows the filters', () => {
    const app = new AppState(dataset);
    const all = app.selection.length;
    app.setOnlyOption('types', someEvent.type);
    expect(app.selection.length).toBeLessThanOrEqual(all);
    expect(app.selection.every((event) => event.type === someEvent.type)).toBe(true);
  });
});
