/**
 * The presenter: which story plays, which step is on screen, and what each step asks of the rest
 * of the page (select the event so the map flies to it, or filter by the initiative). It changes the
 * page only through the AppState's intents; the address writer reads `viewMode`
 * (`story=<id>&step=<n>` or `present`), so a link reopens the same slide. A lesson a teacher wrote
 * plays the same way; its link carries it in the fragment (`?present&step=<n>#lesson=<code>`).
 */
import { getContext, setContext } from 'svelte';
import type { EventFilters } from '../lib/data/filterEvents.ts';
import { clampStepIndex, storyFromSelection, type PresentableStory, type StoryStep } from '../lib/story/storySteps.ts';
import { MESSAGES } from '../lib/i18n/translate.ts';
import { decodeLesson, lessonCodeFromFragment, lessonFragment, type LessonCodecError } from '../lib/story/lessonCodec.ts';
import { validateLesson, type Lesson, type LessonProblem } from '../lib/story/validateLesson.ts';
import type { ViewMode } from '../lib/url/viewState.ts';
import type { AppState } from './appState.svelte.ts';
import type { ModeHolder } from './urlSync.svelte.ts';

/** Why a lesson link could not be opened. */
export type LessonLinkProblem = LessonCodecError | { kind: 'invalid'; problems: LessonProblem[] };

export class StoryState implements ModeHolder {
  story = $state.raw<PresentableStory | null>(null);
  index = $state(0);
  /** True while the page is in full screen (the browser may refuse it; presenting goes on). */
  fullscreen = $state(false);
  /** The lesson link the page was opened with (or followed to) that could not be opened, for a notice. */
  lessonLinkProblem = $state.raw<LessonLinkProblem | null>(null);
  /** A story to copy into the lesson editor as a new draft ("Edit as a lesson"), until the editor takes it. */
  editRequest = $state.raw<Pick<PresentableStory, 'title' | 'steps'> | null>(null);
  /** A lesson step the editor shows on the map without presenting (a new object per request, so the map frames it again). */
  #previewStep = $state.raw<StoryStep | null>(null);
  /** Whether the story on screen is a lesson (a teacher's, from the author panel, a file or a link). */
  #isLesson = $state(false);
  /**
   * The address fragment for the lesson on screen: undefined until a lesson opens (the address
   * keeps whatever fragment it has), then `lesson=<code>`, or '' once no lesson is on screen.
   */
  #fragment = $state<string | undefined>(undefined);

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

  /** The step the map frames: the presented one, else the one the lesson editor previews. */
  get framedStep(): StoryStep | null {
    return this.step ?? this.#previewStep;
  }

  /** Where the framed step asks the map to look ({lon, lat, zoom}), or null to fly to its event as usual. */
  get mapView(): StoryStep['view'] | null {
    return this.framedStep?.view ?? null;
  }

  get total(): number {
    return this.story?.steps.length ?? 0;
  }

