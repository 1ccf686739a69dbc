/**
 * Shared state of the page as a rune class: the dataset, the UI language, the filters and the
 * selection. Views read `selection` and never filter on their own, so they always agree.
 *
 * Every write has one way in: components, the timeline player, the story and the address say what
 * the reader wants through the intent methods below; the fields themselves are read-only outside.
 */
import { getContext, setContext, untrack } from 'svelte';
import type { CoreDataset, Dataset, EventDetailsById, LoadedDataset, LoadedEvent } from '../lib/data/dataset.ts';
import { mergeDetails } from '../lib/data/eventDetails.ts';
import { retryableOnce } from './retryableOnce.ts';
import type { TextsStatus } from './eventTexts.ts';
import { defaultFilters, filterWithCounts, indexEvents, type CountedFacet, type EventFilters } from '../lib/data/filterEvents.ts';
import type { Country, Language, RelationsEvent } from '../lib/data/schema.ts';
import type { LaneMode, MainView } from '../lib/data/vocabulary.ts';
import { isPartner, type Partner } from '../lib/data/pairCounts.ts';
import { initiativeStatusesAt } from '../lib/data/initiativeStatus.ts';
import { dateToDay } from '../lib/time/calendarDay.ts';
import { translate } from '../lib/i18n/translate.ts';
import { DEFAULT_SORT, emptyCaption, MAX_COMPARE, type EmbedCaption, type TableSort, type UrlState } from '../lib/url/viewState.ts';
import type { SortKey } from '../lib/data/sortEvents.ts';

/** The part of the address this state holds (the presenter holds the story and step). */
export type AppViewState = Omit<UrlState, 'mode'>;

type OptionValue<F extends CountedFacet> = EventFilters[F][number];

export class AppState {
  /** The record as the page holds it: every event's core, with its texts once they have arrived. */
  #dataset: LoadedDataset = $state.raw({ countries: [], initiatives: [], events: [], stories: [], releases: [] });
  #full: Dataset | null = $state.raw(null);
  #texts: TextsStatus = $state('waiting');
  readonly #fetchTexts: (() => Promise<EventDetailsById>) | null;
  readonly countriesByCode: ReadonlyMap<string, Country>;

