import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/readDataFiles.ts';
import type { RelationsEvent } from '../../../src/lib/data/schema.ts';
import { validateDataset } from '../../../src/lib/data/validateDataset.ts';
import { mapSummaryText } from '../../../src/lib/i18n/mapSummaryText.ts';

const { dataset } = validateDataset(readDataFiles(join(import.meta.dirname, '../../fixtures/valid')), '2026-11-25');
const countriesByCode = new Map(dataset!.countries.map((country) => [country.iso3, country]));
const [astana, dushanbe] = dataset!.events;

/** The fixture's event moved to another day (and so possibly another name of the same capital). */
function on(event: RelationsEvent, date: string): RelationsEvent {
  return { ...event, id: `${event.id}-${date}`, date };
}

describe('mapSummaryText', () => {
  it('says how many events in how many places between which dates, and where most happened', () => {
    const events = [on(astana, '2021-05-01'), astana, dushanbe];
    expect(mapSummaryText(events, 'ru', countriesByCode)).toBe(
      'Карта показывает 3 события в 2 местах с 1 мая 2021 г. по 9 октября 2025 г. Больше всего событий: Астана (2), Душанбе (1).',
    );
  });

  it('counts one place under two historical names once and names it as of its latest event', () => {
    const text = mapSummaryText([on(astana, '2020-06-01')], 'en', countriesByCode);
    expect(text).toBe('The map shows 1 event in 1 place from 1 June 2020 to 1 June 2020. Most events: Nur-Sultan (1).');
  });

  it('speaks Kazakh with Kazakh dates', () => {
    const text = mapSummaryText([astana, dushanbe], 'kk', countriesByCode);
    expect(text).toContain('2 жерде');
    expect(text).toContain('Ең көп оқиға: Астана (1), Душанбе (1).');
    expect(text).toMatch(/2022/);
  });

  it('says so when nothing is selected', () => {
    expect(mapSummaryText([], 'ru', countriesByCode)).toBe('При выбранных фильтрах на карте нет событий.');
  });
});