  get viewMode(): Omit<ViewMode, 'embed'> {
    const story = this.story;
    if (!story) return { story: null, present: false, step: 0 };
    if (this.#isLesson) return { story: null, present: true, step: this.index };
    return story.id !== null ? { story: story.id, present: false, step: this.index } : { story: null, present: true, step: this.index };
  }

  get fragment(): string | undefined {
    return this.#fragment;
  }

  get isLesson(): boolean {
    return this.#isLesson;
  }

  /** Opens what the address asks for (`?story=…&step=…`, `?present`, `#lesson=…`); call once the filters are applied. */
  startFromAddress(mode: ViewMode, hash = ''): void {
    const code = lessonCodeFromFragment(hash);
    if (code !== null) void this.openLessonLink(code, mode.step);
    else if (mode.story !== null) this.openStory(mode.story, mode.step);
    else if (mode.present) this.presentSelection(mode.step);
  }

  /** Back/Forward: shows the story and step the address names; the address already carries their filters and event. */
  followAddress(mode: ViewMode, hash = ''): void {
    const code = lessonCodeFromFragment(hash);
    if (code !== null && mode.present) {
      if (this.#isLesson && this.#fragment === lessonFragment(code)) this.index = clampStepIndex(mode.step, this.total);
      else void this.openLessonLink(code, mode.step);
      return;
    }
    const story = mode.story !== null ? this.#storyById(mode.story) : mode.present ? this.#selectionStory() : null;
    if (story === null) {
      if (this.story) this.#end();
      return;
    }
    if (this.story?.id !== story.id || this.#isLesson) this.#begin(story);
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

  /**
   * Plays a lesson exactly like a story of data/stories. `code` is its encoded form (lessonCodec),
   * which the address then carries so a copied or reloaded link reopens it; null leaves it out.
   */
  openLesson(lesson: Lesson, code: string | null, stepIndex = 0): void {
    this.#begin({ id: lesson.id, title: lesson.title, steps: lesson.steps }, code);
    this.#app.resetFilters();
    this.go(stepIndex);
  }

  /** Decodes, checks and plays a lesson link's code; a broken one is kept in `lessonLinkProblem` for a notice. */
  async openLessonLink(code: string, stepIndex = 0): Promise<boolean> {
    const decoded = await decodeLesson(code);
    if (!decoded.ok) {
      this.lessonLinkProblem = decoded.error;
      return false;
    }
    const initiatives = new Set(this.#app.dataset.initiatives.map((initiative) => initiative.id));
    const check = validateLesson(decoded.value, this.#app.eventsById, initiatives);
    if (!check.ok) {
      this.lessonLinkProblem = { kind: 'invalid', problems: check.problems };
      return false;
    }
    this.lessonLinkProblem = null;
    this.openLesson(check.lesson, code, stepIndex);
    return true;
  }

  dismissLessonLinkProblem(): void {
    this.lessonLinkProblem = null;
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
    // A curated story shows its event among all others, whatever an earlier initiative step filtered.
    this.#applyStep(step, story.id !== null && this.#app.filters.initiatives.length > 0);
  }

  /**
   * Shows a lesson step on the map while the editor stays open: the step's event (over all events
   * when the filters hide it) or initiative, framed as the presenter would frame it.
   */
  preview(step: StoryStep): void {
    if (this.story) return;
    this.#previewStep = { ...step };
    const hidden = step.event !== undefined && !this.#app.selection.some((event) => event.id === step.event);
    this.#applyStep(step, hidden);
  }

  endPreview(): void {
    this.#previewStep = null;
  }

  /** Ends the presentation and hands its story to the lesson editor as a new draft. */
  editAsLesson(): void {
    const story = this.story;
    if (!story) return;
    this.close();
    this.editRequest = { title: story.title, steps: story.steps };
  }

  /** The pending edit request, cleared: the editor calls this once it opens the copy. */
  takeEditRequest(): Pick<PresentableStory, 'title' | 'steps'> | null {
    const request = this.editRequest;
    this.editRequest = null;
    return request;
  }

  #applyStep(step: StoryStep, showAll: boolean): void {
    if (step.initiative !== undefined) {
      this.#app.showInitiative(step.initiative, { alone: true });
      this.#app.select(null);
    } else if (step.event !== undefined) {
      if (showAll) this.#app.resetFilters();
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

  /** `lessonCode` is undefined for a story that is not a lesson, null for a lesson without a link. */
  #begin(story: PresentableStory, lessonCode?: string | null): void {
    if (!this.story) {
      this.#filtersBefore = $state.snapshot(this.#app.filters);
      this.#selectedBefore = this.#app.selectedEventId;
    }
    this.story = story;
    this.#previewStep = null;
    this.#isLesson = lessonCode !== undefined;
    if (lessonCode !== undefined || this.#fragment !== undefined) this.#fragment = lessonCode ? lessonFragment(lessonCode) : '';
  }

  #end(): void {
    this.story = null;
    this.index = 0;
    if (this.#isLesson) this.#fragment = '';
    this.#isLesson = false;
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
