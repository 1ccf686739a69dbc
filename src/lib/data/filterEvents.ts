/**
 * Filtering: the one place that decides which events are in the current selection, so the map,
 * the timeline and the table always agree. Events are indexed once (search text, day numbers) so a
 * filter update over 10,000 events is a single cheap pass.
 */
import type { EventType, RelationsEvent, Topic } from './schema.ts';
import { normalizeForSearch, searchTerms } from './searchText.ts';
import { eventDaySpan } from '../time/calendarDay.ts';
import { pairMaskOf, PairYearTally, typeIndexOf } from './pairCounts.ts';

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
  /** The calendar year of `event.date`: the relations grid's column. */
  year: number;
  /** The Russia–partner pairs the event belongs to (`pairMaskOf`). */
  pairs: number;
  /** The type's position in EVENT_TYPES (`typeIndexOf`). */
  typeIndex: number;
  /** The event's type, countries, initiatives and topics as option codes (see `OPTION_CODES`), so a filter pass counts into typed arrays. */
  codes: Record<CountedFacet, readonly number[]>;
}

/** The facets whose options carry counts in the filter panel. */
export type CountedFacet = 'types' | 'countries' | 'initiatives' | 'topics';
const COUNTED_FACETS: readonly CountedFacet[] = ['types', 'countries', 'initiatives', 'topics'];

/**
 * Every option value met so far, numbered per facet (append-only, shared by every index): a filter
 * pass counts options in an Int32Array by code instead of a Map by string.
 */
class OptionCodes {
  readonly values: string[] = [];
  readonly #codes = new Map<string, number>();
  codeOf(value: string): number {
    let code = this.#codes.get(value);
    if (code === undefined) this.#codes.set(value, (code = this.values.push(value) - 1));
    return code;
  }
  /** The code of a value, or -1 if no event has it. */
  find(value: string): number {
    return this.#codes.get(value) ?? -1;
  }
}
const OPTION_CODES: Record<CountedFacet, OptionCodes> = { types: new OptionCodes(), countries: new OptionCodes(), initiatives: new OptionCodes(), topics: new OptionCodes() };

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
  return events.map((event) => ({
    event,
    searchText: searchableText(event),
    ...eventDaySpan(event),
    year: Number(event.date.slice(0, 4)),
    pairs: pairMaskOf(event.participants),
    typeIndex: typeIndexOf(event.type),
    codes: {
      types: [OPTION_CODES.types.codeOf(event.type)],
      countries: event.participants.map((code) => OPTION_CODES.countries.codeOf(code)),
      initiatives: event.initiatives.map((id) => OPTION_CODES.initiatives.codeOf(id)),
      topics: event.topics.map((topic) => OPTION_CODES.topics.codeOf(topic)),
    },
  }));
}

/** Facets a filter can leave out, so option counts can be computed "as if this facet were unset". */
export type Facet = CountedFacet | 'text' | 'dates';

/** One bit per facet, so a test can report which facets an event fails. */
const FACET_BIT: Record<Facet, number> = { types: 1, countries: 2, initiatives: 4, topics: 8, text: 16, dates: 32 };

/** The chosen options of a facet as a flag per option code (null when the facet keeps everything). */
function wantedCodes(facet: CountedFacet, values: readonly string[]): Uint8Array | null {
  if (values.length === 0) return null;
  const wanted = new Uint8Array(OPTION_CODES[facet].values.length);
  for (const value of values) {
    const code = OPTION_CODES[facet].find(value);
    if (code >= 0) wanted[code] = 1;
  }
  return wanted;
}

function anyWanted(codes: readonly number[], wanted: Uint8Array): boolean {
  for (const code of codes) if (wanted[code] === 1) return true;
  return false;
}

/**
 * Compiles the filters into a test that returns the bits of the facets an entry fails, stopping at
 * `enough` failures. The filters are read once into flags by option code: the app passes a deep
 * `$state` proxy, and reading it through the proxy for each of 10,000 events costs more than the test itself.
 */
