/** Reads the data folder into the shape validateDataset expects (the only fs code for data). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataFile, DataFiles } from '../src/lib/data/validateDataset.ts';

function read(root: string, path: string): DataFile {
  const absolute = join(root, path);
  return { path: relative(root, absolute).split('\\').join('/'), text: existsSync(absolute) ? readFileSync(absolute, 'utf8') : '' };
}

function readFolder(root: string, folder: string): DataFile[] {
  const absolute = join(root, folder);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => read(root, `${folder}/${name}`));
}

/** `root` is the repository root; data lives in root/data. */
export function readDataFiles(root: string): DataFiles {
  return {
    countries: read(root, 'data/countries.json'),
    initiatives: read(root, 'data/initiatives.json'),
    events: readFolder(root, 'data/events'),
    stories: readFolder(root, 'data/stories'),
    ...(existsSync(join(root, 'data/releases.json')) ? { releases: read(root, 'data/releases.json') } : {}),
  };
}

/** Today's date (YYYY-MM-DD, UTC): the validator refuses events after it. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
