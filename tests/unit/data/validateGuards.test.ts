/** The validator's guards added with the researched record: geography, talks, levels and releases. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset, type DataFiles } from '../../../src/lib/data/validateDataset.ts';
import { readDataFiles } from '../../../scripts/readDataFiles.ts';
import { worldLand } from '../../../scripts/worldLand.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURE_ROOT = join(ROOT, 'tests/fixtures/valid');
const TODAY = '2026-11-25';
const EVENTS_2025 = 'data/events/2025.json';
const SUMMIT = '2025-10-09-dushanbe-ca-russia-summit';
const land = worldLand(ROOT);

function files(mutate: (events: Record<string, any>[], initiatives: Record<string, any>[]) => void = () => undefined, releases?: unknown): DataFiles {
  const data = readDataFiles(FIXTURE_ROOT);
  const eventFile = data.events.find((entry) => entry.path === EVENTS_2025)!;
  const events = JSON.parse(eventFile.text);
  const initiatives = JSON.parse(data.initiatives.text);
  mutate(events, initiatives);
  eventFile.text = JSON.stringify(events);
  data.initiatives.text = JSON.stringify(initiatives);
  if (releases !== undefined) data.releases = { path: 'data/releases.json', text: JSON.stringify(releases) };
  return data;
}

const problems = (data: DataFiles) => validateDataset(data, TODAY, { land }).problems.map(formatProblem);

const release = (version: string, date: string, corrections: unknown[] = []) => ({
  version,
  date,
  summary: { ru: 'Выпуск', en: 'Release' },
  eventsAdded: 1,
  corrections,
});

describe('validateDataset with the map geometry', () => {
  it('accepts the good fixture', () => {
    expect(problems(files())).toEqual([]);
  });

  it('refuses a place that lies in another country than the one it names', () => {
    // Tashkent's coordinates under Tajikistan.
    const result = problems(files(([summit]) => Object.assign(summit.place, { lon: 69.24, lat: 41.31, country: 'TJK', capitalOf: undefined })));
    expect(result).toContain(`${EVENTS_2025}: ${SUMMIT}: place: (69.24, 41.31) lies in UZB, not in TJK`);
  });

  it('refuses a place at sea', () => {
    const result = problems(files(([summit]) => Object.assign(summit.place, { lon: 51, lat: 42, capitalOf: undefined })));
    expect(result).toContain(`${EVENTS_2025}: ${SUMMIT}: place: (51, 42) lies at sea, not in TJK`);
  });

  it('accepts a border point a few kilometres outside its country', () => {
    // 0.03° (about 3 km) south of the Kazakhstan–Turkmenistan border, named as Kazakhstan.
    expect(problems(files(([summit]) => Object.assign(summit.place, { lon: 54.6, lat: 42.07, country: 'KAZ', capitalOf: undefined })))).toEqual([]);
  });

  it('refuses a corridor line across open water unless it is marked as a sea crossing', () => {
    const line = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[48.04, 46.35], [51.0, 40.0]] } };
    const across = problems(files((_, initiatives) => initiatives[0].geometry.features.push(line)));
    expect(across.some((message) => message.includes('crosses open water'))).toBe(true);
    const marked = { ...line, properties: { seaCrossing: true } };
    expect(problems(files((_, initiatives) => initiatives[0].geometry.features.push(marked)))).toEqual([]);
  });
});

describe('validateDataset rules for talks and relationship levels', () => {
  it('needs two participants for talks', () => {
    const result = problems(files(([summit]) => Object.assign(summit, { type: 'talks', participants: ['TJK'] })));
    expect(result).toContain(`${EVENTS_2025}: ${SUMMIT}: participants: talks need at least two participants`);
  });

  it('lets only agreements and statements set the relationship level', () => {
    const result = problems(files(([summit]) => (summit.relationLevel = 'alliance')));
    expect(result).toContain(`${EVENTS_2025}: ${SUMMIT}: relationLevel: only an agreement or a statement sets the relationship's level (this is "summit")`);
  });
});

describe('validateDataset on data/releases.json', () => {
  it('accepts releases newest first with rising versions and real corrections', () => {
    const correction = { id: SUMMIT, field: 'participants', old: '[]', new: '["TJK"]', why: { ru: 'По источнику.', en: 'Per the source.' } };
    const { problems: found, dataset } = validateDataset(files(undefined, [release('1.1.0', '2026-11-20', [correction]), release('1.0.0', '2026-11-01')]), TODAY, { land });
    expect(found).toEqual([]);
    expect(dataset?.releases.map((entry) => entry.version)).toEqual(['1.1.0', '1.0.0']);
    expect(dataset?.releases[0].corrections[0].kind).toBe('event');
  });

  it('refuses versions that do not rise, dates in the future and corrections of unknown items', () => {
    const correction = { id: 'no-such-event', field: 'date', old: '2020', new: '2021', why: { ru: 'x', en: 'x' } };
    const result = problems(files(undefined, [release('1.0.0', '2026-12-01', [correction]), release('1.0.0', '2026-11-01')]));
    expect(result).toContain('data/releases.json: 1.0.0: date: "2026-12-01" is in the future (today is 2026-11-25)');
    expect(result).toContain('data/releases.json: 1.0.0: corrections[0].id: unknown event "no-such-event"');
    expect(result).toContain('data/releases.json: 1.0.0: version: "1.0.0" does not come before "1.0.0" (newest first, versions rising)');
  });

  it('refuses a version that is not semantic', () => {
    expect(problems(files(undefined, [release('v2', '2026-11-01')]))).toContain('data/releases.json: v2: version: must be a semantic version such as "1.2.0"');
  });
});
