/**
 * The current selection as files to download: CSV (RFC 4180, safe to open in a spreadsheet) and JSON
 * (the events exactly as in the data).
 */
import type { Country, Language, RelationsEvent } from './schema.ts';
import { placeNameAt } from './placeName.ts';
import { textIn } from './localizedText.ts';

/**
 * One CSV field: quoted when it holds a comma, quote or line break, and with a leading apostrophe
 * when a spreadsheet would read it as a formula (=, +, -, @, tab, carriage return).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'id', 'date', 'end_date', 'date_precision', 'type', 'type_label', 'title', 'participants', 'place', 'summary',
  'initiatives', 'initiatives_label', 'topics', 'topics_label', 'sources',
] as const;

/** The words for the vocabularies' codes in the reader's language, given by the caller (the model holds no UI text). */
export interface CsvLabels {
  type(type: RelationsEvent['type']): string;
  topic(topic: RelationsEvent['topics'][number]): string;
  initiative(id: string): string;
}

/** The events as CSV with CRLF line ends, texts in `lang`, participants as country names, codes with their labels beside them. */
export function selectionToCsv(events: readonly RelationsEvent[], lang: Language, countriesByCode: ReadonlyMap<string, Country>, labels: CsvLabels): string {
  const countryName = (code: string) => {
    const country = countriesByCode.get(code);
    return country ? textIn(country.name, lang) : code;
  };
  const rows = events.map((event) => [
    event.id,
    event.date,
    event.endDate ?? '',
    event.datePrecision,
    event.type,
    labels.type(event.type),
    textIn(event.title, lang),
    event.participants.map(countryName).join('; '),
    textIn(placeNameAt(event.place, event.date, countriesByCode), lang),
    textIn(event.summary, lang),
    event.initiatives.join('; '),
    event.initiatives.map(labels.initiative).join('; '),
    event.topics.join('; '),
    event.topics.map(labels.topic).join('; '),
    event.sources.map((source) => source.url).join(' '),
  ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function selectionToJson(events: readonly RelationsEvent[]): string {
  return `${JSON.stringify(events, null, 2)}\n`;
}
