/**
 * Checks data/releases.json: versions rise from the oldest release to the newest, dates are real
 * days not after today, and every correction names an event that exists.
 */
import { parseItems, type DataFile, type Problem } from './parseDataFile.ts';
import { Release } from './schema.ts';
import { isRealDate } from '../time/calendarDay.ts';

function versionParts(version: string): number[] {
  return version.split('.').map(Number);
}

/** Negative when `a` is an older version than `b`. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** The releases, newest first; problems are added to `problems`. */
export interface KnownItems {
  event: ReadonlySet<string>;
  initiative: ReadonlySet<string>;
  story: ReadonlySet<string>;
}

export function validateReleases(file: DataFile, known: KnownItems, today: string, problems: Problem[]): Release[] {
  const parsed = parseItems(file, Release, 'version', problems);
  parsed.forEach(({ item, name }, index) => {
    const report = (field: string, message: string) => problems.push({ file: file.path, item: name, field, message });
    if (!isRealDate(item.date)) report('date', `"${item.date}" is not a real date`);
    else if (item.date > today) report('date', `"${item.date}" is in the future (today is ${today})`);
    const newer = parsed[index - 1]?.item;
    // The file lists the newest release first.
    if (newer && compareVersions(newer.version, item.version) <= 0) report('version', `"${item.version}" does not come before "${newer.version}" (newest first, versions rising)`);
    if (newer && newer.date < item.date) report('date', `"${item.date}" is after the newer release's "${newer.date}"`);
    item.corrections.forEach((correction, at) => {
      if (!known[correction.kind].has(correction.id)) report(`corrections[${at}].id`, `unknown ${correction.kind} "${correction.id}"`);
    });
  });
  return parsed.map(({ item }) => item);
}
