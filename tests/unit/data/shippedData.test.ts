import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../../src/lib/data/validateDataset.ts';
import { readDataFiles, todayIso } from '../../../scripts/readDataFiles.ts';
import { worldLand } from '../../../scripts/worldLand.ts';

const ROOT = join(import.meta.dirname, '../../..');
const { problems, dataset } = validateDataset(readDataFiles(ROOT), todayIso(), { land: worldLand(ROOT) });
const events = dataset?.events ?? [];

describe('the shipped dataset', () => {
  it('validates with no problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('runs from 2000 to the current year', () => {
    const years = new Set(events.map((event) => Number(event.date.slice(0, 4))));
    expect(Math.min(...years)).toBe(2000);
    expect(Math.max(...years)).toBe(Number(todayIso().slice(0, 4)));
  });

  it('includes the first (Astana, 2022-10-14) and second (Dushanbe, 2025-10-09) Central Asia – Russia summits', () => {
    const summits = events.filter((event) => event.type === 'summit' && event.initiatives.includes('ca-russia-summits'));
    const astana = summits.find((event) => event.date === '2022-10-14');
    const dushanbe = summits.find((event) => event.date === '2025-10-09');
    for (const summit of [astana, dushanbe]) {
      expect(summit?.participants.slice().sort()).toEqual(['KAZ', 'KGZ', 'RUS', 'TJK', 'TKM', 'UZB']);
    }
    expect(astana?.place.capitalOf).toBe('KAZ');
    expect(dushanbe?.place.capitalOf).toBe('TJK');
  });

  it('carries what the seed reports of Tokayev at Dushanbe: the 7,591 km border, the Caspian programme, the eastern branch', () => {
    const dushanbeDay = events.filter((event) => event.date === '2025-10-09');
    const text = dushanbeDay.map((event) => `${event.summary.en} ${event.summary.ru}`).join(' ');
    expect(text).toMatch(/7[,  ]?591/);
    expect(dushanbeDay.some((event) => event.initiatives.includes('caspian-water-programme'))).toBe(true);
    expect(dushanbeDay.some((event) => event.initiatives.includes('instc-eastern-branch'))).toBe(true);
    expect(dushanbeDay.some((event) => (event.quotes ?? []).length > 0)).toBe(true);
  });

  it('gives every focus country a capital and every event place a country of the data', () => {
    const focus = dataset?.countries.filter((country) => country.role === 'focus') ?? [];
    expect(focus.map((country) => country.iso3).sort()).toEqual(['KAZ', 'KGZ', 'RUS', 'TJK', 'TKM', 'UZB']);
    expect(focus.every((country) => country.capital)).toBe(true);
  });

  it('names the Kazakh capital after its date: Astana, Nur-Sultan from 2019, Astana again from 2022', () => {
    const kazakhstan = dataset?.countries.find((country) => country.iso3 === 'KAZ');
    expect(kazakhstan?.capital?.names.map((entry) => entry.name.en)).toEqual(['Astana', 'Nur-Sultan', 'Astana']);
  });

  it('is cited in CITATION.cff at the version and date of its newest release', () => {
    const citation = readFileSync(join(ROOT, 'CITATION.cff'), 'utf8');
    const newest = dataset?.releases[0];
    expect(citation).toMatch(new RegExp(`^version: ${newest?.version.replaceAll('.', '\\.')}$`, 'm'));
    expect(citation).toMatch(new RegExp(`^date-released: ${newest?.date}$`, 'm'));
  });
});
