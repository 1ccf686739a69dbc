import { describe, expect, it } from 'vitest';
import { LessonDraft } from '../../../src/app/lessonDraft.svelte.ts';
import { DraftStore, type StorageLike } from '../../../src/lib/story/draftStore.ts';
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
});
