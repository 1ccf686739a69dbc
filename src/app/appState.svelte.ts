/**
 * Shared state of the page as a rune class: the dataset, the UI language, the filters and the
 * selection. Views read `selection` and never filter on their own, so they always agree.
 */
import { getContext, setContext } from 'svelte';
import type { Dataset } from '../lib/data/dataset.ts';
import { defaultFilters, filterEvents, filterWithCounts, indexEvents, type EventFilters } from '../lib/data/filterEvents.ts';
import type { LaneMode, MainView } from '../lib/data/urlState.ts';
import type { Country, Language, RelationsEvent } from '../lib/data/schema.ts';
import { translate } from '../lib/i18n/translate.ts';

export class AppState {
  readonly dataset: Dataset;
  readonly index;
  readonly countriesByCode: ReadonlyMap<string, Country>;
  readonly eventsById: ReadonlyMap<string, RelationsEvent>;

  lang = $state<Language>('ru');
  filters = $state<EventFilters>(defaultFilters());
  selectedEventId = $state<string | null>(null);
  /** What the main area shows: the map or the table of the selection. */
  view = $state<MainView>('map');
  /** How the timeline groups events into lanes. */
  lanes = $state<LaneMode>('type');
  /** Width of the detail panel over the right of the page (0 while closed): the map centres events in what stays visible. */
  detailPanelWidth = $state(0);
  /** The compact view for an article's iframe (`?embed`), fixed for the page's life. */
  embed = $state(false);

  /** The selection and the filter panel's option counts come from one pass over the index. */
  #filtered = $derived.by(() => filterWithCounts(this.index, this.filters));

  /** The events that pass the filters, by date. */
  selection = $derived(this.#filtered.events);

  /** Per facet (types, countries, initiatives, topics), the events each option would give: the filter panel's numbers. */
  optionCounts = $derived(this.#filtered.counts);

  /**
   * The events that pass every filter but the date range: the timeline shows them all so the range
   * can be brushed over them, and marks those inside it (which are exactly `selection`). It does not
   * read the range, so a brush move leaves it (and the timeline's layout) untouched.
   */
  selectionIgnoringDates = $derived.by(() => filterEvents(this.index, this.filters, 'dates'));

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    this.index = indexEvents(dataset.events);
    this.countriesByCode = new Map(dataset.countries.map((country) => [country.iso3, country]));
    this.eventsById = new Map(dataset.events.map((event) => [event.id, event]));
  }

  get selectedEvent(): RelationsEvent | null {
    return this.selectedEventId ? (this.eventsById.get(this.selectedEventId) ?? null) : null;
  }

  /** UI string in the current language. */
  t = (key: string, params?: Record<string, string | number>): string => translate(this.lang, key, params);

  selectEvent(id: string | null): void {
    this.selectedEventId = id !== null && this.eventsById.has(id) ? id : null;
  }
}

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function getAppState(): AppState {
  return getContext<AppState>(KEY);
}
