/**
 * The presenter: which story plays, which step is on screen, and what each step asks of the rest
 * of the page (select the event so the map flies to it, or filter by the initiative). It changes the
 * page only through the AppState's intents; the address writer reads `viewMode`
 * (`story=<id>&step=<n>` or `present`), so a link reopens the same slide.
 */
import { getContext, setContext } from 'svelte';
import type { EventFilters } from '../lib/data/filterEvents.ts';
import { clampStepIndex, storyFromSelection, type PresentableStory, type StoryStep } from '../lib/story/storySteps.ts';
import { MESSAGES } from '../lib/i18n/translate.ts';
import type { ViewMode } from '../lib/url/viewState.ts';
import type { AppState } from './appState.svelte.ts';
import type { ModeHolder } from './urlSync.svelte.ts';

export class StoryState implements ModeHolder {
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

  get viewMode(): Omit<ViewMode, 'embed'> {
    const story = this.story;
    if (!story) return { story: null, present: false, step: 0 };
    return story.id !== null ? { story: story.id, present: false, step: this.index } : { story: null, present: true, step: this.index };
  }

  /** Opens what the address asks for (`?story=…&step=…` or `?present`); call once the filters are applied. */
  startFromAddress(mode: ViewMode): void {
    if (mode.story !== null) this.openStory(mode.story, mode.step);
    else if (mode.present) this.presentSelection(mode.step);
  }

  /** Back/Forward: shows the story and step the address names; the address already carries their filters and event. */
  followAddress(mode: ViewMode): void {
    const story = mode.story !== null ? this.#storyById(mode.story) : mode.present ? this.#selectionStory() : null;
    if (story === null) {
      if (this.story) this.#end();
      return;
    }
    if (this.story?.id !== story.id) this.#begin(story);
    this.index = clampStepIndex(mode.step, story.steps.length);
  }

  /** Plays a story of data/stories over all events (the reader's filters come back at the end). */
  openStory(id: string, stepIndex = 0): boolean {
    const story = this.#storyById(id);
    if (!story) return false;
    this.#begin(story);
    this.#app.resetFilters();
    this.go(stepIndex);
    return true;
  }

  /** Plays the current selection, one step per event, keeping the filters that made it. */
  presentSelection(stepIndex = 0): boolean {
    const story = this.#selectionStory();
    if (!story) return false;
    this.#begin(story);
    this.go(stepIndex);
    return true;
  }

  go(index: number): void {
    const story = this.story;
    if (!story) return;
    this.index = clampStepIndex(index, story.steps.length);
    const step = story.steps[this.index];
    if (step.initiative !== undefined) {
      this.#app.showInitiative(step.initiative, { alone: true });
      this.#app.select(null);
    } else if (step.event !== undefined) {
      // A curated story shows its event among all others, whatever an earlier initiative step filtered.
      if (story.id !== null && this.#app.filters.initiatives.length > 0) this.#app.resetFilters();
      this.#app.select(step.event);
    }
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
    if (this.story.id !== null && this.#filtersBefore) this.#app.restoreFilters(this.#filtersBefore);
    this.#app.select(this.#selectedBefore);
    this.#end();
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

  #end(): void {
    this.story = null;
    this.index = 0;
    this.#filtersBefore = null;
    if (typeof document !== 'undefined' && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }

  #storyById(id: string): PresentableStory | null {
    const story = this.#app.dataset.stories.find((candidate) => candidate.id === id);
    return story ? { id: story.id, title: story.title, steps: story.steps } : null;
  }

  /** The current selection as a story, one step per event (null when it is empty). */
  #selectionStory(): PresentableStory | null {
    const events = this.#app.selection;
    if (events.length === 0) return null;
    const title = { ru: MESSAGES.ru.story.selectionTitle, en: MESSAGES.en.story.selectionTitle, kk: MESSAGES.kk.story.selectionTitle };
    return storyFromSelection(events, title);
  }
}

const KEY = Symbol('story-state');

export function setStoryState(state: StoryState): StoryState {
  return setContext(KEY, state);
}

export function getStoryState(): StoryState {
  return getContext<StoryState>(KEY);
}
