/**
 * The address bar's one writer. It keeps the address and the page's state in step: the link is read
 * once at start (so the first draw is already the linked view), every change is written back — a new
 * history entry for a discrete step (an option, an event, the view, a story step), a throttled
 * replace while a gesture goes on (typing, brushing, playing) — and Back/Forward re-apply the address.
 * Parsing and the parameter list live in lib/url/viewState.ts.
 */
import { isDiscreteChange, parseUrlState, serializeUrlState, type DroppedParam, type KnownIds, type UrlState, type ViewMode } from '../lib/url/viewState.ts';
import type { AppState } from './appState.svelte.ts';

/** A gesture's changes within this many ms share one history entry. */
const GESTURE_MS = 1000;
/** Browsers refuse history calls made too often; one write per this many ms is plenty. */
const REPLACE_THROTTLE_MS = 250;

/** What the presenter contributes to the address, and how it follows the address on Back/Forward. */
export interface ModeHolder {
  /** The story or presentation on screen (the embed flag belongs to the app state). */
  readonly viewMode: Omit<ViewMode, 'embed'>;
  /**
   * The fragment (without "#") the address should carry, e.g. a lesson's `lesson=<code>`;
   * undefined keeps the fragment the address has.
   */
  readonly fragment?: string | undefined;
  /** Opens what a link asks for at start (a story, a presentation, a lesson in the fragment). */
  startFromAddress(mode: ViewMode, hash?: string): void;
  /** Follows Back/Forward without changing anything the address already says. */
  followAddress(mode: ViewMode, hash?: string): void;
}

/** The browser's history, narrowed to what the writer uses (a test passes a fake). */
export interface HistoryLike {
  readonly state: unknown;
  pushState(data: unknown, unused: string, url: string): void;
  replaceState(data: unknown, unused: string, url: string): void;
}

export interface AddressEnvironment {
  history: HistoryLike;
  /** The page's address: path, query and hash are read from it. */
  location: { readonly pathname: string; readonly search: string; readonly hash: string };
  /** Schedules a push once the change has been drawn (pushState takes milliseconds). */
  afterPaint(callback: () => void): void;
  now(): number;
}

function browserEnvironment(): AddressEnvironment {
  return {
    history,
    location,
    afterPaint: (callback) => requestAnimationFrame(() => setTimeout(callback)),
    now: () => performance.now(),
  };
}

export class UrlSync {
  /** What the last applied link asked for that could not be used (shown as a notice). */
  dropped = $state<DroppedParam[]>([]);

  readonly #app: AppState;
  readonly #modes: ModeHolder;
  readonly #known: KnownIds;
  readonly #env: AddressEnvironment;
  #written: UrlState;
  #writtenFragment: string | undefined = undefined;
  #lastWriteAt = -Infinity;
  #lastWasGesture = false;
  #pendingReplace: ReturnType<typeof setTimeout> | null = null;
  #pendingUrl = '';
  /** The mode the link asked for, opened by `start` once the page has drawn its normal layout. */
  #linkedMode: ViewMode;
  /** Writing waits for `start`: until then the state may still miss what the link's story will set. */
  #started = $state(false);

