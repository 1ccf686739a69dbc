/**
 * The record as published files (Our World in Data style): the full events as JSON, one CSV row
 * per event with each source in columns of its own, and one CSV row per citation. Pure, so the build
 * (dist/data/…) and the single offline file (generated in the browser) give the same bytes.
 */
import { csvField } from './exportSelection.ts';
import type { Dataset } from './dataset.ts';
import type { LocalizedText, RelationsEvent, Source } from './schema.ts';

const LANGS = ['ru', 'en', 'kk'] as const;
const SOURCE_FIELDS = ['publisher', 'title', 'url', 'date', 'lang'] as const;

function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function texts(text: LocalizedText | undefined): string[] {
  return LANGS.map((lang) => text?.[lang] ?? '');
}

/** The published JSON: the release it belongs to and the events exactly as validated. */
export function eventsJson(dataset: Dataset): string {
  const release = dataset.releases[0];
  return `${JSON.stringify({ version: release?.version ?? null, released: release?.date ?? null, events: dataset.events }, null, 2)}\n`;
}

/** One row per event; sources 1…N each in their own publisher/title/url/date/lang columns. */
export function eventsCsv(events: readonly RelationsEvent[]): string {
  const maxSources = Math.max(1, ...events.map((event) => event.sources.length));
  const header = [
    'id', 'date', 'date_precision', 'end_date', 'type',
    ...LANGS.map((lang) => `title_${lang}`), ...LANGS.map((lang) => `summary_${lang}`),
    'participants', ...LANGS.map((lang) => `place_${lang}`), 'place_country', 'lon', 'lat', 'place_approximate',
    'initiatives', 'topics', 'relation_level', ...LANGS.map((lang) => `note_${lang}`),
    ...Array.from({ length: maxSources }, (_, index) => SOURCE_FIELDS.map((field) => `source_${index + 1}_${field}`)).flat(),
  ];
  const rows = events.map((event) => [
    event.id, event.date, event.datePrecision, event.endDate ?? '', event.type,
    ...texts(event.title), ...texts(event.summary),
    event.participants.join(';'), ...texts(event.place.name), event.place.country, String(event.place.lon), String(event.place.lat), event.place.approximate ? 'true' : 'false',
    event.initiatives.join(';'), event.topics.join(';'), event.relationLevel ?? '', ...texts(event.note),
    ...Array.from({ length: maxSources }, (_, index) => sourceCells(event.sources[index])).flat(),
  ]);
  return csv([header, ...rows]);
}

function sourceCells(source: Source | undefined): string[] {
  return SOURCE_FIELDS.map((field) => source?.[field] ?? '');
}

/** One row per citation: the event it supports and the page. */
export function sourcesCsv(events: readonly RelationsEvent[]): string {
  const header = ['event_id', 'source_index', ...SOURCE_FIELDS];
  const rows = events.flatMap((event) => event.sources.map((source, index) => [event.id, String(index + 1), ...sourceCells(source)]));
  return csv([header, ...rows]);
}

/** Where the build publishes each file, relative to the app. */
export const PUBLISHED_FILES = {
  eventsJson: 'data/events.json',
  eventsCsv: 'data/events.csv',
  sourcesCsv: 'data/sources.csv',
  schemaJson: 'data/schema.json',
  coverageMd: 'data/coverage.md',
} as const;
