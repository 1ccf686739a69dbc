/**
 * The check a lesson from a link or a file passes before anything shows it: the shape of
 * data/stories/*.json (the same rules as the Story schema, written out here because the browser
 * bundle deliberately carries no schema library), ids that exist in the dataset, and bounded text.
 * A lesson written in one language is accepted: the missing Russian or English is filled from the
 * language it has, so it presents like a shipped story. Only known fields are copied into the result.
 * Problems come back as data naming the step (from 0), the field and the offending value; the page
 * words them in the reader's language (lib/i18n/lessonProblemText.ts).
 */
import type { LocalizedText, Story } from '../data/schema.ts';

export type Lesson = Story;

/** Longest title and caption accepted (a caption is read from across a classroom). */
export const MAX_TITLE_CHARS = 200;
export const MAX_CAPTION_CHARS = 1000;
export const MAX_STEPS = 100;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Control characters other than tab and newline have no place in a caption. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Which text a problem is in: the lesson's title or a step's caption. */
type TextField = 'title' | 'caption';
type ViewField = 'lon' | 'lat' | 'zoom';

/** One thing wrong with a lesson; `step` counts from 0, `lang` names the language of a text. */
export type LessonProblem =
  | { kind: 'not-object' }
  | { kind: 'bad-id'; got: string }
  | { kind: 'text-not-object'; field: TextField; step?: number }
  | { kind: 'text-not-string'; field: TextField; step?: number; lang: string }
  | { kind: 'text-too-long'; field: TextField; step?: number; lang: string; max: number }
  | { kind: 'text-control'; field: TextField; step?: number; lang: string }
  | { kind: 'text-empty'; field: TextField; step?: number }
  | { kind: 'no-steps' }
  | { kind: 'too-many-steps'; max: number }
  | { kind: 'step-not-object'; step: number }
  | { kind: 'step-subject'; step: number }
  | { kind: 'unknown-event'; step: number; got: string }
  | { kind: 'unknown-initiative'; step: number; got: string }
  | { kind: 'view-not-object'; step: number }
  | { kind: 'view-out-of-range'; step: number; field: ViewField; min: number; max: number };

export type LessonCheck = { ok: true; lesson: Lesson } | { ok: false; problems: LessonProblem[] };

/** Where in the file a problem is, as a path such as `steps[2].caption.en` (for technical readers). */
export function problemPath(problem: LessonProblem): string {
  const step = 'step' in problem && problem.step !== undefined ? `steps[${problem.step}]` : '';
  const join = (...parts: string[]) => parts.filter((part) => part !== '').join('.');
  switch (problem.kind) {
    case 'not-object':
      return 'lesson';
    case 'bad-id':
      return 'id';
    case 'no-steps':
    case 'too-many-steps':
      return 'steps';
    case 'step-not-object':
    case 'step-subject':
      return step;
    case 'unknown-event':
      return join(step, 'event');
    case 'unknown-initiative':
      return join(step, 'initiative');
    case 'view-not-object':
      return join(step, 'view');
    case 'view-out-of-range':
      return join(step, 'view', problem.field);
    case 'text-not-string':
    case 'text-too-long':
    case 'text-control':
      return join(step, problem.field, problem.lang);
    default:
      return join(step, problem.field);
  }
}

