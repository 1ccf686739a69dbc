import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/readDataFiles.ts';
import { defaultFilters } from '../../../src/lib/data/filterEvents.ts';
import { validateDataset } from '../../../src/lib/data/validateDataset.ts';
import { filtersSummaryText } from '../../../src/lib/i18n/filtersSummaryText.ts';

const { dataset } = validateDataset(readDataFiles(join(import.meta.dirname, '../../fixtures/valid')), '2026-11-25');

describe('filtersSummaryText', () => {
  it('names the chosen countries, types, topics and dates in the reader’s language', () => {
    const filters = { ...defaultFilters(), countries: ['KAZ', 'UZB'], types: ['summit' as const], topics: ['water' as const], from: '2022-01-01', to: '2025-12-31' };
    expect(filtersSummaryText(filters, 'ru', dataset!)).toBe('Казахстан, Узбекистан · Многосторонний саммит · Вода · 1 января 2022 г. – 31 декабря 2025 г.');
    expect(filtersSummaryText(filters, 'en', dataset!)).toBe('Kazakhstan, Uzbekistan · Multilateral summit · Water · 1 January 2022 – 31 December 2025');
  });

  it('joins a country pair with "+" when every chosen country must take part, and quotes the search', () => {
    const filters = { ...defaultFilters(), countries: ['RUS', 'KAZ'], countryMode: 'all' as const, text: ' газ ', to: '2010-05-01' };
    expect(filtersSummaryText(filters, 'ru', dataset!)).toBe('Россия + Казахстан · «газ» · … – 1 мая 2010 г.');
  });

  it('says "no filters" when none is set', () => {
    expect(filtersSummaryText(defaultFilters(), 'kk', dataset!)).toBe('сүзгісіз');
  });
});
