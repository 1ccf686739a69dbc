/**
 * Filtering: the one place that decides which events are in the current selection, so the map,
 * the timeline and the table always agree. Events are indexed once (search text, day numbers) so a
 * filter update over 10,000 events is a single cheap pass.
 */
import type { EventType, RelationsEvent, Topic } from './schema.ts';
import { normalizeForSearch, searchTerms } from './searchText.ts';

export interface EventFilters {
  /** Event types to keep; empty keeps all. */
  types: EventType[];
  /** Countries (alpha-3); empty keeps all. */
  countries: string[];
  /** "any": an event matches if any chosen country takes part; "all": only if every chosen one does (a pair). */
  countryMode: 'any' | 'all';
  /** Initiative ids; empty keeps all. */
  initiatives: string[];
  /** Topics; empty keeps all. */
  topics: Topic[];
  /** Free text over titles, summaries, quotes, places and people in ru/en/kk. */
  text: string;
  /** First day of the date range (YYYY-MM-DD), inclusive; null = open. */
  from: string | null;
  /** Last day of the date range (YYYY-MM-DD), inclusive; null = open. */
  to: string | null;
}

export function defaultFilters(): EventFilters {
  return { types: [], countries: [], countryMode: 'any', initiatives: [], topics: [], text: '', from: null, to: null };
}

export interface IndexedEvent {
  event: RelationsEvent;
  /** Normalised text of everything searchable. */
  searchText: string;
  /** First and last day as YYYY-MM-DD strings (a month-precision event spans its month). */
  firstDay: string;
  lastDay: string;
}

/** First and last day an event covers, widening month and year precision to the whole period. */
export function eventDaySpan(event: Pick<RelationsEvent, 'date' | 'endDate'>): { firstDay: string; lastDay: string } {
  const { date, endDate } = event;
  if (date.length === 10) return { firstDay: date, lastDay: endDate ?? date };
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { firstDay: `${date}-01`, lastDay: endDate ?? `${date}-${String(lastOfMonth).padStart(2, '0')}` };
  }
  return { firstDay: `${date}-01-01`, lastDay: endDate ?? `${date}-12-31` };
}

function searchableText(event: RelationsEvent): string {
  const parts: string[] = [];
  const addLocalized = (text: { ru: string; en: string; kk?: string } | undefined) => {
    if (text) parts.push(text.ru, text.en, text.kk ?? '');
  };
  addLocalized(event.title);
  addLocalized(event.summary);
  addLocalized(event.place.name);
  for (const person of event.people ?? []) addLocalized(person.name);
  for (const quote of event.quotes ?? []) {
    parts.push(quote.text, quote.translation.ru ?? '', quote.translation.en ?? '', quote.translation.kk ?? '');
    addLocalized(quote.speaker);
  }
  return normalizeForSearch(parts.join(' \u0001 '));
}

export function indexEvents(events: RelationsEvent[]): IndexedEvent[] {
  return events.map((event) => ({ event, searchText: searchableText(event), ...eventDaySpan(event) }));
}

/** Facets a filter can leave out, so option counts can be computed "as if this facet were unset". */
export type Facet = 'types' | 'countries' | 'initiatives' | 'topics' | 'text' | 'dates';

function overlaps(list: readonly string[], wanted: readonly string[]): boolean {
  for (const value of wanted) if (list.includes(value)) return true;
  return false;
}

/** A predicate for the filters, with the work that depends only on the filters done once. */
export function eventMatcher(filters: EventFilters, ignore?: Facet): (entry: IndexedEvent) => boolean {
  const terms = ignore === 'text' ? [] : searchTerms(filters.text);
  const types = ignore === 'types' ? [] : filters.types;
  const countries = ignore === 'countries' ? [] : filters.countries;
  const initiatives = ignore === 'initiatives' ? [] : filters.initiatives;
  const topics = ignore === 'topics' ? [] : filters.topics;
  const from = ignore === 'dates' ? null : filters.from;
  const to = ignore === 'dates' ? null : filters.to;
  const everyCountry = filters.countryMode === 'all';

  return (entry) => {
    const { event } = entry;
    if (types.length > 0 && !types.includes(event.type)) return false;
    if (countries.length > 0) {
      const matches = everyCountry
        ? countries.every((code) => event.participants.includes(code))
        : overlaps(event.participants, countries);
      if (!matches) return false;
    }
    if (initiatives.length > 0 && !overlaps(event.initiatives, initiatives)) return false;
    if (topics.length > 0 && !overlaps(event.topics, topics)) return false;
    if (from !== null && entry.lastDay < from) return false;
    if (to !== null && entry.firstDay > to) return false;
    for (const term of terms) if (!entry.searchText.includes(term)) return false;
    return true;
  };
}

/** The events that pass every filter, in the index's order (by date). */
export function filterEvents(index: readonly IndexedEvent[], filters: EventFilters): RelationsEvent[] {
  const matches = eventMatcher(filters);
  const result: RelationsEvent[] = [];
  for (const entry of index) if (matches(entry)) result.push(entry.event);
  return result;
}

/**
 * How many events each option of a facet would give, with the other filters applied:
 * the numbers shown beside filter options.
 */
export function countByOption(
  index: readonly IndexedEvent[],
  filters: EventFilters,
  facet: 'types' | 'countries' | 'initiatives' | 'topics',
): Map<string, number> {
  const matches = eventMatcher(filters, facet);
  const counts = new Map<string, number>();
  const valuesOf = (event: RelationsEvent): readonly string[] =>
    facet === 'types' ? [event.type] : facet === 'countries' ? event.participants : event[facet];
  for (const entry of index) {
    if (!matches(entry)) continue;
    for (const value of valuesOf(entry.event)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export function hasActiveFilters(filters: EventFilters): boolean {
  return (
    filters.types.length > 0 ||
    filters.countries.length > 0 ||
    filters.initiatives.length > 0 ||
    filters.topics.length > 0 ||
    filters.text.trim() !== '' ||
    filters.from !== null ||
    filters.to !== null
  );
}
