import { describe, expect, it } from 'vitest';
import { lessonProblemText } from '../../../src/lib/i18n/lessonProblemText.ts';
import type { LessonProblem } from '../../../src/lib/story/validateLesson.ts';

const KINDS: LessonProblem[] = [
  { kind: 'not-object' },
  { kind: 'bad-id', got: 'Not A Slug' },
  { kind: 'text-not-object', field: 'title' },
  { kind: 'text-not-string', field: 'caption', step: 0, lang: 'en' },
  { kind: 'text-too-long', field: 'caption', step: 1, lang: 'ru', max: 1000 },
  { kind: 'text-control', field: 'title', lang: 'kk' },
  { kind: 'text-empty', field: 'caption', step: 3 },
  { kind: 'no-steps' },
  { kind: 'too-many-steps', max: 100 },
  { kind: 'step-not-object', step: 0 },
  { kind: 'step-subject', step: 0 },
  { kind: 'unknown-event', step: 2, got: 'no-such-event' },
  { kind: 'unknown-initiative', step: 0, got: 'nope' },
  { kind: 'view-not-object', step: 0 },
  { kind: 'view-out-of-range', step: 4, field: 'zoom', min: 0, max: 12 },
];

describe('lessonProblemText', () => {
  it('names the step (from 1), the field and the unknown id in the reader’s language, then the place in the JSON', () => {
    const problem: LessonProblem = { kind: 'unknown-event', step: 2, got: 'no-such-event' };
    expect(lessonProblemText(problem, 'en')).toBe('Step 3, event: unknown event “no-such-event”. (steps[2].event)');
    expect(lessonProblemText(problem, 'ru')).toBe('Шаг 3, событие: неизвестное событие «no-such-event». (steps[2].event)');
    expect(lessonProblemText(problem, 'kk')).toBe('3-қадам, оқиға: белгісіз оқиға «no-such-event». (steps[2].event)');
  });

  it('words every kind of problem in every language, with no parameter left unfilled', () => {
    for (const lang of ['ru', 'en', 'kk'] as const) {
      for (const problem of KINDS) {
        const text = lessonProblemText(problem, lang);
        expect(text, `${lang} ${problem.kind}`).not.toMatch(/\{\w+\}|lesson\.problems/);
      }
    }
  });
});
