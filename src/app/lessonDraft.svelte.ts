/**
 * The lesson a teacher is writing in the author panel, changed only through the intents below, each
 * of which saves the draft in the browser (DraftStore) so nothing typed is lost on a reload. A save
 * that fails is kept in `saveProblem` for the panel to show.
 */
import type { Language, LocalizedText, RelationsEvent } from '../lib/data/schema.ts';
import { storyFromSelection } from '../lib/story/storySteps.ts';
import { MAX_STEPS, type Lesson } from '../lib/story/validateLesson.ts';
import type { Draft, DraftError, DraftStore } from '../lib/story/draftStore.ts';

type Step = Lesson['steps'][number];

function emptyText(): LocalizedText {
  return { ru: '', en: '', kk: '' };
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
  }

  /** Starts a lesson with one step per event of the selection, captioned with title and date. */
  startFromSelection(events: readonly RelationsEvent[], title: LocalizedText): void {
    const story = storyFromSelection(events.slice(0, MAX_STEPS), title);
    this.lesson = { id: newLessonId(this.#now()), title: { ...title }, steps: story.steps };
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
  }

  setTitle(lang: Language, text: string): void {
    this.lesson = { ...this.lesson, title: { ...this.lesson.title, [lang]: text } };
    this.#save();
  }

  setCaption(index: number, lang: Language, text: string): void {
    this.#updateStep(index, (step) => ({ ...step, caption: { ...step.caption, [lang]: text } }));
  }

  /** Adds a step for an event; the caption starts as the event's title so the teacher edits rather than types. */
  addEvent(event: RelationsEvent): void {
    const caption: LocalizedText = { ru: event.title.ru, en: event.title.en };
    if (event.title.kk !== undefined) caption.kk = event.title.kk;
    this.#addStep({ event: event.id, caption });
  }

  addInitiative(id: string, name: LocalizedText): void {
    this.#addStep({ initiative: id, caption: { ...name } });
  }

  /** Moves a step by `offset` places (−1 up, +1 down); a move past either end does nothing. */
  move(index: number, offset: number): void {
    const target = index + offset;
    const steps = [...this.lesson.steps];
    if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return;
    [steps[index], steps[target]] = [steps[target], steps[index]];
    this.lesson = { ...this.lesson, steps };
    this.#save();
  }

  removeStep(index: number): void {
    this.lesson = { ...this.lesson, steps: this.lesson.steps.filter((_, position) => position !== index) };
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

  #addStep(step: Step): void {
    if (this.lesson.steps.length >= MAX_STEPS) return;
    this.lesson = { ...this.lesson, steps: [...this.lesson.steps, step] };
    this.#save();
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
