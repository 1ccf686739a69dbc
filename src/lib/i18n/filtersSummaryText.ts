/**
 * The filters in one line for a picture or a handout that leaves the page ("Казахстан, Узбекистан ·
 * Многосторонний саммит · 1 января 2022 г. – 31 декабря 2025 г."): values only, they speak for themselves.
 */
import type { Dataset } from '../data/dataset.ts';
import type { EventFilters } from '../data/filterEvents.ts';
import type { Language } from '../data/schema.ts';
import { formatEventDate } from '../time/formatEventDate.ts';
import { textIn } from '../data/localizedText.ts';
import { translate } from './translate.ts';

export function filtersSummaryText(filters: EventFilters, lang: Language, dataset: Pick<Dataset, 'countries' | 'initiatives'>): string {
  const parts: string[] = [];
  const countryName = (code: string) => {
    const country = dataset.countries.find((candidate) => candidate.iso3 === code);
    return country ? textIn(country.name, lang) : code;
  };
  if (filters.countries.length > 0) parts.push(filters.countries.map(countryName).join(filters.countryMode === 'all' ? ' + ' : ', '));
  if (filters.types.length > 0) parts.push(filters.types.map((type) => translate(lang, `eventTypes.${type}`)).join(', '));
  if (filters.initiatives.length > 0) {
    const names = filters.initiatives.map((id) => {
      const initiative = dataset.initiatives.find((candidate) => candidate.id === id);
      return initiative ? textIn(initiative.name, lang) : id;
    });
    parts.push(names.join(', '));
  }
  if (filters.topics.length > 0) parts.push(filters.topics.map((topic) => translate(lang, `topics.${topic}`)).join(', '));
  if (filters.text.trim() !== '') parts.push(`«${filters.text.trim()}»`);
  if (filters.from !== null || filters.to !== null) {
    const day = (date: string) => formatEventDate({ date, datePrecision: 'day' }, lang);
    parts.push(`${filters.from !== null ? day(filters.from) : '…'} – ${filters.to !== null ? day(filters.to) : '…'}`);
  }
  return parts.length > 0 ? parts.join(' · ') : translate(lang, 'exporting.filtersNone');
}
