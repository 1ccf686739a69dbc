/**
 * Shared state of the page as a rune class: the dataset, the UI language, the filters and the
 * selection. Views read `selection` and never filter on their own, so they always agree.
 *
 * Every write has one way in: components, the timeline player, the story and the address say what
 * the reader wants through the intent methods below; the fields themselves are read-only outside.
 */
import { getContext, setContext } from 'svelte';
import type { Dataset } from '../lib/data/dataset.ts';
import { defaultFilters, filterEvents, filterWithCounts, indexEvents, type CountedFacet, type EventFilters } from '../lib/data/filterEvents.ts';
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
  readonly dataset: Dataset;
  readonly index;
  readonly countriesByCode: ReadonlyMap<string, Country>;
  readonly eventsById: ReadonlyMap<string, RelationsEvent>;

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

  /** The selection and the filter panel's option counts come from one pass over the index. */
  #filtered = $derived.by(() => filterWithCounts(this.index, this.#filters));

  /** The events that pass the filters, by date. */
  selection = $derived(this.#filtered.events);

  /** Per facet (types, countries, initiatives, topics), the events each option would give: the filter panel's numbers. */
  optionCounts = $derived(this.#filtered.counts);

  /**
   * The events that pass every filter but the date range: the timeline shows them all so the range
   * can be brushed over them, and marks those inside it (which are exactly `selection`). It does not
   * read the range, so a brush move leaves it (and the timeline's layout) untouched.
   */
  selectionIgnoringDates = $derived.by(() => filterEvents(this.index, this.#filters, 'dates'));

  /** The day initiatives are shown as of: the end of the selected period, or today when it is open. */
  statusDay = $derived(this.#filters.to ?? dateToDay(new Date()));

  /** Each initiative's status on `statusDay` (null: not yet proposed then): the map and its legend draw it. */
  initiativeStatuses = $derived.by(() => initiativeStatusesAt(this.dataset.initiatives, this.statusDay));

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    this.index = indexEvents(dataset.events);
    this.countriesByCode = new Map(dataset.countries.map((country) => [country.iso3, country]));
    this.eventsById = new Map(dataset.events.map((event) => [event.id, event]));
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

  get selectedEvent(): RelationsEvent | null {
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
