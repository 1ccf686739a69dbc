/**
 * What the relations view's PNG shows, read from the page's state in the reader's language: the
 * grid's counts (the selection without the country filter, as on screen), the open profiles and
 * the words around them.
 */
import type { AppState } from './appState.svelte.ts';
import type { MapPictureText } from './exportMapPng.ts';
import { countColorScale, EMPTY_CELL_COLOR, textColorOn } from '../lib/chart/countColorScale.ts';
import type { RelationsPictureInput } from '../lib/chart/relationsPicture.ts';
import { filterEvents } from '../lib/data/filterEvents.ts';
import { textIn } from '../lib/data/localizedText.ts';
import { countPairYearCells, maxCellCount, PARTNERS, type Partner } from '../lib/data/pairCounts.ts';
import { levelRank, levelSteps, pairProfile, relationsYears, shownProfiles } from '../lib/data/pairProfile.ts';
import { placeNameAt } from '../lib/data/placeName.ts';
import { RELATION_LEVELS } from '../lib/data/vocabulary.ts';
import { filtersSummaryText } from '../lib/i18n/filtersSummaryText.ts';
import { formatEventDate } from '../lib/time/formatEventDate.ts';

/** A square swatch centred on 0,0 for the picture's key. */
const SWATCH = 'M-6,-6h12v12h-12z';

export function relationsPictureParts(app: AppState): { input: Omit<RelationsPictureInput, 'measure'>; text: MapPictureText } {
  const years = relationsYears();
  const events = filterEvents(app.index, app.filters, 'countries');
  const grid = countPairYearCells(events, years[0], years[1]);
  const max = maxCellCount(grid);
  const color = countColorScale(max);
  const fill = (count: number) => (count > 0 ? color(count) : EMPTY_CELL_COLOR);
  const country = (code: string) => {
    const found = app.countriesByCode.get(code);
    return found ? textIn(found.name, app.lang) : code;
  };
  const pairName = (partner: Partner) => `${country('RUS')}–${country(partner)}`;
  const initiativeName = (id: string) => {
    const initiative = app.dataset.initiatives.find((candidate) => candidate.id === id);
    return initiative ? textIn(initiative.name, app.lang) : id;
  };

  const profiles = shownProfiles(app.compare, app.filters).map((partner) => pairProfile(events, partner, years[0], years[1]));
  const barMax = Math.max(1, ...profiles.flatMap((profile) => profile.perYear.map((row) => row.count)));
  const { from, to } = app.filters;
  const period = from !== null || to !== null ? ([from ? Number(from.slice(0, 4)) : years[0], to ? Number(to.slice(0, 4)) : years[1]] as const) : null;
  const input: Omit<RelationsPictureInput, 'measure'> = {
    years,
    rows: PARTNERS.map((partner) => ({ label: pairName(partner), counts: grid[partner].map((cell) => cell.count) })),
    fill,
    textOn: textColorOn,
    period,
    barMax,
    profiles: profiles.map((profile) => {
      const last = profile.lastContact;
      const { visit, talks, summit } = profile.contacts;
      return {
        name: pairName(profile.partner),
        total: app.t('eventCount', { count: profile.total }),
        levelNames: RELATION_LEVELS.map((level) => app.t(`relations.levels.${level}`)),
        levels: levelSteps(app.dataset.events, profile.partner).map((step) => ({ date: step.date, rank: levelRank(step.level) })),
        levelTitle: app.t('relations.level'),
        perYear: profile.perYear,
        perYearTitle: app.t('relations.perYear'),
        lines: [
          `${app.t('relations.contacts')}: ${app.t('eventTypes.visit')} ${visit} · ${app.t('eventTypes.talks')} ${talks} · ${app.t('eventTypes.summit')} ${summit}`,
          `${app.t('relations.lastContact')}: ${last ? `${formatEventDate(last, app.lang)} — ${textIn(last.title, app.lang)}` : '—'}`,
          `${app.t('relations.places')}: ${profile.places.map(({ place, count, date }) => `${textIn(placeNameAt(place, date, app.countriesByCode), app.lang)} ${count}`).join(' · ') || '—'}`,
          `${app.t('relations.initiatives')}: ${profile.initiatives.map(({ id, count }) => `${initiativeName(id)} ${count}`).join(' · ') || '—'}`,
        ],
      };
    }),
  };

  const keyCounts = [...new Set([1, Math.round(max / 4), Math.round(max / 2), max])].filter((count) => count >= 1 && count <= Math.max(1, max));
  const text: MapPictureText = {
    title: `${app.t('appTitle')}: ${app.t('relations.title')}`,
    subtitle: filtersSummaryText({ ...app.filters, countries: [] }, app.lang, app.dataset),
    attribution: app.t('exporting.attribution'),
    legend: [{ path: '', color: '#ffffff', label: app.t('relations.pictureKey') }, ...keyCounts.map((count) => ({ path: SWATCH, color: fill(count), label: String(count) }))],
    made: formatEventDate({ date: new Date().toISOString().slice(0, 10), datePrecision: 'day' }, app.lang),
  };
  return { input, text };
}
