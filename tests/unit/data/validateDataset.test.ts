import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset, type DataFiles } from '../../../src/lib/data/validateDataset.ts';
import { isRealDate } from '../../../src/lib/time/calendarDay.ts';
import { readDataFiles } from '../../../scripts/readDataFiles.ts';

const FIXTURE_ROOT = join(import.meta.dirname, '../../fixtures/valid');
const TODAY = '2026-11-25';
const EVENTS_2025 = 'data/events/2025.json';

function goodFiles(): DataFiles {
  return readDataFiles(FIXTURE_ROOT);
}

/** The good fixture with one event of data/events/2025.json changed by `mutate`. */
function withEvent(mutate: (event: Record<string, any>) => void): DataFiles {
  const files = goodFiles();
  const file = files.events.find((entry) => entry.path === EVENTS_2025)!;
  const events = JSON.parse(file.text);
  mutate(events[0]);
  file.text = JSON.stringify(events);
  return files;
}

function messages(files: DataFiles): string[] {
  return validateDataset(files, TODAY).problems.map(formatProblem);
}

const SUMMIT = '2025-10-09-dushanbe-ca-russia-summit';

describe('validateDataset', () => {
  it('accepts the good fixture and returns events sorted by date', () => {
    const { problems, dataset } = validateDataset(goodFiles(), TODAY);
    expect(problems).toEqual([]);
    expect(dataset?.events.map((event) => event.date)).toEqual(['2022-10-14', '2025-10-09']);
    expect(dataset?.events[0].datePrecision).toBe('day');
  });

  it('names the file, the event and the field of a date that does not exist', () => {
    expect(messages(withEvent((event) => (event.date = '2025-02-30')))).toContain(
      `${EVENTS_2025}: ${SUMMIT}: date: "2025-02-30" is not a real date`,
    );
  });

  it('refuses a date in the future', () => {
    expect(messages(withEvent((event) => (event.date = '2026-12-01')))).toContain(
      `${EVENTS_2025}: ${SUMMIT}: date: "2026-12-01" is in the future (today is ${TODAY})`,
    );
  });

  it('refuses a date that does not match its precision or its file', () => {
    const problems = messages(withEvent((event) => (event.date = '2024-10')));
    expect(problems).toContain(`${EVENTS_2025}: ${SUMMIT}: datePrecision: "day" does not match date "2024-10" (month precision)`);
    expect(problems).toContain(`${EVENTS_2025}: ${SUMMIT}: date: "2024-10" does not belong in 2025.json`);
  });

  it('refuses an end date before the start', () => {
    expect(messages(withEvent((event) => (event.endDate = '2025-10-01')))).toContain(
      `${EVENTS_2025}: ${SUMMIT}: endDate: "2025-10-01" is before date "2025-10-09"`,
    );
  });

  it('refuses a participant missing from countries.json', () => {
    expect(messages(withEvent((event) => event.participants.push('XYZ')))).toContain(
      `${EVENTS_2025}: ${SUMMIT}: participants[6]: unknown country "XYZ" (not in data/countries.json)`,
    );
  });

  it('refuses a participant code that is not alpha-3', () => {
    expect(messages(withEvent((event) => (event.participants[0] = 'kz')))).toContain(
      `${EVENTS_2025}: ${SUMMIT}: participants[0]: must be an ISO 3166-1 alpha-3 code such as "KAZ"`,
    );
  });

  it('refuses a place in an unknown country', () => {
    expect(messages(withEvent((event) => (event.place.country = 'ATL')))).toContain(`${EVENTS_2025}: ${SUMMIT}: place.country: unknown country "ATL"`);
  });

  it('refuses coordinates out of range', () => {
    expect(messages(withEvent((event) => (event.place.lat = 95)))).toContain(`${EVENTS_2025}: ${SUMMIT}: place.lat: latitude must be within -90..90`);
    expect(messages(withEvent((event) => (event.place.lon = -200)))).toContain(`${EVENTS_2025}: ${SUMMIT}: place.lon: longitude must be within -180..180`);
  });

  it('refuses an initiative id that is not in initiatives.json', () => {
    expect(messages(withEvent((event) => (event.initiatives = ['silk-road-2'])))).toContain(
      `${EVENTS_2025}: ${SUMMIT}: initiatives[0]: unknown initiative "silk-road-2" (not in data/initiatives.json)`,
    );
  });

  it('refuses two events with the same id', () => {
    expect(messages(withEvent((event) => (event.id = '2022-10-14-astana-first-ca-russia-summit')))).toContain(
      `${EVENTS_2025}: 2022-10-14-astana-first-ca-russia-summit: id: duplicate id "2022-10-14-astana-first-ca-russia-summit"`,
    );
  });

  it('refuses an event without a source', () => {
    expect(messages(withEvent((event) => (event.sources = [])))).toContain(`${EVENTS_2025}: ${SUMMIT}: sources: every event needs at least one source`);
  });

  it('refuses a source whose URL is not http(s)', () => {
    expect(messages(withEvent((event) => (event.sources[0].url = 'javascript:alert(1)')))).toContain(
      `${EVENTS_2025}: ${SUMMIT}: sources[0].url: must be an http(s) URL`,
    );
  });

  it('refuses a missing required translation', () => {
    expect(messages(withEvent((event) => delete event.title.en))).toContain(`${EVENTS_2025}: ${SUMMIT}: title.en: Invalid input: expected string, received undefined`);
    expect(messages(withEvent((event) => (event.summary.ru = '  ')))).toContain(`${EVENTS_2025}: ${SUMMIT}: summary.ru: Russian text is required`);
  });

  it('refuses a type outside the vocabulary', () => {
    const [problem] = messages(withEvent((event) => (event.type = 'party')));
    expect(problem).toMatch(new RegExp(`^${EVENTS_2025}: ${SUMMIT}: type: `));
  });

  it('refuses a quote that points at a source the event does not have', () => {
    expect(messages(withEvent((event) => (event.quotes[0].source = 3)))).toContain(`${EVENTS_2025}: ${SUMMIT}: quotes[0].source: no source #3 in this event`);
  });

  it('names the file and the position of malformed JSON', () => {
    const files = goodFiles();
    files.events[1].text = '[\n  { "id": "x",\n  }\n]';
    const [problem] = messages(files);
    expect(problem).toMatch(/^data\/events\/2025\.json: \(file\): \(json\): malformed JSON at line 3, column 3/);
  });

  it('refuses a story step that names an unknown event', () => {
    const files = goodFiles();
    const story = JSON.parse(files.stories[0].text);
    story.steps[0].event = 'no-such-event';
    files.stories[0].text = JSON.stringify(story);
    expect(messages(files)).toContain('data/stories/astana-to-dushanbe.json: astana-to-dushanbe: steps[0].event: unknown event "no-such-event"');
  });

  it('reports every schema problem of an item at once', () => {
    const problems = messages(
      withEvent((event) => {
        event.sources = [];
        event.topics = [];
        delete event.summary;
      }),
    );
    const inEventFile = problems.filter((problem) => problem.startsWith(EVENTS_2025));
    expect(inEventFile.map((problem) => problem.split(': ')[2]).sort()).toEqual(['sources', 'summary', 'topics']);
  });

  it('names items without an id by their position', () => {
    const files = withEvent((event) => delete event.id);
    expect(messages(files)[0]).toMatch(new RegExp(`^${EVENTS_2025}: #0: id: `));
  });

  it('reports every problem, not only the first', () => {
    const problems = messages(
      withEvent((event) => {
        event.date = '2025-13-01';
        event.participants.push('ZZZ');
        event.initiatives = ['nowhere'];
      }),
    );
    expect(problems).toHaveLength(3);
  });
});

describe('isRealDate', () => {
  it('knows leap years and month lengths', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-04-31')).toBe(false);
    expect(isRealDate('2025-00-10')).toBe(false);
    expect(isRealDate('2025-10')).toBe(true);
    expect(isRealDate('2010')).toBe(true);
  });
});

describe('npm run validate (the CLI)', () => {
  const run = (root: string) => {
    try {
      return { code: 0, output: execFileSync('npx', ['tsx', 'scripts/validate-data.ts', root], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error: any) {
      return { code: error.status as number, output: `${error.stdout}${error.stderr}` };
    }
  };

  it('exits 0 on good data and 1 with one line per problem on bad data', () => {
    expect(run(FIXTURE_ROOT).code).toBe(0);
    const bad = mkdtempSync(join(tmpdir(), 'bad-data-'));
    cpSync(FIXTURE_ROOT, bad, { recursive: true });
    writeFileSync(join(bad, 'data/initiatives.json'), '{ not json');
    const { code, output } = run(bad);
    expect(code).toBe(1);
    expect(output).toContain('data/initiatives.json: (file): (json): malformed JSON at line 1, column 3');
  }, 30_000);
});
