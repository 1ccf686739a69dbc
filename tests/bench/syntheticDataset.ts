/**
 * A synthetic data folder of any size for benchmarks: real events cloned under new ids, spread over
 * 2000–today with their type, pair and topics rotated so filters have something to tell apart.
 * Countries and initiatives are copied (without the status ladder's event links), so the folder passes the same validation.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFiles, todayIso } from '../../scripts/readDataFiles.ts';
import { buildAppVariant } from '../support/buildAppVariant.ts';
import { validateDataset } from '../../src/lib/data/validateDataset.ts';
import type { Dataset } from '../../src/lib/data/dataset.ts';
import type { RelationsEvent } from '../../src/lib/data/schema.ts';
import { EVENT_TYPES, TOPICS } from '../../src/lib/data/vocabulary.ts';

/** The repository's data when it validates, else the test fixture (curated data may be mid-edit). */
export function templateDataset(root: string): { dataset: Dataset; root: string } {
  for (const candidate of [root, join(root, 'tests/fixtures/valid')]) {
    const { dataset } = validateDataset(readDataFiles(candidate), todayIso());
    if (dataset && dataset.events.length > 0) return { dataset, root: candidate };
  }
  throw new Error('no valid data to clone: neither data/ nor tests/fixtures/valid validates');
}

const PARTICIPANT_SETS = [['RUS', 'KAZ'], ['RUS', 'KGZ'], ['RUS', 'TJK'], ['RUS', 'TKM'], ['RUS', 'UZB'], ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'RUS']];

/** `count` events cloned from `templates`, dated evenly from 2000-01-01 to `today`, some with month precision only. */
export function syntheticEvents(templates: readonly RelationsEvent[], count: number, today = todayIso()): RelationsEvent[] {
  const start = Date.UTC(2000, 0, 1);
  const span = Date.parse(`${today}T00:00:00Z`) - start;
  return Array.from({ length: count }, (_, index) => {
    const template = templates[index % templates.length];
    const day = new Date(start + Math.floor((span * index) / count)).toISOString().slice(0, 10);
    const monthOnly = index % 13 === 7;
    const date = monthOnly ? day.slice(0, 7) : day;
    // The type is rotated, and only an agreement or a statement may carry a relation level.
    const { endDate: _endDate, relationLevel: _relationLevel, ...rest } = template;
    return {
      ...rest,
      id: `${day}-synthetic-${index}`,
      date,
      datePrecision: monthOnly ? 'month' : 'day',
      type: EVENT_TYPES[index % EVENT_TYPES.length],
      participants: PARTICIPANT_SETS[index % PARTICIPANT_SETS.length],
      topics: [TOPICS[index % TOPICS.length], ...(index % 3 === 0 ? [TOPICS[(index + 4) % TOPICS.length]] : [])],
    };
  });
}

/** Writes a data folder (data/countries.json, data/initiatives.json, data/events/<year>.json) with `count` events; returns its root. */
export function writeSyntheticDataFolder(sourceRoot: string, target: string, count: number): string {
  const { dataset } = templateDataset(sourceRoot);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'data/events'), { recursive: true });
  writeFileSync(join(target, 'data/countries.json'), JSON.stringify(dataset.countries, null, 1));
  // The status ladder's links name real events, which the clones replace under new ids.
  const initiatives = dataset.initiatives.map((initiative) => ({ ...initiative, status: initiative.status.map(({ event: _event, ...step }) => step) }));
  writeFileSync(join(target, 'data/initiatives.json'), JSON.stringify(initiatives, null, 1));
  const byYear = new Map<string, RelationsEvent[]>();
  for (const event of syntheticEvents(dataset.events, count)) {
    const year = event.date.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), event]);
  }
  for (const [year, events] of byYear) writeFileSync(join(target, `data/events/${year}.json`), JSON.stringify(events, null, 1));
  return target;
}

/** The production app built on `count` synthetic events, in `workDir`/dist-`count`; returns the build folder. */
export async function buildSyntheticApp(sourceRoot: string, workDir: string, count: number): Promise<string> {
  const dataRoot = writeSyntheticDataFolder(sourceRoot, join(workDir, `data-${count}`), count);
  return buildAppVariant(dataRoot, join(workDir, `dist-${count}`));
}