function facetTest(filters: EventFilters, ignore?: Facet): (entry: IndexedEvent, enough: number) => number {
  // Each facet is read only when not ignored, so a reactive caller depends on the facets it uses.
  const types = wantedCodes('types', ignore === 'types' ? [] : filters.types);
  const countries = ignore === 'countries' ? [] : [...filters.countries];
  const anyCountry = countries.length > 0 && filters.countryMode === 'all' ? null : wantedCodes('countries', countries);
  // "all": every chosen country must take part; one that no event has leaves nothing (code -1).
  const everyCountry = anyCountry === null && countries.length > 0 ? [...new Set(countries)].map((code) => OPTION_CODES.countries.find(code)) : null;
  const initiatives = wantedCodes('initiatives', ignore === 'initiatives' ? [] : filters.initiatives);
  const topics = wantedCodes('topics', ignore === 'topics' ? [] : filters.topics);
  const terms = ignore === 'text' ? [] : searchTerms(filters.text);
  const from = ignore === 'dates' ? null : filters.from;
  const to = ignore === 'dates' ? null : filters.to;

  return (entry, enough) => {
    const { codes } = entry;
    let failed = 0;
    let failures = 0;
    if (types !== null && types[codes.types[0]] !== 1) {
      failed |= FACET_BIT.types;
      if (++failures >= enough) return failed;
    }
    if (anyCountry !== null || everyCountry !== null) {
      const matches = everyCountry !== null ? everyCountry.every((code) => codes.countries.includes(code)) : anyWanted(codes.countries, anyCountry!);
      if (!matches) {
        failed |= FACET_BIT.countries;
        if (++failures >= enough) return failed;
      }
    }
    if (initiatives !== null && !anyWanted(codes.initiatives, initiatives)) {
      failed |= FACET_BIT.initiatives;
      if (++failures >= enough) return failed;
    }
    if (topics !== null && !anyWanted(codes.topics, topics)) {
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
  /** The events that pass every filter but the date range, by date: the timeline shows them so a range can be brushed over them. */
  eventsIgnoringDates: RelationsEvent[];
  /** Per Russia–partner pair and year, the events that pass every filter but the countries: the relations grid. */
  pairYears: PairYearTally;
}

/** The first and last year of an index's events, worked out once per index. */
const yearSpans = new WeakMap<readonly IndexedEvent[], [number, number]>();
function yearSpan(index: readonly IndexedEvent[]): [number, number] {
  let span = yearSpans.get(index);
  if (!span) {
    span = [Infinity, -Infinity];
    for (const { year } of index) span = [Math.min(span[0], year), Math.max(span[1], year)];
    yearSpans.set(index, span);
  }
  return span;
}

/**
 * The selection, every facet's option counts, the timeline's events (dates left out) and the
 * relations grid (countries left out) in one pass over the index. An event that fails no facet is
 * selected and counts everywhere; one that fails exactly one facet still counts where that facet is
 * left out (leaving it out would let the event through); two failures count nowhere.
 */
export function filterWithCounts(index: readonly IndexedEvent[], filters: EventFilters): FilteredEvents {
  const test = facetTest(filters);
  const events: RelationsEvent[] = [];
  const eventsIgnoringDates: RelationsEvent[] = [];
  const [firstYear, lastYear] = yearSpan(index);
  const pairYears = new PairYearTally(firstYear, lastYear);
  const tallies = COUNTED_FACETS.map((facet) => new Int32Array(OPTION_CODES[facet].values.length));
  const [types, countries, initiatives, topics] = tallies;
  for (const entry of index) {
    const failed = test(entry, 2);
    const { codes } = entry;
    if (failed === 0) {
      events.push(entry.event);
      eventsIgnoringDates.push(entry.event);
      pairYears.add(entry.year, entry.pairs, entry.typeIndex);
    } else if (failed === FACET_BIT.dates) eventsIgnoringDates.push(entry.event);
    else if (failed === FACET_BIT.countries) pairYears.add(entry.year, entry.pairs, entry.typeIndex);
    // Unrolled: this loop runs for every event on every filter change.
    if (failed === 0 || failed === FACET_BIT.types) types[codes.types[0]] += 1;
    if (failed === 0 || failed === FACET_BIT.countries) for (let at = 0; at < codes.countries.length; at++) countries[codes.countries[at]] += 1;
    if (failed === 0 || failed === FACET_BIT.initiatives) for (let at = 0; at < codes.initiatives.length; at++) initiatives[codes.initiatives[at]] += 1;
    if (failed === 0 || failed === FACET_BIT.topics) for (let at = 0; at < codes.topics.length; at++) topics[codes.topics[at]] += 1;
  }
  const counts = {} as OptionCounts;
  COUNTED_FACETS.forEach((facet, position) => {
    const found = new Map<string, number>();
    tallies[position].forEach((count, code) => {
      if (count > 0) found.set(OPTION_CODES[facet].values[code], count);
    });
    counts[facet] = found;
  });
  return { events, counts, eventsIgnoringDates, pairYears };
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
