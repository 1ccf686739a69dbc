import type { Language, RelationsEvent } from '../data/schema.ts';
import { INTL_LOCALE } from '../data/vocabulary.ts';
import { dayToDate } from './calendarDay.ts';
import { dateFormat } from './dateFormat.ts';
import type { DateFormat, DateParts } from './kazakhDateFormat.ts';

const PARTS_BY_PRECISION: Record<RelationsEvent['datePrecision'], DateParts> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

function formatter(lang: Language, precision: RelationsEvent['datePrecision']): DateFormat {
  return dateFormat(INTL_LOCALE[lang], PARTS_BY_PRECISION[precision]);
}


/** The event's date (or range) in the reader's language, only as precise as the sources allow. */
export function formatEventDate(event: Pick<RelationsEvent, 'date' | 'endDate' | 'datePrecision'>, lang: Language): string {
  const start = dayToDate(event.date);
  if (!event.endDate || event.endDate === event.date) return formatter(lang, event.datePrecision).format(start);
  return formatter(lang, 'day').formatRange(start, dayToDate(event.endDate));
}