  constructor(app: AppState, modes: ModeHolder, env: AddressEnvironment = browserEnvironment()) {
    this.#app = app;
    this.#modes = modes;
    this.#env = env;
    this.#known = {
      countries: new Set(app.dataset.countries.map((country) => country.iso3)),
      initiatives: new Set(app.dataset.initiatives.map((initiative) => initiative.id)),
      events: app.eventsById,
    };
    const linked = this.#readAddress();
    app.applyUrlState(linked, { start: true });
    this.#linkedMode = linked.mode;
    this.#written = linked;
  }

  /** The state the address should show now. */
  get current(): UrlState {
    return { ...this.#app.viewState, mode: { ...this.#modes.viewMode, embed: this.#app.embed } };
  }

  /** Follows Back/Forward and writes changes once started; call while a component initialises (it uses $effect). */
  connect(): void {
    $effect(() => {
      const onPopState = () => this.followAddress();
      window.addEventListener('popstate', onPopState);
      return () => {
        window.removeEventListener('popstate', onPopState);
        this.#cancelPendingReplace();
      };
    });
    $effect(() => {
      const next = this.current;
      // Read here so that a fragment change alone (another lesson at the same step) is written too.
      void this.#modes.fragment;
      if (this.#started) this.write(next);
    });
  }

  /**
   * Opens the story or presentation the link names and starts writing. Called once the page has
   * mounted: the timeline and the map measure themselves in the normal layout before presenting hides it.
   */
  start(): void {
    this.#modes.startFromAddress(this.#linkedMode, this.#env.location.hash);
    this.tidyStartAddress();
    this.#started = true;
  }

  /**
   * A link with parts that were dropped, or one a story step completed, is rewritten in place at
   * start, so copying it again gives a clean link and Back does not return to the untidy one.
   */
  tidyStartAddress(): void {
    const now = this.current;
    if (this.dropped.length === 0 && serializeUrlState(now) === serializeUrlState(this.#written)) return;
    this.#written = now;
    this.#env.history.replaceState(this.#env.history.state, '', this.#url(now));
  }

  /** Re-applies the address (Back/Forward). */
  followAddress(): void {
    this.#cancelPendingReplace();
    const state = this.#readAddress();
    this.#app.applyUrlState(state);
    this.#modes.followAddress(state.mode, this.#env.location.hash);
    this.#written = this.current;
    this.#writtenFragment = this.#modes.fragment;
  }

  /** Writes `next` unless the address already says it. */
  write(next: UrlState): void {
    if (serializeUrlState(next) === serializeUrlState(this.#written) && this.#modes.fragment === this.#writtenFragment) return;
    // Another lesson (or none) in the fragment is a step of its own, like another story.
    const discrete = isDiscreteChange(this.#written, next) || this.#modes.fragment !== this.#writtenFragment;
    const now = this.#env.now();
    const sameGesture = !discrete && this.#lastWasGesture && now - this.#lastWriteAt < GESTURE_MS;
    this.#written = next;
    this.#writtenFragment = this.#modes.fragment;
    this.#lastWasGesture = !discrete;
    if (!sameGesture) {
      // The gesture's last state keeps its own entry, so Back returns to where it ended.
      this.#flushPendingReplace();
      this.#lastWriteAt = now;
      const url = this.#url(next);
      this.#env.afterPaint(() => this.#env.history.pushState(this.#env.history.state, '', url));
      return;
    }
    this.#pendingUrl = this.#url(next);
    if (this.#pendingReplace !== null) return;
    this.#pendingReplace = setTimeout(() => this.#flushPendingReplace(), REPLACE_THROTTLE_MS);
  }

  dismissNotice(): void {
    this.dropped = [];
  }

  #readAddress(): UrlState {
    const { state, dropped } = parseUrlState(this.#env.location.search, this.#known);
    this.dropped = dropped;
    return state;
  }

  #flushPendingReplace(): void {
    if (this.#pendingReplace === null) return;
    clearTimeout(this.#pendingReplace);
    this.#pendingReplace = null;
    this.#lastWriteAt = this.#env.now();
    this.#env.history.replaceState(this.#env.history.state, '', this.#pendingUrl);
  }

  #cancelPendingReplace(): void {
    if (this.#pendingReplace !== null) clearTimeout(this.#pendingReplace);
    this.#pendingReplace = null;
  }

  #url(state: UrlState): string {
    const query = serializeUrlState(state);
    const { pathname, hash } = this.#env.location;
    const fragment = this.#modes.fragment;
    return `${pathname}${query ? `?${query}` : ''}${fragment === undefined ? hash : fragment ? `#${fragment}` : ''}`;
  }
}
