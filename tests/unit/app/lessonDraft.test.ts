import { describe, expect, it } from 'vitest';
import { LessonDraft } from '../../../src/app/lessonDraft.svelte.ts';
import { DraftStore, type StorageLike } from '../../../src/lib/story/draftStore.ts';
import { MAX_STEPS } from '../../../src/lib/story/validateLesson.ts';
import { fixtureDataset } from '../geo/mapFixtures.ts';

const dataset = fixtureDataset();

function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('LessonDraft', () => {
  it('saves the lesson as the teacher writes it, so a new page lists it', () => {
    const storage = memoryStorage();
    let clock = 1000;
    const draft = new LessonDraft(new DraftStore(() => storage), () => clock++);
    draft.setTitle('en', 'My lesson');
    draft.addEvent(dataset.events[0]);
    draft.addInitiative(dataset.initiatives[0].id, dataset.initiatives[0].name);
    draft.setCaption(0, 'en', 'Look here');
    const again = new LessonDraft(new DraftStore(() => storage));
    expect(again.drafts).toHaveLength(1);
    expect(again.drafts[0].lesson.title.en).toBe('My lesson');
    expect(again.drafts[0].lesson.steps[0].caption.en).toBe('Look here');
  });

  it('moves steps up and down and ignores a move past either end', () => {
    const draft = new LessonDraft(new DraftStore(() => memoryStorage()));
    draft.addEvent(dataset.events[0]);
    draft.addInitiative(dataset.initiatives[0].id, dataset.initiatives[0].name);
    draft.move(1, -1);
    expect(draft.lesson.steps.map((step) => step.initiative ?? step.event)).toEqual([dataset.initiatives[0].id, dataset.events[0].id]);
    draft.move(0, -1);
    draft.move(1, 1);
    expect(draft.lesson.steps[0].initiative).toBe(dataset.initiatives[0].id);
    draft.removeStep(0);
    expect(draft.lesson.steps.map((step) => step.event)).toEqual([dataset.events[0].id]);
  });

  it('shows a failed save instead of losing it silently', () => {
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const draft = new LessonDraft(new DraftStore(() => full));
    draft.setTitle('ru', 'Урок');
    expect(draft.saveProblem).toEqual({ kind: 'quota' });
  });

  it('moves a step to any position, the others closing up, and refuses positions out of range', () => {
    const draft = new LessonDraft(new DraftStore(() => memoryStorage()));
    ['A', 'B', 'C', 'D'].forEach((name, index) => {
      draft.addEvent(dataset.events[index % dataset.events.length]);
      draft.setCaption(index, 'en', name);
    });
    const order = () => draft.lesson.steps.map((step) => step.caption.en).join('');
    expect(draft.moveTo(3, 1)).toBe(true);
    expect(order()).toBe('ADBC');
    expect(draft.moveTo(0, 3)).toBe(true);
    expect(order()).toBe('DBCA');
    expect(draft.moveTo(0, 4)).toBe(false);
    expect(draft.moveTo(-1, 0)).toBe(false);
  });

  it('says so when the lesson is full instead of dropping the step silently', () => {
    const draft = new LessonDraft(new DraftStore(() => memoryStorage()));
    for (let index = 0; index < MAX_STEPS; index += 1) expect(draft.addEvent(dataset.events[index % dataset.events.length])).toBe(true);
    expect(draft.limitNotice).toBeNull();
    expect(draft.addInitiative(dataset.initiatives[0].id, dataset.initiatives[0].name)).toBe(false);
    expect(draft.lesson.steps).toHaveLength(MAX_STEPS);
    expect(draft.limitNotice).toEqual({ kind: 'full' });
    draft.removeStep(0);
    expect(draft.limitNotice).toBeNull();
  });

  it('says how many events of a large selection were left out', () => {
    const draft = new LessonDraft(new DraftStore(() => memoryStorage()));
    const many = Array.from({ length: MAX_STEPS + 5 }, (_, index) => dataset.events[index % dataset.events.length]);
    draft.startFromSelection(many, { ru: 'Урок', en: 'Lesson' });
    expect(draft.lesson.steps).toHaveLength(MAX_STEPS);
    expect(draft.limitNotice).toEqual({ kind: 'cut', count: MAX_STEPS + 5 });
  });

  it('adds the current map view as a step of the story format, rounded and with its subject', () => {
    const draft = new LessonDraft(new DraftStore(() => memoryStorage()));
    draft.addView({ event: dataset.events[0].id }, dataset.events[0].title, { lon: 71.4460449, lat: 51.1801234, zoom: 5.123456 });
    expect(draft.lesson.steps[0]).toEqual({ event: dataset.events[0].id, caption: { ...dataset.events[0].title }, view: { lon: 71.446, lat: 51.1801, zoom: 5.12 } });
  });

  it('starts a new draft from a copy of a story, which it leaves untouched', () => {
    const storage = memoryStorage();
    const draft = new LessonDraft(new DraftStore(() => storage), () => 5000);
    const story = dataset.stories[0] ?? { id: 's', title: { ru: 'История', en: 'Story' }, steps: [{ event: dataset.events[0].id, caption: { ru: 'а', en: 'a' } }] };
    draft.startFrom(story);
    expect(draft.lesson.id).toMatch(/^lesson-/);
    expect(draft.lesson.title).toEqual(story.title);
    expect(draft.lesson.steps).toEqual(story.steps);
    draft.setCaption(0, 'en', 'changed');
    expect(story.steps[0].caption.en).not.toBe('changed');
    expect(draft.drafts.map((saved) => saved.id)).toEqual([draft.lesson.id]);
  });
});
