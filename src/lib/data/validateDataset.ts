/**
 * Validates the data files as a whole: each item against the schema, then the references between
 * files. Pure (no fs) so the CLI, the Vite plugin and the tests share it. Every problem names the
 * file, the item id and the field, and nothing stops at the first problem.
 */
import type { z } from 'zod';
import { Country, Initiative, RelationsEvent, Story } from './schema.ts';
import type { Dataset } from './dataset.ts';

export interface DataFile {
  /** Path relative to the repository root, as shown in messages: "data/events/2025.json". */
  path: string;
  text: string;
}

export interface DataFiles {
  countries: DataFile;
  initiatives: DataFile;
  events: DataFile[];
  stories: DataFile[];
}

export interface Problem {
  file: string;
  item: string;
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.item}: ${problem.field}: ${problem.message}`;
}

/** True for a calendar date that exists ("2025-02-30" does not). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

const PRECISION_OF_LENGTH: Record<number, 'year' | 'month' | 'day'> = { 4: 'year', 7: 'month', 10: 'day' };

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Parses JSON, turning a syntax error into a problem that names the file and the position. */
function parseJson(file: DataFile, problems: Problem[]): unknown {
  if (file.text.trim() === '') {
    problems.push({ file: file.path, item: '(file)', field: '(json)', message: 'the file is missing or empty' });
    return undefined;
  }
  try {
    return JSON.parse(file.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? lineAndColumn(file.text, Number(position[1])) : 'unknown position';
    problems.push({ file: file.path, item: '(file)', field: '(json)', message: `malformed JSON at ${where}: ${message}` });
    return undefined;
  }
}

function itemName(raw: unknown, index: number, key: 'id' | 'iso3'): string {
  if (raw && typeof raw === 'object' && typeof (raw as Record<string, unknown>)[key] === 'string') {
    return (raw as Record<string, string>)[key];
  }
  return `#${index}`;
}

function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || '(item)';
}

/** Parses an array file item by item, so one bad item does not hide the others. */
function parseItems<T>(file: DataFile, schema: z.ZodType<T>, key: 'id' | 'iso3', problems: Problem[]): Array<{ item: T; name: string }> {
  const raw = parseJson(file, problems);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file: file.path, item: '(file)', field: '(root)', message: 'must be a JSON array' });
    return [];
  }
  const parsed: Array<{ item: T; name: string }> = [];
  raw.forEach((value, index) => {
    const name = itemName(value, index, key);
    const result = schema.safeParse(value);
    if (result.success) parsed.push({ item: result.data, name });
    else for (const issue of result.error.issues) problems.push({ file: file.path, item: name, field: fieldPath(issue.path), message: issue.message });
  });
  return parsed;
}

function parseStory(file: DataFile, problems: Problem[]): Story | undefined {
  const raw = parseJson(file, problems);
  if (raw === undefined) return undefined;
  const result = Story.safeParse(raw);
  if (result.success) return result.data;
  const name = itemName(raw, 0, 'id');
  for (const issue of result.error.issues) problems.push({ file: file.path, item: name, field: fieldPath(issue.path), message: issue.message });
  return undefined;
}

/** Checks a date field: real calendar date and not after `today`. */
function checkDate(value: string | undefined, today: string, report: (message: string) => void): void {
  if (value === undefined) return;
  if (!isRealDate(value)) report(`"${value}" is not a real date`);
  else if (value.slice(0, today.length) > today.slice(0, value.length)) report(`"${value}" is in the future (today is ${today})`);
}

export interface ValidationResult {
  problems: Problem[];
  /** The parsed dataset, present only when there is no problem. */
  dataset?: Dataset;
}

/**
 * Validates all data files. `today` (YYYY-MM-DD) is passed in so tests are repeatable.
 */
