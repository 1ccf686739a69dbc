/**
 * The view as a query string and back: the one list of the address's parameters and the one parser.
 * Parsing never throws: every parameter is decoded and checked on its own, anything unknown,
 * malformed or too long is dropped and reported, and the rest is kept. Keys are only compared with
 * fixed names (a switch), never used to build objects.
 *
 *   type country mode initiative topic q from to   the filters
 *   event view lang lanes compare sort             what is open and how it is shown
 *   embed story step present                       how the page is shown (compact, presenting)
 *   title desc notes source                        the journalist's header and footer of an embed
 *   #lesson=<code>                                 the fragment: a teacher's lesson (lib/story/lessonCodec.ts)
 */
import { defaultFilters, type EventFilters } from '../data/filterEvents.ts';
import { EVENT_TYPES, LANE_MODES, LANGUAGES, TOPICS, VIEWS, type EventType, type LaneMode, type Language, type MainView, type Topic } from '../data/vocabulary.ts';
import { validDay } from '../time/calendarDay.ts';
import { SORT_KEYS, type SortDirection, type SortKey } from '../data/sortEvents.ts';
import { isPartner, type Partner } from '../data/pairCounts.ts';

/** How the page is shown rather than what it shows. */
/** An embed's own words, set in the share dialog and carried in the embed's address. */
export interface EmbedCaption {
  title: string;
  description: string;
  notes: string;
  source: string;
}
export function emptyCaption(): EmbedCaption {
  return { title: '', description: '', notes: '', source: '' };
}
const CAPTION_PARAMS = { title: 'title', desc: 'description', notes: 'notes', source: 'source' } as const;

/** The table's order. */
export interface TableSort {
  key: SortKey;
  direction: SortDirection;
}
export const DEFAULT_SORT: TableSort = { key: 'date', direction: 'ascending' };

export interface ViewMode {
  /** The compact view for an article's iframe. */
  embed: boolean;
  /** A story of data/stories being presented. */
  story: string | null;
  /** The current selection being presented. */
  present: boolean;
  /** Zero-based step of the story or presentation (the address says 1 for the first). */
  step: number;
}

/** Everything the address can say about the view. */
export interface UrlState {
  filters: EventFilters;
  event: string | null;
  view: MainView;
  lang: Language;
  lanes: LaneMode;
  /** Russia–partner pairs whose profiles the relations view shows side by side (up to MAX_COMPARE). */
  compare: Partner[];
  /** The table's order: a column and a direction. */
  sort: TableSort;
  /** The header and footer a journalist gives an embed (empty: none). */
  caption: EmbedCaption;
  mode: ViewMode;
}

export function defaultViewMode(): ViewMode {
  return { embed: false, story: null, present: false, step: 0 };
}

export function defaultUrlState(): UrlState {
  return { filters: defaultFilters(), event: null, view: 'map', lang: 'ru', lanes: 'type', compare: [], sort: DEFAULT_SORT, caption: emptyCaption(), mode: defaultViewMode() };
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The ids a link may name; anything else in the address is dropped. */
export interface KnownIds {
  countries: { has(code: string): boolean };
  initiatives: { has(id: string): boolean };
  events: { has(id: string): boolean };
}

/** A parameter (or one value of a list) that was ignored, shortened for display. */
export interface DroppedParam {
  name: string;
  value: string;
}

export interface ParsedUrlState {
  state: UrlState;
  dropped: DroppedParam[];
}

/** Longest value accepted; a free-text query longer than this is not a real search. */
export const MAX_VALUE_LENGTH = 200;
const MAX_LIST_ITEMS = 50;
/** Profiles side by side; more would not fit a page or a printed sheet. */
export const MAX_COMPARE = 3;
const SHOWN_LENGTH = 40;

function shorten(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}

function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function parseUrlState(search: string, known: KnownIds): ParsedUrlState {
  const state = defaultUrlState();
  const dropped: DroppedParam[] = [];
  const drop = (name: string, value: string) => dropped.push({ name: shorten(name), value: shorten(value) });

  /** Splits a list and keeps the items `accept` turns into a value, reporting the others. */
  const list = <T>(name: string, value: string, accept: (item: string) => T | null): T[] => {
    const kept: T[] = [];
    const items = value.split(',').filter((item) => item !== '');
    for (const [position, item] of items.entries()) {
      const accepted = position < MAX_LIST_ITEMS ? accept(item.trim()) : null;
      if (accepted === null) drop(name, item);
      else if (!kept.includes(accepted)) kept.push(accepted);
    }
    return kept;
  };

  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const separator = pair.indexOf('=');
    const rawName = separator === -1 ? pair : pair.slice(0, separator);
    const rawValue = separator === -1 ? '' : pair.slice(separator + 1);
    const name = decode(rawName);
    const value = decode(rawValue);
    if (name === null || value === null) {
      drop(name ?? rawName, rawValue);
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      drop(name, value);
      continue;
    }
    switch (name) {
      case 'type':
        state.filters.types = list<EventType>(name, value, (item) => (isOneOf(EVENT_TYPES, item) ? item : null));
        break;
      case 'country':
        state.filters.countries = list(name, value, (item) => (known.countries.has(item.toUpperCase()) ? item.toUpperCase() : null));
        break;
      case 'mode':
        if (value === 'all' || value === 'any') state.filters.countryMode = value;
        else drop(name, value);
        break;
      case 'initiative':
        state.filters.initiatives = list(name, value, (item) => (known.initiatives.has(item) ? item : null));
        break;
      case 'topic':
        state.filters.topics = list<Topic>(name, value, (item) => (isOneOf(TOPICS, item) ? item : null));
        break;
      case 'q':
        state.filters.text = value;
        break;
      case 'from':
      case 'to': {
        const day = validDay(value);
        if (day === null) drop(name, value);
        else state.filters[name] = day;
        break;
      }
      case 'event':
        if (known.events.has(value)) state.event = value;
        else drop(name, value);
        break;
      case 'view':
        if (isOneOf(VIEWS, value)) state.view = value;
        else drop(name, value);
        break;
      case 'lang':
        if (isOneOf(LANGUAGES, value)) state.lang = value;
        else drop(name, value);
        break;
      case 'lanes':
        if (isOneOf(LANE_MODES, value)) state.lanes = value;
        else drop(name, value);
        break;
      case 'title':
      case 'desc':
      case 'notes':
      case 'source':
        state.caption[CAPTION_PARAMS[name]] = value;
        break;
      case 'sort': {
        // "title" ascending, "-date" descending.
        const descending = value.startsWith('-');
        const key = descending ? value.slice(1) : value;
        if (isOneOf(SORT_KEYS, key)) state.sort = { key, direction: descending ? 'descending' : 'ascending' };
        else drop(name, value);
        break;
      }
      case 'compare': {
        const codes = list<Partner>(name, value, (item) => (isPartner(item.toUpperCase()) ? (item.toUpperCase() as Partner) : null));
        for (const extra of codes.slice(MAX_COMPARE)) drop(name, extra);
        state.compare = codes.slice(0, MAX_COMPARE);
        break;
      }
      case 'embed':
        state.mode.embed = true;
        break;
      case 'present':
        state.mode.present = true;
        break;
      case 'story':
        if (SLUG.test(value)) state.mode.story = value;
        else drop(name, value);
        break;
      case 'step': {
        const step = /^\d{1,4}$/.test(value) ? Number(value) : 0;
        if (step >= 1) state.mode.step = step - 1;
        else drop(name, value);
        break;
      }
      default:
        drop(name, value);
    }
  }
  const { from, to } = state.filters;
  if (from !== null && to !== null && from > to) {
    drop('from', from);
    drop('to', to);
    state.filters.from = null;
    state.filters.to = null;
  }
  return { state, dropped };
}

