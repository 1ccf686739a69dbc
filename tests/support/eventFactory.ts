/** The one event factory of the unit tests: every required field filled, `overrides` sets what a test is about. */
import type { RelationsEvent } from '../../src/lib/data/schema.ts';

const ASTANA = { name: { ru: 'Астана', en: 'Astana', kk: 'Астана' }, lon: 71.4333, lat: 51.1667, country: 'KAZ', capitalOf: 'KAZ' };

export function makeEvent(overrides: Partial<RelationsEvent> & { id: string }): RelationsEvent {
  return {
    date: '2024-05-01',
    datePrecision: 'day',
    type: 'visit',
    title: { ru: 'Визит', en: 'Visit' },
    summary: { ru: 'Краткое описание.', en: 'A short summary.' },
    participants: ['RUS', 'KAZ'],
    place: ASTANA,
    initiatives: [],
    topics: ['politics'],
    sources: [{ publisher: 'Kremlin', title: 'Page', url: 'http://kremlin.ru/events/1', lang: 'ru' }],
    ...overrides,
  };
}
