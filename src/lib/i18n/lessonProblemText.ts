/**
 * What is wrong with a refused lesson (a file or a link), in the reader's language: the step
 * (counted from 1, as the editor shows it), the field, the offending id or value, then the place in
 * the JSON (`steps[2].event`) for whoever opens the file in a text editor.
 */
import type { Language } from '../data/schema.ts';
import { problemPath, type LessonProblem } from '../story/validateLesson.ts';
import { translate } from './translate.ts';

const KEYS: Record<LessonProblem['kind'], string> = {
  'not-object': 'notObject',
  'bad-id': 'badId',
  'text-not-object': 'textNotObject',
  'text-not-string': 'textNotString',
  'text-too-long': 'textTooLong',
  'text-control': 'textControl',
  'text-empty': 'textEmpty',
  'no-steps': 'noSteps',
  'too-many-steps': 'tooManySteps',
  'step-not-object': 'stepNotObject',
  'step-subject': 'stepSubject',
  'unknown-event': 'unknownEvent',
  'unknown-initiative': 'unknownInitiative',
  'view-not-object': 'viewNotObject',
  'view-out-of-range': 'viewOutOfRange',
};

function fieldOf(problem: LessonProblem): string {
  switch (problem.kind) {
    case 'bad-id':
      return 'id';
    case 'unknown-event':
      return 'event';
    case 'unknown-initiative':
      return 'initiative';
    case 'view-not-object':
      return 'view';
    case 'view-out-of-range':
      return problem.field;
    default:
      return 'field' in problem ? problem.field : 'steps';
  }
}

export function lessonProblemText(problem: LessonProblem, lang: Language): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, `lesson.problems.${key}`, params);
  const where = 'step' in problem && problem.step !== undefined ? t('step', { number: problem.step + 1 }) : t('lesson');
  const params: Record<string, string | number> = { where, field: t(`fields.${fieldOf(problem)}`) };
  if ('got' in problem) params.got = problem.got;
  if ('lang' in problem) params.lang = problem.lang;
  if ('max' in problem) params.max = problem.max;
  if ('min' in problem) params.min = problem.min;
  return `${t(KEYS[problem.kind], params)} (${problemPath(problem)})`;
}