function encodeValue(value: string): string {
  // Commas separate list items and read better unescaped.
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

/** The query string (without "?") for a view: defaults are left out, parameters in a fixed order. */
export function serializeUrlState(state: UrlState): string {
  const { filters } = state;
  const pairs: [string, string][] = [];
  if (filters.types.length > 0) pairs.push(['type', filters.types.join(',')]);
  if (filters.countries.length > 0) pairs.push(['country', filters.countries.join(',')]);
  if (filters.countryMode === 'all') pairs.push(['mode', 'all']);
  if (filters.initiatives.length > 0) pairs.push(['initiative', filters.initiatives.join(',')]);
  if (filters.topics.length > 0) pairs.push(['topic', filters.topics.join(',')]);
  if (filters.text.trim() !== '') pairs.push(['q', filters.text]);
  if (filters.from !== null) pairs.push(['from', filters.from]);
  if (filters.to !== null) pairs.push(['to', filters.to]);
  if (state.event !== null) pairs.push(['event', state.event]);
  if (state.view !== 'map') pairs.push(['view', state.view]);
  if (state.lang !== 'ru') pairs.push(['lang', state.lang]);
  if (state.lanes !== 'type') pairs.push(['lanes', state.lanes]);
  if (state.compare.length > 0) pairs.push(['compare', state.compare.join(',')]);
  if (state.sort.key !== DEFAULT_SORT.key || state.sort.direction !== DEFAULT_SORT.direction) {
    pairs.push(['sort', `${state.sort.direction === 'descending' ? '-' : ''}${state.sort.key}`]);
  }
  for (const [param, field] of Object.entries(CAPTION_PARAMS) as [keyof typeof CAPTION_PARAMS, keyof EmbedCaption][]) {
    if (state.caption[field].trim() !== '') pairs.push([param, state.caption[field]]);
  }
  const { mode } = state;
  const flags: string[] = [];
  if (mode.embed) flags.push('embed');
  if (mode.story !== null) pairs.push(['story', mode.story], ['step', String(mode.step + 1)]);
  else if (mode.present) {
    flags.push('present');
    if (mode.step > 0) pairs.push(['step', String(mode.step + 1)]);
  }
  // Flags stay bare (`?embed`), as people type them.
  return [...pairs.map(([name, value]) => `${name}=${encodeValue(value)}`), ...flags].join('&');
}

/**
 * Whether going from `before` to `after` is a step a reader would want Back to undo (a click on an
 * option, a selected event) rather than part of a gesture (typing, brushing, playing).
 */
export function isDiscreteChange(before: UrlState, after: UrlState): boolean {
  const continuous = (state: UrlState) => ({ ...state, filters: { ...state.filters, text: '', from: null, to: null } });
  return serializeUrlState(continuous(before)) !== serializeUrlState(continuous(after));
}