interface KnownIds {
  has(id: string): boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function checkText(raw: unknown, at: { field: TextField; step?: number }, maxLength: number, problems: LessonProblem[]): LocalizedText | null {
  if (!isRecord(raw)) {
    problems.push({ kind: 'text-not-object', ...at });
    return null;
  }
  const problemsBefore = problems.length;
  const found: Partial<Record<'ru' | 'en' | 'kk', string>> = {};
  for (const lang of ['ru', 'en', 'kk'] as const) {
    const value = raw[lang];
    if (value === undefined) continue;
    if (typeof value !== 'string') problems.push({ kind: 'text-not-string', ...at, lang });
    else if (value.length > maxLength) problems.push({ kind: 'text-too-long', ...at, lang, max: maxLength });
    else if (CONTROL.test(value)) problems.push({ kind: 'text-control', ...at, lang });
    else if (value.trim() !== '') found[lang] = value.trim();
  }
  const any = found.ru ?? found.en ?? found.kk;
  if (any === undefined) {
    if (problems.length === problemsBefore) problems.push({ kind: 'text-empty', ...at });
    return null;
  }
  const text: LocalizedText = { ru: found.ru ?? found.en ?? any, en: found.en ?? found.ru ?? any };
  if (found.kk !== undefined) text.kk = found.kk;
  return text;
}

function checkView(raw: unknown, step: number, problems: LessonProblem[]): Story['steps'][number]['view'] | null {
  if (!isRecord(raw)) {
    problems.push({ kind: 'view-not-object', step });
    return null;
  }
  const { lon, lat, zoom } = raw;
  const inRange = (value: unknown, min: number, max: number): value is number => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
  const problemsBefore = problems.length;
  if (!inRange(lon, -180, 180)) problems.push({ kind: 'view-out-of-range', step, field: 'lon', min: -180, max: 180 });
  if (!inRange(lat, -90, 90)) problems.push({ kind: 'view-out-of-range', step, field: 'lat', min: -90, max: 90 });
  if (!inRange(zoom, 0, 12)) problems.push({ kind: 'view-out-of-range', step, field: 'zoom', min: 0, max: 12 });
  return problems.length === problemsBefore ? { lon: lon as number, lat: lat as number, zoom: zoom as number } : null;
}

/**
 * The lesson in `raw` if it is well formed and names only known events and initiatives; otherwise
 * every problem found, each naming its step and field (an unknown event names its id).
 */
export function validateLesson(raw: unknown, knownEventIds: KnownIds, knownInitiativeIds: KnownIds): LessonCheck {
  const problems: LessonProblem[] = [];
  if (!isRecord(raw)) return { ok: false, problems: [{ kind: 'not-object' }] };
  if (typeof raw.id !== 'string' || !SLUG.test(raw.id) || raw.id.length > 100) problems.push({ kind: 'bad-id', got: shown(raw.id) });
  const title = checkText(raw.title, { field: 'title' }, MAX_TITLE_CHARS, problems);
  const steps: Story['steps'] = [];
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) problems.push({ kind: 'no-steps' });
  else if (raw.steps.length > MAX_STEPS) problems.push({ kind: 'too-many-steps', max: MAX_STEPS });
  else {
    raw.steps.forEach((rawStep: unknown, index) => {
      if (!isRecord(rawStep)) {
        problems.push({ kind: 'step-not-object', step: index });
        return;
      }
      const { event, initiative } = rawStep;
      const step: Partial<Story['steps'][number]> = {};
      if ((event === undefined) === (initiative === undefined)) problems.push({ kind: 'step-subject', step: index });
      else if (event !== undefined) {
        if (typeof event !== 'string' || !knownEventIds.has(event)) problems.push({ kind: 'unknown-event', step: index, got: shown(event) });
        else step.event = event;
      } else if (typeof initiative !== 'string' || !knownInitiativeIds.has(initiative)) problems.push({ kind: 'unknown-initiative', step: index, got: shown(initiative) });
      else step.initiative = initiative;
      const caption = checkText(rawStep.caption, { field: 'caption', step: index }, MAX_CAPTION_CHARS, problems);
      if (caption) step.caption = caption;
      if (rawStep.view !== undefined) {
        const view = checkView(rawStep.view, index, problems);
        if (view) step.view = view;
      }
      steps.push(step as Story['steps'][number]);
    });
  }
  if (problems.length > 0 || title === null) return { ok: false, problems };
  return { ok: true, lesson: { id: raw.id as string, title, steps } };
}
