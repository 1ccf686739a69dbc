/**
 * The check a lesson from a link or a file passes before anything shows it: the shape of
 * data/stories/*.json (the same rules as the Story schema, written out here because the browser
 * bundle deliberately carries no schema library), ids that exist in the dataset, and bounded text.
 * A lesson written in one language is accepted: the missing Russian or English is filled from the
 * language it has, so it presents like a shipped story. Only known fields are copied into the result.
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

export type LessonCheck = { ok: true; lesson: Lesson } | { ok: false; problems: string[] };

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

function checkText(raw: unknown, path: string, maxLength: number, problems: string[]): LocalizedText | null {
  if (!isRecord(raw)) {
    problems.push(`${path}: must be an object with "ru", "en" or "kk" text`);
    return null;
  }
  const problemsBefore = problems.length;
  const found: Partial<Record<'ru' | 'en' | 'kk', string>> = {};
  for (const lang of ['ru', 'en', 'kk'] as const) {
    const value = raw[lang];
    if (value === undefined) continue;
    if (typeof value !== 'string') problems.push(`${path}.${lang}: must be text`);
    else if (value.length > maxLength) problems.push(`${path}.${lang}: longer than ${maxLength} characters`);
    else if (CONTROL.test(value)) problems.push(`${path}.${lang}: contains control characters`);
    else if (value.trim() !== '') found[lang] = value.trim();
  }
  const any = found.ru ?? found.en ?? found.kk;
  if (any === undefined) {
    if (problems.length === problemsBefore) problems.push(`${path}: needs text in at least one language`);
    return null;
  }
  const text: LocalizedText = { ru: found.ru ?? found.en ?? any, en: found.en ?? found.ru ?? any };
  if (found.kk !== undefined) text.kk = found.kk;
  return text;
}

function checkView(raw: unknown, path: string, problems: string[]): Story['steps'][number]['view'] | null {
  if (!isRecord(raw)) {
    problems.push(`${path}: must be {lon, lat, zoom}`);
    return null;
  }
  const { lon, lat, zoom } = raw;
  const inRange = (value: unknown, min: number, max: number): value is number => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
  const problemsBefore = problems.length;
  if (!inRange(lon, -180, 180)) problems.push(`${path}.lon: must be a number within -180..180`);
  if (!inRange(lat, -90, 90)) problems.push(`${path}.lat: must be a number within -90..90`);
  if (!inRange(zoom, 0, 12)) problems.push(`${path}.zoom: must be a number within 0..12`);
  return problems.length === problemsBefore ? { lon: lon as number, lat: lat as number, zoom: zoom as number } : null;
}

/**
 * The lesson in `raw` if it is well formed and names only known events and initiatives; otherwise
 * every problem found, each naming its field ("steps[2].event: unknown event …").
 */
export function validateLesson(raw: unknown, knownEventIds: KnownIds, knownInitiativeIds: KnownIds): LessonCheck {
  const problems: string[] = [];
  if (!isRecord(raw)) return { ok: false, problems: ['lesson: must be a JSON object with "id", "title" and "steps"'] };
  if (typeof raw.id !== 'string' || !SLUG.test(raw.id) || raw.id.length > 100) problems.push(`id: must be lower-case words joined by "-" (got ${shown(raw.id)})`);
  const title = checkText(raw.title, 'title', MAX_TITLE_CHARS, problems);
  const steps: Story['steps'] = [];
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) problems.push('steps: must be a list of at least one step');
  else if (raw.steps.length > MAX_STEPS) problems.push(`steps: more than ${MAX_STEPS} steps`);
  else {
    raw.steps.forEach((rawStep: unknown, index) => {
      const path = `steps[${index}]`;
      if (!isRecord(rawStep)) {
        problems.push(`${path}: must be an object`);
        return;
      }
      const { event, initiative } = rawStep;
      const step: Partial<Story['steps'][number]> = {};
      if ((event === undefined) === (initiative === undefined)) problems.push(`${path}: needs exactly one of "event" and "initiative"`);
      else if (event !== undefined) {
        if (typeof event !== 'string' || !knownEventIds.has(event)) problems.push(`${path}.event: unknown event ${shown(event)}`);
        else step.event = event;
      } else if (typeof initiative !== 'string' || !knownInitiativeIds.has(initiative)) problems.push(`${path}.initiative: unknown initiative ${shown(initiative)}`);
      else step.initiative = initiative;
      const caption = checkText(rawStep.caption, `${path}.caption`, MAX_CAPTION_CHARS, problems);
      if (caption) step.caption = caption;
      if (rawStep.view !== undefined) {
        const view = checkView(rawStep.view, `${path}.view`, problems);
        if (view) step.view = view;
      }
      steps.push(step as Story['steps'][number]);
    });
  }
  if (problems.length > 0 || title === null) return { ok: false, problems };
  return { ok: true, lesson: { id: raw.id as string, title, steps } };
}
