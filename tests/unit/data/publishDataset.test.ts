import { describe, expect, it } from 'vitest';
import { eventsCsv, eventsJson, sourcesCsv } from '../../../src/lib/data/publishDataset.ts';
import { dataJsonSchema } from '../../../src/lib/data/jsonSchema.ts';
import { makeEvent } from '../../support/eventFactory.ts';
import { fixtureDataset } from '../geo/mapFixtures.ts';

const twoSources = makeEvent({
  id: 'two-sources',
  title: { ru: 'Визит, «первый»', en: '=cmd', kk: 'Сапар' },
  sources: [
    { publisher: 'Kremlin', title: 'Talks', url: 'http://kremlin.ru/events/1', date: '2024-05-01', lang: 'ru' },
    { publisher: 'TASS', title: 'Visit, "first"', url: 'https://tass.com/2', lang: 'en' },
  ],
});
const oneSource = makeEvent({ id: 'one-source' });

describe('eventsCsv', () => {
  it('gives each source its own columns, as many as the best-sourced event needs', () => {
    const [header, first, second] = eventsCsv([twoSources, oneSource]).split('\r\n');
    const columns = header.split(',');
    expect(columns.filter((name) => name.startsWith('source_'))).toEqual([
      'source_1_publisher', 'source_1_title', 'source_1_url', 'source_1_date', 'source_1_lang',
      'source_2_publisher', 'source_2_title', 'source_2_url', 'source_2_date', 'source_2_lang',
    ]);
    expect(first).toContain('https://tass.com/2');
    expect(first).toContain(`"Visit, ""first"""`);
    expect(first).toContain(`'=cmd`);
    expect(second.endsWith(',,,,,')).toBe(true);
  });

  it('writes titles in all three languages beside the codes', () => {
    const header = eventsCsv([oneSource]).split('\r\n')[0];
    expect(header).toContain('title_ru,title_en,title_kk');
    expect(header).toContain('participants');
  });
});

describe('sourcesCsv', () => {
  it('writes one row per citation with the event it supports', () => {
    const lines = sourcesCsv([twoSources, oneSource]).trim().split('\r\n');
    expect(lines[0]).toBe('event_id,source_index,publisher,title,url,date,lang');
    expect(lines).toHaveLength(4);
    expect(lines[2].startsWith('two-sources,2,TASS,')).toBe(true);
  });
});

describe('eventsJson and the JSON Schema', () => {
  it('carries the release version with the events', () => {
    const dataset = { ...fixtureDataset(), releases: [{ version: '2.0.0', date: '2026-12-01', summary: { ru: 'x', en: 'x' }, eventsAdded: 1, corrections: [] }] };
    const parsed = JSON.parse(eventsJson(dataset));
    expect(parsed.version).toBe('2.0.0');
    expect(parsed.events).toHaveLength(dataset.events.length);
  });

  it('describes an event with its required fields', () => {
    const schema = dataJsonSchema() as { $defs: { event: { required: string[]; properties: Record<string, unknown> } } };
    expect(schema.$defs.event.required).toEqual(expect.arrayContaining(['id', 'date', 'type', 'title', 'summary', 'participants', 'place', 'topics', 'sources']));
    expect(Object.keys(schema.$defs.event.properties)).toContain('relationLevel');
  });
});
