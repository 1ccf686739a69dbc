import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/readDataFiles.ts';
import { validateDataset } from '../../../src/lib/data/validateDataset.ts';
import { clampStepIndex, storyFromSelection } from '../../../src/lib/story/storySteps.ts';

const { dataset } = validateDataset(readDataFiles(join(import.meta.dirname, '../../fixtures/valid')), '2026-11-25');

describe('storyFromSelection', () => {
  const story = storyFromSelection(dataset!.events, { ru: 'Выбранные события', en: 'Selected events' });

  it('makes one step per selected event, in the selection order', () => {
    expect(story.id).toBeNull();
    expect(story.steps.map((step) => step.event)).toEqual(dataset!.events.map((event) => event.id));
  });

  it('captions each step with the event title and its date in each language', () => {
    expect(story.steps[0].caption.ru).toBe('Первый саммит «Центральная Азия – Россия» — 14 октября 2022 г.');
    expect(story.steps[0].caption.en).toMatch(/— 14 October 2022$/);
  });

  it('leaves the Kazakh caption out where the event has no Kazakh title, so the Russian one is shown and marked', () => {
    expect(dataset!.events[0].title.kk).toBeUndefined();
    expect(story.steps[0].caption.kk).toBeUndefined();
  });
});

describe('clampStepIndex', () => {
  it('keeps a step index within the story', () => {
    expect(clampStepIndex(12, 9)).toBe(8);
    expect(clampStepIndex(-1, 9)).toBe(0);
    expect(clampStepIndex(3, 0)).toBe(0);
  });
});
