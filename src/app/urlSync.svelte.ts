/**
 * Keeps the address and the AppState in step: the link is read once at start (so the first draw is
 * already the linked view), every change is written back — a new history entry for a discrete step
 * (an option, an event, the view), a throttled replace while a gesture goes on (typing, brushing,
 * playing) — and Back/Forward re-apply the address.
 */
import {
  isDiscreteChange,
  parseUrlState,
  passthroughPairs,
  serializeUrlState,
  type DroppedParam,
  type KnownIds,
  type UrlState,
} from '../lib/data/urlState.ts';
import type { AppState } from './appState.svelte.ts';

/** A gesture's changes within this many ms share one history entry. */
const GESTURE_MS = 1000;
/** Browsers refuse history calls made too often; one write per this many ms is plenty. */
const REPLACE_THROTTLE_MS = 250;

function stateOf(app: AppState): UrlState {
  return {
    filters: $state.snapshot(app.filters),
    event: app.selectedEventId,
    view: app.view,
    lang: app.lang,
    lanes: app.lanes,
  };
}

function apply(app: AppState, state: UrlState): void {
  app.filters = state.filters;
  app.selectedEventId = state.event;
  app.view = state.view;
  app.lang = state.lang;
  app.lanes = state.lanes;
}

export class UrlSync {
  /** What the last applied link asked for that could not be used (shown as a notice). */
  dropped = $state<DroppedParam[]>([]);

  readonly #app: AppState;
  readonly #known: KnownIds;
  #written: UrlState;
  #lastWriteAt = 0;
  #lastWasGesture = false;
  #pendingReplace: ReturnType<typeof setTimeout> | null = null;
  #pendingUrl = '';

  constructor(app: AppState) {
    this.#app = app;
    this.#known = {
      countries: new Set(app.dataset.countries.map((country) => country.iso3)),
      initiatives: new Set(app.dataset.initiatives.map((initiative) => initiative.id)),
      events: app.eventsById,
    };
    this.#written = this.#readAddress();
    apply(app, this.#written);
  }

  /** Starts writing changes back and following Back/Forward; call while a component initialises (it uses $effect). */
  connect(): void {
    // A link with parts that were dropped is tidied at once, so copying it again gives a clean link.
    if (this.dropped.length > 0) history.replaceState(history.state, '', this.#url(this.#written));
    $effect(() => {
      const onPopState = () => {
        this.#cancelPendingReplace();
        this.#written = this.#readAddress();
        apply(this.#app, this.#written);
      };
      window.addEventListener('popstate', onPopState);
      return () => {
        window.removeEventListener('popstate', onPopState);
        this.#cancelPendingReplace();
      };
    });
    $effect(() => {
      const next = stateOf(this.#app);
      if (serializeUrlState(next) === serializeUrlState(this.#written)) return;
      this.#write(next);
    });
  }

  dismissNotice(): void {
    this.dropped = [];
  }

  #readAddress(): UrlState {
    const { state, dropped } = parseUrlState(location.search, this.#known);
    this.dropped = dropped;
    return state;
  }

  #write(next: UrlState): void {
    const discrete = isDiscreteChange(this.#written, next);
    const now = performance.now();
    const sameGesture = !discrete && this.#lastWasGesture && now - this.#lastWriteAt < GESTURE_MS;
    this.#written = next;
    this.#lastWasGesture = !discrete;
    if (!sameGesture) {
      // The gesture's last state keeps its own entry, so Back returns to where it ended.
      this.#flushPendingReplace();
      this.#lastWriteAt = now;
      const url = this.#url(next);
      // pushState takes milliseconds; it waits until the change has been drawn.
      requestAnimationFrame(() => setTimeout(() => history.pushState(history.state, '', url)));
      return;
    }
    this.#pendingUrl = this.#url(next);
    if (this.#pendingReplace !== null) return;
    this.#pendingReplace = setTimeout(() => this.#flushPendingReplace(), REPLACE_THROTTLE_MS);
  }

  #flushPendingReplace(): void {
    if (this.#pendingReplace === null) return;
    clearTimeout(this.#pendingReplace);
    this.#pendingReplace = null;
    this.#lastWriteAt = performance.now();
    history.replaceState(history.state, '', this.#pendingUrl);
  }

  #cancelPendingReplace(): void {
    if (this.#pendingReplace !== null) clearTimeout(this.#pendingReplace);
    this.#pendingReplace = null;
  }

  #url(state: UrlState): string {
    const query = serializeUrlState(state, passthroughPairs(location.search));
    return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  }
}
