/**
 * The lesson a teacher is writing in the author panel, changed only through the intents below, each
 * of which saves the draft in the browser (DraftStore) so nothing typed is lost on a reload. A save
 * that fails is kept in `saveProblem` for the panel to show.
 */
import type { Language, LocalizedText } from '../lib/data/schema.ts';
import type { EventCore } from '../lib/data/dataset.ts';
import { storyFromSelection } from '../lib/story/storySteps.ts';
import { MAX_STEPS, type Lesson } from '../lib/story/validateLesson.ts';
import type { Draft, DraftError, DraftStore } from '../lib/story/draftStore.ts';

type Step = Lesson['steps'][number];
/** Where a step asks the map to look (the `view` of a story step). */
type StepView = NonNullable<Step['view']>;

/** Why steps were not added: the lesson is full, or a selection had more events than a lesson holds. */
type StepLimitNotice = { kind: 'full' } | { kind: 'cut'; count: number };

function emptyText(): LocalizedText {
  return { ru: '', en: '', kk: '' };
}

function captionFrom(text: LocalizedText): LocalizedText {
  const caption: LocalizedText = { ru: text.ru, en: text.en };
  if (text.kk !== undefined) caption.kk = text.kk;
  return caption;
}

/** Coordinates to a few decimals: a metre's precision is noise in a link that must stay short. */
function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function newLessonId(now: number): string {
  return `lesson-${now.toString(36)}`;
}

export class LessonDraft {
  /** The lesson being written (captions may still be empty in some languages). */
  lesson = $state.raw<Lesson>({ id: 'lesson', title: emptyText(), steps: [] });
  /** The drafts kept in this browser, the latest first. */
  drafts = $state.raw<Draft[]>([]);
  /** Why the last save, listing or removal failed, or null. */
  saveProblem = $state.raw<DraftError | null>(null);
  /** Set when steps were refused for the MAX_STEPS cap, so the teacher is told; cleared by the next change that fits. */
  limitNotice = $state.raw<StepLimitNotice | null>(null);

  readonly #store: DraftStore;
  readonly #now: () => number;

  constructor(store: DraftStore, now: () => number = Date.now) {
    this.#store = store;
    this.#now = now;
    this.lesson = { ...this.lesson, id: newLessonId(now()) };
    this.refreshDrafts();
  }

  /** Starts an empty lesson (the previous one stays among the drafts). */
  startNew(): void {
    this.lesson = { id: newLessonId(this.#now()), title: emptyText(), steps: [] };
    this.limitNotice = null;
  }

  /** Starts a new draft from a copy of a story (a shipped one or a presented lesson), which stays as it was. */
  startFrom(story: Pick<Lesson, 'title' | 'steps'>): void {
    const copy = structuredClone({ title: story.title, steps: story.steps.slice(0, MAX_STEPS) });
    this.lesson = { id: newLessonId(this.#now()), title: copy.title, steps: copy.steps };
    this.limitNotice = story.steps.length > MAX_STEPS ? { kind: 'cut', count: story.steps.length } : null;
    this.#save();
  }

  /** Starts a lesson with one step per event of the selection, captioned with title and date. */
  startFromSelection(events: readonly EventCore[], title: LocalizedText): void {
    const story = storyFromSelection(events.slice(0, MAX_STEPS), title);
    this.lesson = { id: newLessonId(this.#now()), title: { ...title }, steps: story.steps };
    this.limitNotice = events.length > MAX_STEPS ? { kind: 'cut', count: events.length } : null;
    this.#save();
  }

  /** Replaces the lesson with one from a file or a draft (already checked by the caller). */
  load(lesson: Lesson): void {
    this.lesson = lesson;
    this.#save();
  }

  reopen(id: string): void {
    const draft = this.drafts.find((candidate) => candidate.id === id);
    if (draft) this.lesson = draft.lesson;
    this.limitNotice = null;
  }

  setTitle(lang: Language, text: string): void {
    this.lesson = { ...this.lesson, title: { ...this.lesson.title, [lang]: text } };
    this.#save();
  }

  setCaption(index: number, lang: Language, text: string): void {
    this.#updateStep(index, (step) => ({ ...step, caption: { ...step.caption, [lang]: text } }));
  }

  /** Adds a step for an event; the caption starts as the event's title so the teacher edits rather than types. */
  addEvent(event: EventCore): boolean {
    return this.#addStep({ event: event.id, caption: captionFrom(event.title) });
  }

  addInitiative(id: string, name: LocalizedText): boolean {
    return this.#addStep({ initiative: id, caption: captionFrom(name) });
  }

  /**
   * Adds the map as it is now: a story step holds an event or an initiative and a view ({lon, lat,
   * zoom}); the filters have no place in the format, so the subject stands for what is shown.
   */
  addView(subject: { event: string } | { initiative: string }, name: LocalizedText, view: StepView): boolean {
    const rounded = { lon: round(view.lon, 4), lat: round(view.lat, 4), zoom: round(Math.min(Math.max(view.zoom, 0), 12), 2) };
    return this.#addStep({ ...subject, caption: captionFrom(name), view: rounded });
  }

  /** Moves a step by `offset` places (−1 up, +1 down); a move past either end does nothing. */
  move(index: number, offset: number): boolean {
    return this.moveTo(index, index + offset);
  }

  /** Moves the step at `from` to position `to` (both from 0), the others closing up; false when either is out of range. */
  moveTo(from: number, to: number): boolean {
    const steps = [...this.lesson.steps];
    if (from === to || from < 0 || from >= steps.length || to < 0 || to >= steps.length) return false;
    const [step] = steps.splice(from, 1);
    steps.splice(to, 0, step);
    this.lesson = { ...this.lesson, steps };
    this.#save();
    return true;
  }

  removeStep(index: number): void {
    this.lesson = { ...this.lesson, steps: this.lesson.steps.filter((_, position) => position !== index) };
    this.limitNotice = null;
    this.#save();
  }

  removeDraft(id: string): void {
    const removed = this.#store.remove(id);
    this.saveProblem = removed.ok ? null : removed.error;
    this.refreshDrafts();
  }

  refreshDrafts(): void {
    const listed = this.#store.list();
    if (listed.ok) this.drafts = listed.value;
    else this.saveProblem = listed.error;
  }

  #addStep(step: Step): boolean {
    if (this.lesson.steps.length >= MAX_STEPS) {
      this.limitNotice = { kind: 'full' };
      return false;
    }
    this.limitNotice = null;
    this.lesson = { ...this.lesson, steps: [...this.lesson.steps, step] };
    this.#save();
    return true;
  }

  #updateStep(index: number, change: (step: Step) => Step): void {
    const step = this.lesson.steps[index];
    if (!step) return;
    this.lesson = { ...this.lesson, steps: this.lesson.steps.map((candidate, position) => (position === index ? change(candidate) : candidate)) };
    this.#save();
  }

  #save(): void {
    const saved = this.#store.save(this.lesson.id, this.lesson, this.#now());
    this.saveProblem = saved.ok ? null : saved.error;
    if (saved.ok) this.refreshDrafts();
  }
}
