/**
 * Validates the data files as a whole: each item against the schema, then the references between
 * files. Pure (no fs) so the CLI, the Vite plugin and the tests share it. Every problem names the
 * file, the item id and the field, and nothing stops at the first problem.
 */
import { Country, Initiative, RelationsEvent, Story } from './schema.ts';
import { fieldPath, itemName, parseItems, parseJson, type DataFile, type Problem } from './parseDataFile.ts';
import type { Dataset } from './dataset.ts';

import { isRealDate } from '../time/calendarDay.ts';
import type { LandLookup } from '../geo/landLookup.ts';
import { checkEventPlace, checkInitiativeGeometry } from './validateGeography.ts';
import { validateReleases } from './validateReleases.ts';

export { formatProblem, type DataFile, type Problem } from './parseDataFile.ts';

export interface DataFiles {
  countries: DataFile;
  initiatives: DataFile;
  events: DataFile[];
  stories: DataFile[];
  /** data/releases.json; absent in small fixtures. */
  releases?: DataFile;
}

export interface ValidationOptions {
  /** The map's land geometry: with it, places are checked against their countries and corridors against the sea. */
  land?: LandLookup;
}

const PRECISION_OF_LENGTH: Record<number, 'year' | 'month' | 'day'> = { 4: 'year', 7: 'month', 10: 'day' };

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
export function validateDataset(files: DataFiles, today: string, options: ValidationOptions = {}): ValidationResult {
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
    if (options.land) checkInitiativeGeometry(item, options.land, report);
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
      if (item.type === 'talks' && item.participants.length < 2) report('participants', 'talks need at least two participants');
      if (item.relationLevel !== undefined && item.type !== 'agreement' && item.type !== 'statement') {
        report('relationLevel', `only an agreement or a statement sets the relationship's level (this is "${item.type}")`);
      }
      if (options.land && countryCodes.has(item.place.country)) checkEventPlace(item, options.land, report);
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

  // Initiative status steps name the event that moved them.
  for (const { item, name } of initiatives) {
    item.status.forEach((entry, index) => {
      if (entry.event !== undefined && !eventIds.has(entry.event)) {
        problems.push({ file: files.initiatives.path, item: name, field: `status[${index}].event`, message: `unknown event "${entry.event}"` });
      }
    });
  }
  const known = { event: eventIds, initiative: initiativeIds, story: new Set(stories.map((story) => story.id)) };
  const releases = files.releases ? validateReleases(files.releases, known, today, problems) : [];

  if (problems.length > 0) return { problems };
  events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return {
    problems,
    dataset: {
      countries: countries.map(({ item }) => item),
      initiatives: initiatives.map(({ item }) => item),
      events,
      stories,
      releases,
    },
  };
}
