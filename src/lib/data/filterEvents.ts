/**
 * Filtering: the one place that decides which events are in the current selection, so the map,
 * the timeline and the table always agree. Events are indexed once (search text, day numbers) so a
 * filter update over 10,000 events is a single cheap pass.
 */
import type { EventType, RelationsEvent, Topic } from './schema.ts';
import { normalizeForSearch, searchTerms } from './searchText.ts';
import { eventDaySpan } from '../time/calendarDay.ts';

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

/** The facets whose options carry counts in the filter panel. */
export type CountedFacet = 'types' | 'countries' | 'initiatives' | 'topics';

/** One bit per facet, so a test can report which facets an event fails. */
const FACET_BIT: Record<Facet, number> = { types: 1, countries: 2, initiatives: 4, topics: 8, text: 16, dates: 32 };

function anyIn(list: readonly string[], wanted: ReadonlySet<string>): boolean {
  for (const value of list) if (wanted.has(value)) return true;
  return false;
}

/**
 * Compiles the filters into a test that returns the bits of the facets an entry fails, stopping at
 * `enough` failures. The filters are copied into plain Sets once: the app passes a deep `$state`
 * proxy, and reading it through the proxy for each of 10,000 events costs more than the test itself.
 */
function facetTest(filters: EventFilters, ignore?: Facet): (entry: IndexedEvent, enough: number) => number {
  // Each facet is read only when not ignored, so a reactive caller depends on the facets it uses.
  const types = new Set<string>(ignore === 'types' ? [] : filters.types);
  const countries = ignore === 'countries' ? [] : [...filters.countries];
  const everyCountry = countries.length > 0 && filters.countryMode === 'all';
  const countrySet = new Set(countries);
  const initiatives = new Set(ignore === 'initiatives' ? [] : filters.initiatives);
  const topics = new Set<string>(ignore === 'topics' ? [] : filters.topics);
  const terms = ignore === 'text' ? [] : searchTerms(filters.text);
  const from = ignore === 'dates' ? null : filters.from;
  const to = ignore === 'dates' ? null : filters.to;

  return (entry, enough) => {
    const { event } = entry;
    let failed = 0;
    let failures = 0;
    if (types.size > 0 && !types.has(event.type)) {
      failed |= FACET_BIT.types;
      if (++failures >= enough) return failed;
    }
    if (countrySet.size > 0) {
      const matches = everyCountry ? countries.every((code) => event.participants.includes(code)) : anyIn(event.participants, countrySet);
      if (!matches) {
        failed |= FACET_BIT.countries;
        if (++failures >= enough) return failed;
      }
    }
    if (initiatives.size > 0 && !anyIn(event.initiatives, initiatives)) {
      failed |= FACET_BIT.initiatives;
      if (++failures >= enough) return failed;
    }
    if (topics.size > 0 && !anyIn(event.topics, topics)) {
      failed |= FACET_BIT.topics;
      if (++failures >= enough) return failed;
    }
    if ((from !== null && entry.lastDay < from) || (to !== null && entry.firstDay > to)) {
      failed |= FACET_BIT.dates;
      if (++failures >= enough) return failed;
    }
    // The text search is the dearest test, so it runs last and only when its answer still matters.
    for (const term of terms) {
      if (!entry.searchText.includes(term)) {
        failed |= FACET_BIT.text;
        break;
      }
    }
    return failed;
  };
}

/** A predicate for the filters, with the work that depends only on the filters done once. */
export function eventMatcher(filters: EventFilters, ignore?: Facet): (entry: IndexedEvent) => boolean {
  const test = facetTest(filters, ignore);
  return (entry) => test(entry, 1) === 0;
}

/** The events that pass every filter (but `ignore`, if given), in the index's order (by date). */
export function filterEvents(index: readonly IndexedEvent[], filters: EventFilters, ignore?: Facet): RelationsEvent[] {
  const test = facetTest(filters, ignore);
  const result: RelationsEvent[] = [];
  for (const entry of index) if (test(entry, 1) === 0) result.push(entry.event);
  return result;
}

/** For each counted facet, how many events each of its options would give (see `filterWithCounts`). */
export type OptionCounts = Record<CountedFacet, Map<string, number>>;

export interface FilteredEvents {
  /** The events that pass every filter, by date (what `filterEvents` returns). */
  events: RelationsEvent[];
  /** The numbers shown beside filter options: per facet, with the other facets applied but its own left out. */
  counts: OptionCounts;
}

function countValues(counts: Map<string, number>, values: readonly string[]): void {
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/**
 * The selection and every facet's option counts in one pass over the index. An event that fails no
 * facet is selected and counts for every facet; one that fails exactly one facet still counts for
 * that facet's options (leaving the facet out would let it through); two failures count nowhere.
 */
export function filterWithCounts(index: readonly IndexedEvent[], filters: EventFilters): FilteredEvents {
  const test = facetTest(filters);
  const events: RelationsEvent[] = [];
  const counts: OptionCounts = { types: new Map(), countries: new Map(), initiatives: new Map(), topics: new Map() };
  for (const entry of index) {
    const failed = test(entry, 2);
    const { event } = entry;
    if (failed === 0) events.push(event);
    if (failed === 0 || failed === FACET_BIT.types) counts.types.set(event.type, (counts.types.get(event.type) ?? 0) + 1);
    if (failed === 0 || failed === FACET_BIT.countries) countValues(counts.countries, event.participants);
    if (failed === 0 || failed === FACET_BIT.initiatives) countValues(counts.initiatives, event.initiatives);
    if (failed === 0 || failed === FACET_BIT.topics) countValues(counts.topics, event.topics);
  }
  return { events, counts };
}

/**
 * How many events each option of one facet would give, with the other filters applied. The filter
 * panel takes all four facets at once from `filterWithCounts`.
 */
export function countByOption(index: readonly IndexedEvent[], filters: EventFilters, facet: CountedFacet): Map<string, number> {
  return filterWithCounts(index, filters).counts[facet];
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