export function validateDataset(files: DataFiles, today: string): ValidationResult {
  const problems: Problem[] = [];

  const countries = parseItems(files.countries, Country, 'iso3', problems);
  const countryCodes = new Set<string>();
  const numericCodes = new Set<string>();
  for (const { item, name } of countries) {
    const report = (field: string, message: string) => problems.push({ file: files.countries.path, item: name, field, message });
    if (countryCodes.has(item.iso3)) report('iso3', `duplicate code "${item.iso3}"`);
    if (numericCodes.has(item.isoNumeric)) report('isoNumeric', `duplicate code "${item.isoNumeric}"`);
    countryCodes.add(item.iso3);
    numericCodes.add(item.isoNumeric);
    if (item.role === 'focus' && !item.capital) report('capital', 'a focus country needs its capital');
    item.capital?.names.forEach((entry, index) => {
      checkDate(entry.from, today, (message) => report(`capital.names[${index}].from`, message));
      checkDate(entry.to, today, (message) => report(`capital.names[${index}].to`, message));
      if (entry.from && entry.to && entry.from > entry.to) report(`capital.names[${index}].to`, `"${entry.to}" is before from "${entry.from}"`);
    });
  }
  const capitals = new Set(countries.filter(({ item }) => item.capital).map(({ item }) => item.iso3));

  const checkSources = (file: string, name: string, sources: { date?: string }[]) =>
    sources.forEach((source, index) =>
      checkDate(source.date, today, (message) => problems.push({ file, item: name, field: `sources[${index}].date`, message })),
    );

  const initiatives = parseItems(files.initiatives, Initiative, 'id', problems);
  const initiativeIds = new Set<string>();
  for (const { item, name } of initiatives) {
    const report = (field: string, message: string) => problems.push({ file: files.initiatives.path, item: name, field, message });
    if (initiativeIds.has(item.id)) report('id', `duplicate id "${item.id}"`);
    initiativeIds.add(item.id);
    item.status.forEach((entry, index) => checkDate(entry.from, today, (message) => report(`status[${index}].from`, message)));
    checkSources(files.initiatives.path, name, item.sources);
  }
  for (const { item, name } of initiatives) {
    if (item.parent !== undefined && !initiativeIds.has(item.parent)) {
      problems.push({ file: files.initiatives.path, item: name, field: 'parent', message: `unknown initiative "${item.parent}"` });
    }
  }

  const events: RelationsEvent[] = [];
  const eventIds = new Set<string>();
  for (const file of files.events) {
    const fileYear = /(\d{4})\.json$/.exec(file.path)?.[1];
    for (const { item, name } of parseItems(file, RelationsEvent, 'id', problems)) {
      const report = (field: string, message: string) => problems.push({ file: file.path, item: name, field, message });
      if (eventIds.has(item.id)) report('id', `duplicate id "${item.id}"`);
      eventIds.add(item.id);

      checkDate(item.date, today, (message) => report('date', message));
      const precision = PRECISION_OF_LENGTH[item.date.length];
      if (precision !== item.datePrecision) report('datePrecision', `"${item.datePrecision}" does not match date "${item.date}" (${precision} precision)`);
      if (fileYear && item.date.slice(0, 4) !== fileYear) report('date', `"${item.date}" does not belong in ${fileYear}.json`);
      checkDate(item.endDate, today, (message) => report('endDate', message));
      if (item.endDate && item.endDate < item.date) report('endDate', `"${item.endDate}" is before date "${item.date}"`);

      item.participants.forEach((code, index) => {
        if (!countryCodes.has(code)) report(`participants[${index}]`, `unknown country "${code}" (not in ${files.countries.path})`);
      });
      if (new Set(item.participants).size !== item.participants.length) report('participants', 'lists a country twice');
      item.people?.forEach((person, index) => {
        if (!countryCodes.has(person.country)) report(`people[${index}].country`, `unknown country "${person.country}"`);
      });
      if (!countryCodes.has(item.place.country)) report('place.country', `unknown country "${item.place.country}"`);
      if (item.place.capitalOf !== undefined && !capitals.has(item.place.capitalOf)) {
        report('place.capitalOf', `"${item.place.capitalOf}" has no capital in ${files.countries.path}`);
      }
      item.initiatives.forEach((id, index) => {
        if (!initiativeIds.has(id)) report(`initiatives[${index}]`, `unknown initiative "${id}" (not in ${files.initiatives.path})`);
      });
      item.quotes?.forEach((quote, index) => {
        if (quote.source >= item.sources.length) report(`quotes[${index}].source`, `no source #${quote.source} in this event`);
        if (quote.translation[quote.lang] !== undefined) report(`quotes[${index}].translation.${quote.lang}`, 'translates the quote into its own language');
      });
      checkSources(file.path, name, item.sources);
      events.push(item);
    }
  }

  const stories: Story[] = [];
  for (const file of files.stories) {
    const story = parseStory(file, problems);
    if (!story) continue;
    story.steps.forEach((step, index) => {
      const report = (field: string, message: string) => problems.push({ file: file.path, item: story.id, field: `steps[${index}].${field}`, message });
      if ((step.event === undefined) === (step.initiative === undefined)) report('event', 'a step needs exactly one of event or initiative');
      if (step.event !== undefined && !eventIds.has(step.event)) report('event', `unknown event "${step.event}"`);
      if (step.initiative !== undefined && !initiativeIds.has(step.initiative)) report('initiative', `unknown initiative "${step.initiative}"`);
    });
    stories.push(story);
  }

  if (problems.length > 0) return { problems };
  events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return {
    problems,
    dataset: {
      countries: countries.map(({ item }) => item),
      initiatives: initiatives.map(({ item }) => item),
      events,
      stories,
    },
  };
}
