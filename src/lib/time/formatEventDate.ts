import type { Language, RelationsEvent } from '../data/schema.ts';
import { INTL_LOCALE } from '../i18n/translate.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, precision: RelationsEvent['datePrecision']): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' } : precision === 'month' ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** A date string (YYYY, YYYY-MM or YYYY-MM-DD) as a Date at UTC midnight. */
export function parseEventDate(date: string): Date {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The event's date (or range) in the reader's language, only as precise as the sources allow. */
export function formatEventDate(event: Pick<RelationsEvent, 'date' | 'endDate' | 'datePrecision'>, lang: Language): string {
  const start = parseEventDate(event.date);
  if (!event.endDate || event.endDate === event.date) return formatter(lang, event.datePrecision).format(start);
  return formatter(lang, 'day').formatRange(start, parseEventDate(event.endDate));
}