  /** Built again when the texts arrive, so the search reaches summaries (indexEvents reads them where present; its type predates the split). */
  index = $derived(indexEvents(this.#dataset.events as RelationsEvent[]));
  eventsById: ReadonlyMap<string, LoadedEvent> = $derived(new Map(this.#dataset.events.map((event) => [event.id, event])));

  #lang = $state<Language>('ru');
  #filters = $state<EventFilters>(defaultFilters());
  #selectedEventId = $state<string | null>(null);
  #view = $state<MainView>('map');
  #lanes = $state<LaneMode>('type');
  #compare = $state<Partner[]>([]);
  #sort = $state<TableSort>(DEFAULT_SORT);
  #caption = $state<EmbedCaption>(emptyCaption());
  #detailPanelWidth = $state(0);
  #embed = $state(false);

  /** The selection, the filter panel's option counts, the timeline's events and the relations grid come from one pass over the index. */
  #filtered = $derived.by(() => filterWithCounts(this.index, this.#filters));

  /** The events that pass the filters, by date. */
  selection: LoadedEvent[] = $derived(this.#filtered.events);

  /** Per facet (types, countries, initiatives, topics), the events each option would give: the filter panel's numbers. */
  optionCounts = $derived(this.#filtered.counts);

  #shownIgnoringDates: LoadedEvent[] = [];
  /**
   * The events that pass every filter but the date range: the timeline shows them all so the range
   * can be brushed over them, and marks those inside it (which are exactly `selection`). A brush move
   * gives the same events, and then the same array, so the timeline's layout is left untouched.
   */
  selectionIgnoringDates: LoadedEvent[] = $derived.by(() => {
    const next = this.#filtered.eventsIgnoringDates;
    const shown = this.#shownIgnoringDates;
    const same = next.length === shown.length && next.every((event, position) => event === shown[position]);
    return same ? shown : (this.#shownIgnoringDates = next);
  });

  /** Per Russia–partner pair and year, the events of the selection with the country filter left out: the relations grid. */
  pairYears = $derived(this.#filtered.pairYears);

  /** The day initiatives are shown as of: the end of the selected period, or today when it is open. */
  statusDay = $derived(this.#filters.to ?? dateToDay(new Date()));

  /** Each initiative's status on `statusDay` (null: not yet proposed then): the map and its legend draw it. */
  initiativeStatuses = $derived.by(() => initiativeStatusesAt(this.dataset.initiatives, this.statusDay));

  /** With the whole record (what the overloads promise when no loader is given); or with the cores and a way to fetch the texts. */
  constructor(dataset: Dataset);
  constructor(dataset: CoreDataset, loadTexts: () => Promise<EventDetailsById>);
  constructor(dataset: CoreDataset, loadTexts: (() => Promise<EventDetailsById>) | null = null) {
    this.#dataset = dataset;
    this.#fetchTexts = loadTexts && retryableOnce(loadTexts);
    this.#full = loadTexts ? null : (dataset as Dataset);
    this.#texts = loadTexts ? 'waiting' : 'loaded';
    this.countriesByCode = new Map(dataset.countries.map((country) => [country.iso3, country]));
  }

  get dataset(): LoadedDataset {
    return this.#dataset;
  }
  /** The whole record with every event's texts, or null until they have arrived (exports and print read it). */
  get fullDataset(): Dataset | null {
    return this.#full;
  }
  get texts(): TextsStatus {
    return this.#texts;
  }

  /** The filters in force; change them through the methods below. */
  get filters(): Readonly<EventFilters> {
    return this.#filters;
  }
  get lang(): Language {
    return this.#lang;
  }
  get selectedEventId(): string | null {
    return this.#selectedEventId;
  }
  /** What the main area shows: the map or the table of the selection. */
  get view(): MainView {
    return this.#view;
  }
  /** How the timeline groups events into lanes. */
  get lanes(): LaneMode {
    return this.#lanes;
  }
  /** Russia–partner pairs whose profiles the relations view shows side by side. */
  /** The embed's header and footer, as its address gives them. */
  get caption(): EmbedCaption {
    return this.#caption;
  }
  /** The table's order. */
  get sort(): TableSort {
    return this.#sort;
  }
  get compare(): readonly Partner[] {
    return this.#compare;
  }
  /** Width of the detail panel over the right of the page (0 while closed): the map centres events in what stays visible. */
  get detailPanelWidth(): number {
    return this.#detailPanelWidth;
  }
  /** The compact view for an article's iframe (`?embed`), fixed for the page's life. */
  get embed(): boolean {
    return this.#embed;
  }

  get selectedEvent(): LoadedEvent | null {
    return this.#selectedEventId ? (this.eventsById.get(this.#selectedEventId) ?? null) : null;
  }

  /** The state the address carries, as a plain snapshot. */
  get viewState(): AppViewState {
    return { filters: $state.snapshot(this.#filters), event: this.#selectedEventId, view: this.#view, lang: this.#lang, lanes: this.#lanes, compare: [...this.#compare], sort: { ...this.#sort }, caption: { ...this.#caption } };
  }

  /** UI string in the current language. */
  t = (key: string, params?: Record<string, string | number>): string => translate(this.#lang, key, params);

  // ── Intents ────────────────────────────────────────────────────────────────

  /** Opens an event (null closes it); an unknown id closes. */
  select(id: string | null): void {
    this.#selectedEventId = id !== null && this.eventsById.has(id) ? id : null;
    if (this.#selectedEventId !== null) void this.needTexts();
  }

  /** The reader needs the events' texts (an open event, the table, a search, an export): fetched once for every caller, again after a failure.
   * Resolves to the whole record, or null if the download failed. Untracked: intents run inside effects, which must not depend on it. */
  needTexts(): Promise<Dataset | null> {
    return untrack(() => {
      if (this.#full || !this.#fetchTexts) return Promise.resolve(this.#full);
      this.#texts = 'loading';
      return this.#fetchTexts()
        .then((details) => this.#full ?? this.receiveDetails(details))
        .catch((error: unknown) => {
          console.error(error);
          this.#texts = 'failed';
          return null;
        });
    });
  }

  /** The one way the texts come in: joined to the cores, they reach every view and the search. */
  receiveDetails(details: EventDetailsById): Dataset {
    this.#full = this.#dataset = mergeDetails(this.#dataset, details);
    this.#texts = 'loaded';
    return this.#full;
  }

  /**
   * Sets the date range (YYYY-MM-DD or null for an open end). Unchanged ends are not written: a
   * brush or a play frame shorter than a day then costs the views no redraw.
   */
  setDateRange(from: string | null, to: string | null): void {
    if (this.#filters.from !== from) this.#filters.from = from;
    if (this.#filters.to !== to) this.#filters.to = to;
  }

  /** Adds the option to its facet, or removes it when present. */
  toggleOption<F extends CountedFacet>(facet: F, value: OptionValue<F>): void {
    const current = this.#filters[facet] as OptionValue<F>[];
    const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
    (this.#filters[facet] as OptionValue<F>[]) = next;
  }

  /** Keeps only this option in its facet (null: none, i.e. all events). */
  setOnlyOption<F extends CountedFacet>(facet: F, value: OptionValue<F> | null): void {
    (this.#filters[facet] as OptionValue<F>[]) = value === null ? [] : [value];
  }

  setCountryMode(mode: EventFilters['countryMode']): void {
    this.#filters.countryMode = mode;
  }

  setSearchText(text: string): void {
    this.#filters.text = text;
    if (text.trim() !== '') void this.needTexts();
  }

  /** The events both countries take part in (the map's arcs, the pair rows). */
  showPair(a: string, b: string): void {
    this.#filters.countries = [a, b];
    this.#filters.countryMode = 'all';
  }

  /** The events of one Russia–partner pair in one calendar year (a cell of the relations grid). */
  showPairInYear(partner: Partner, year: number): void {
    this.showPair('RUS', partner);
    this.setDateRange(`${year}-01-01`, `${year}-12-31`);
  }

  /** The pair profiles to show side by side: unknown codes and repeats are dropped, at most MAX_COMPARE kept. */
  setCompare(codes: readonly string[]): void {
    const kept: Partner[] = [];
    for (const code of codes) if (isPartner(code) && !kept.includes(code)) kept.push(code);
    this.#compare = kept.slice(0, MAX_COMPARE);
  }

  /** The events of one initiative; `alone` also clears every other filter (a story step). */
  showInitiative(id: string, { alone = false }: { alone?: boolean } = {}): void {
    if (alone) this.#filters = { ...defaultFilters(), initiatives: [id] };
    else this.#filters.initiatives = [id];
  }

  resetFilters(): void {
    this.#filters = defaultFilters();
  }

  /** Puts back filters saved earlier (a story gives the reader's filters back when it ends). */
  restoreFilters(filters: EventFilters): void {
    this.#filters = { ...filters };
  }

  setView(view: MainView): void {
    this.#view = view;
  }

  setLanguage(lang: Language): void {
    this.#lang = lang;
  }

  setLanes(lanes: LaneMode): void {
    this.#lanes = lanes;
  }

  setDetailPanelWidth(width: number): void {
    this.#detailPanelWidth = width;
  }

  /** Applies what the address says (at start and on Back/Forward). The embed flag is read once, at start. */
  /** Orders the table by a column; the same column again turns the order round. */
  sortTable(key: SortKey): void {
    this.#sort = this.#sort.key === key ? { key, direction: this.#sort.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: 'ascending' };
  }

  applyUrlState(state: AppViewState & { mode?: { embed: boolean } }, { start = false }: { start?: boolean } = {}): void {
    if (start) this.#embed = state.mode?.embed ?? false;
    this.#filters = { ...state.filters };
    this.select(state.event);
    this.#view = state.view;
    this.#lang = state.lang;
    this.#lanes = state.lanes;
    this.setCompare(state.compare);
    this.#sort = state.sort ?? DEFAULT_SORT;
    this.#caption = state.caption ?? emptyCaption();
    if (state.filters.text.trim() !== '') void this.needTexts();
  }
}

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function getAppState(): AppState {
  return getContext<AppState>(KEY);
}

/** The context that makes `state` the page's AppState, for rendering a component on its own (tests). */
export function appStateContext(state: AppState): Map<symbol, AppState> {
  return new Map([[KEY, state]]);
}
