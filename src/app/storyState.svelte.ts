/**
 * The presenter: which story plays, which step is on screen, and what each step asks of the rest
 * of the page (select the event so the map flies to it, or filter by the initiative). The address
 * follows (`story=<id>&step=<n>` or `present`), so a link reopens the same slide.
 */
import { getContext, setContext } from 'svelte';
import { defaultFilters, type EventFilters } from '../lib/data/filterEvents.ts';
import { parseViewMode, withoutParams, withParam } from '../lib/embed/viewModeParams.ts';
import { clampStepIndex, storyFromSelection, type PresentableStory, type StoryStep } from '../lib/story/storySteps.ts';
import { MESSAGES } from '../lib/i18n/translate.ts';
import type { AppState } from './appState.svelte.ts';

const MODE_PARAMS = ['story', 'step', 'present'];

export class StoryState {
  story = $state.raw<PresentableStory | null>(null);
  index = $state(0);
  /** True while the page is in full screen (the browser may refuse it; presenting goes on). */
  fullscreen = $state(false);

  readonly #app: AppState;
  /** The reader's filters before the story began, given back when it ends. */
  #filtersBefore: EventFilters | null = null;
  #selectedBefore: string | null = null;

  constructor(app: AppState) {
    this.#app = app;
  }

  get active(): boolean {
    return this.story !== null;
  }

  get step(): StoryStep | null {
    return this.story?.steps[this.index] ?? null;
  }

  /** Where the step asks the map to look ({lon, lat, zoom}), or null to fly to its event as usual. */
  get mapView(): StoryStep['view'] | null {
    return this.step?.view ?? null;
  }

  get total(): number {
    return this.story?.steps.length ?? 0;
  }

  /** Opens what the address asks for (`?story=…&step=…` or `?present`); call once the filters are applied. */
  startFromAddress(): void {
    const mode = parseViewMode(location.search);
    if (mode.story !== null) this.openStory(mode.story, mode.stepIndex);
    else if (mode.present) this.presentSelection(mode.stepIndex);
  }

  /** Plays a story of data/stories over all events (the reader's filters come back at the end). */
  openStory(id: string, stepIndex = 0): boolean {
    const story = this.#app.dataset.stories.find((candidate) => candidate.id === id);
    if (!story) return false;
    this.#begin({ id: story.id, title: story.title, steps: story.steps });
    this.#app.filters = defaultFilters();
    this.go(stepIndex);
    return true;
  }

  /** Plays the current selection, one step per event, keeping the filters that made it. */
  presentSelection(stepIndex = 0): boolean {
    const events = this.#app.selection;
    if (events.length === 0) return false;
    const title = { ru: MESSAGES.ru.story.selectionTitle, en: MESSAGES.en.story.selectionTitle, kk: MESSAGES.kk.story.selectionTitle };
    this.#begin(storyFromSelection(events, title));
    this.go(stepIndex);
    return true;
  }

  go(index: number): void {
    const story = this.story;
    if (!story) return;
    this.index = clampStepIndex(index, story.steps.length);
    const step = story.steps[this.index];
    if (step.initiative !== undefined) {
      this.#app.filters = { ...defaultFilters(), initiatives: [step.initiative] };
      this.#app.selectEvent(null);
    } else if (step.event !== undefined) {
      // A curated story shows its event among all others, whatever an earlier initiative step filtered.
      if (story.id !== null && this.#app.filters.initiatives.length > 0) this.#app.filters = defaultFilters();
      this.#app.selectEvent(step.event);
    }
    this.#writeAddress();
  }

  next(): void {
    this.go(this.index + 1);
  }

  previous(): void {
    this.go(this.index - 1);
  }

  first(): void {
    this.go(0);
  }

  last(): void {
    this.go(this.total - 1);
  }

  close(): void {
    if (!this.story) return;
    if (this.story.id !== null && this.#filtersBefore) this.#app.filters = this.#filtersBefore;
    this.#app.selectEvent(this.#selectedBefore);
    this.story = null;
    this.index = 0;
    this.#filtersBefore = null;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    history.replaceState(history.state, '', this.#address(withoutParams(location.search, MODE_PARAMS)));
  }

  /** Asks for full screen; a refusal (an iframe without permission, a browser setting) is not an error. */
  async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      // Presenting works the same in a window.
    }
  }

  /** Follows the browser's full-screen state (F11, Escape); call from a component. */
  connect(): () => void {
    const sync = () => {
      this.fullscreen = document.fullscreenElement !== null;
    };
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }

  #begin(story: PresentableStory): void {
    if (!this.story) {
      this.#filtersBefore = $state.snapshot(this.#app.filters);
      this.#selectedBefore = this.#app.selectedEventId;
    }
    this.story = story;
  }

  #writeAddress(): void {
    const story = this.story;
    if (!story) return;
    let search = withoutParams(location.search, MODE_PARAMS);
    search = story.id !== null ? withParam(withParam(search, 'story', story.id), 'step', String(this.index + 1)) : withParam(search, 'present', null);
    if (story.id === null && this.index > 0) search = withParam(search, 'step', String(this.index + 1));
    history.replaceState(history.state, '', this.#address(search));
  }

  #address(search: string): string {
    return `${location.pathname}${search}${location.hash}`;
  }
}

const KEY = Symbol('story-state');

export function setStoryState(state: StoryState): StoryState {
  return setContext(KEY, state);
}

export function getStoryState(): StoryState {
  return getContext<StoryState>(KEY);
}
