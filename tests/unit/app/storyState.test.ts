import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/app/appState.svelte.ts';
import { StoryState } from '../../../src/app/storyState.svelte.ts';
import { encodeLesson } from '../../../src/lib/story/lessonCodec.ts';
import type { Lesson } from '../../../src/lib/story/validateLesson.ts';
import { fixtureDataset } from '../geo/mapFixtures.ts';

const dataset = fixtureDataset();
const lesson: Lesson = {
  id: 'a-lesson',
  title: { ru: 'Урок', en: 'Lesson' },
  steps: [
    { event: dataset.events[0].id, caption: { ru: 'Первый', en: 'First' } },
    { initiative: dataset.initiatives[0].id, caption: { ru: 'Второй', en: 'Second' } },
  ],
};

describe('StoryState with a lesson', () => {
  it('presents a lesson like a story: its steps select the event, then show the initiative', () => {
    const app = new AppState(dataset);
    const stories = new StoryState(app);
    stories.openLesson(lesson, 'CODE');
    expect(stories.total).toBe(2);
    expect(app.selectedEventId).toBe(dataset.events[0].id);
    stories.next();
    expect(app.filters.initiatives).toEqual([dataset.initiatives[0].id]);
  });

  it('puts the lesson in the address fragment while it plays, and takes it out when it ends', () => {
    const stories = new StoryState(new AppState(dataset));
    expect(stories.fragment).toBeUndefined();
    stories.openLesson(lesson, 'CODE', 1);
    expect(stories.viewMode).toEqual({ story: null, present: true, step: 1 });
    expect(stories.fragment).toBe('lesson=CODE');
    stories.close();
    expect(stories.fragment).toBe('');
    expect(stories.active).toBe(false);
  });

  it('opens a lesson link at the step the address names', async () => {
    const stories = new StoryState(new AppState(dataset));
    const encoded = await encodeLesson(lesson);
    if (!encoded.ok) throw new Error('not encoded');
    expect(await stories.openLessonLink(encoded.value, 1)).toBe(true);
    expect(stories.index).toBe(1);
    expect(stories.lessonLinkProblem).toBeNull();
  });

  it('keeps what is wrong with a broken link for the notice, and opens nothing', async () => {
    const stories = new StoryState(new AppState(dataset));
    expect(await stories.openLessonLink('not*base64')).toBe(false);
    expect(stories.lessonLinkProblem).toEqual({ kind: 'not-base64' });
    const unknown = await encodeLesson({ ...lesson, steps: [{ event: 'no-such-event', caption: { en: 'x' } }] });
    if (!unknown.ok) throw new Error('not encoded');
    expect(await stories.openLessonLink(unknown.value)).toBe(false);
    expect(stories.lessonLinkProblem).toEqual({ kind: 'invalid', problems: [{ kind: 'unknown-event', step: 0, got: 'no-such-event' }] });
    expect(stories.active).toBe(false);
  });

  it('previews a step on the map without presenting: the event is selected and framed, the filters hidden it are cleared', () => {
    const app = new AppState(dataset);
    const stories = new StoryState(app);
    app.setDateRange('1990-01-01', '1990-12-31');
    stories.preview(lesson.steps[0]);
    expect(stories.active).toBe(false);
    expect(app.selectedEventId).toBe(dataset.events[0].id);
    expect(app.filters.from).toBeNull();
    expect(stories.framedStep).toEqual(lesson.steps[0]);
    stories.preview({ ...lesson.steps[1], view: { lon: 70, lat: 45, zoom: 4 } });
    expect(app.filters.initiatives).toEqual([dataset.initiatives[0].id]);
    expect(stories.mapView).toEqual({ lon: 70, lat: 45, zoom: 4 });
    stories.endPreview();
    expect(stories.framedStep).toBeNull();
  });

  it('hands the presented story to the editor as an edit request and ends the presentation', () => {
    const stories = new StoryState(new AppState(dataset));
    stories.openLesson(lesson, 'CODE', 1);
    stories.editAsLesson();
    expect(stories.active).toBe(false);
    expect(stories.takeEditRequest()).toEqual({ title: lesson.title, steps: lesson.steps });
    expect(stories.editRequest).toBeNull();
  });
});
