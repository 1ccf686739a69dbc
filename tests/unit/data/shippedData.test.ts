import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../../src/lib/data/validateDataset.ts';
import { readDataFiles, todayIso } from '../../../scripts/readDataFiles.ts';

const ROOT = join(import.meta.dirname, '../../..');
const { problems, dataset } = validateDataset(readDataFiles(ROOT), todayIso());
const events = dataset?.events ?? [];

/** Every URL the facts sheet and the seed allow us to cite. */
function citableUrls(): Set<string> | null {
  const facts = join(ROOT, '../shared/docs/facts.md');
  if (!existsSync(facts)) return null;
  const text = readFileSync(facts, 'utf8');
  return new Set(text.match(/https?:\/\/[^\s)|]+/g) ?? []);
}

describe('the shipped dataset', () => {
  it('validates with no problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('holds at least 50 real events spread from 2000 to 2025', () => {
    expect(events.length).toBeGreaterThanOrEqual(50);
    const years = new Set(events.map((event) => Number(event.date.slice(0, 4))));
    expect(Math.min(...years)).toBe(2000);
    expect(Math.max(...years)).toBe(2025);
    expect(years.size).toBeGreaterThanOrEqual(15);
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

  it('quotes only words that appear verbatim in the cited seed text', () => {
    const seedFolder = join(ROOT, '../shared/sources');
    if (!existsSync(seedFolder)) return;
    const seed = readdirSync(seedFolder)
      .map((name) => readFileSync(join(seedFolder, name), 'utf8'))
      .join('\n');
    const quotes = events.flatMap((event) => (event.quotes ?? []).map((quote) => ({ id: event.id, text: quote.text })));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(seed, quote.id).toContain(quote.text);
  });

  it('cites only URLs listed in the facts sheet or the seed', () => {
    const allowed = citableUrls();
    if (!allowed) return;
    const cited = [...events.flatMap((event) => event.sources), ...(dataset?.initiatives ?? []).flatMap((initiative) => initiative.sources)];
    const unknown = cited.map((source) => source.url).filter((url) => !allowed.has(url));
    expect(unknown).toEqual([]);
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
});
