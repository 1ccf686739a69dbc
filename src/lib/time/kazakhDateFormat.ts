/**
 * Kazakh dates written by hand, for browsers whose Intl has no Kazakh calendar data: Chromium
 * ships ICU without it and prints "2025 M10 9" for kk-KZ. The patterns are CLDR's for kk
 * ("2025 ж. 9 қазан", ranges "2025 ж. 11–12 қараша"), so a reader sees the same text in every browser.
 */

/** Month names as they follow a day number ("9 қазан"); CLDR's format-context names. */
export const KAZAKH_MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
] as const;

/** CLDR's abbreviated month names for kk, used on dense timeline ticks. */
export const KAZAKH_MONTHS_SHORT = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'] as const;

/** The parts of a date a format shows, as in Intl.DateTimeFormatOptions. */
export interface DateParts {
  day?: 'numeric';
  month?: 'long' | 'short';
  year?: 'numeric';
}

/** What the app needs from a date format: one date, or a range that says shared parts once. */
export interface DateFormat {
  format(date: Date): string;
  formatRange(start: Date, end: Date): string;
}

/** "ж." (жылғы) after the year is how Kazakh writes a year that a day or month follows. */
const YEAR_MARK = 'ж.';

export function kazakhDateFormat(parts: DateParts): DateFormat {
  const monthName = (date: Date) => (parts.month === 'short' ? KAZAKH_MONTHS_SHORT : KAZAKH_MONTHS)[date.getUTCMonth()];
  /** Day and month without the year ("9 қазан", "қазан"), or '' when the format shows neither. */
  const dayMonth = (date: Date) => [parts.day ? String(date.getUTCDate()) : '', parts.month ? monthName(date) : ''].filter(Boolean).join(' ');
  const withYear = (year: number, rest: string) => (rest ? `${year} ${YEAR_MARK} ${rest}` : String(year));

  function format(date: Date): string {
    return parts.year ? withYear(date.getUTCFullYear(), dayMonth(date)) : dayMonth(date);
  }

  function formatRange(start: Date, end: Date): string {
    if (format(start) === format(end)) return format(start);
    const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
    if (!parts.month && !parts.day) return `${start.getUTCFullYear()}–${end.getUTCFullYear()}`;
    if (parts.year && !sameYear) return `${format(start)} – ${format(end)}`;
    const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
    const span = parts.day && sameMonth ? `${start.getUTCDate()}–${end.getUTCDate()} ${monthName(start)}` : `${dayMonth(start)} – ${dayMonth(end)}`;
    return parts.year ? withYear(start.getUTCFullYear(), span) : span;
  }

  return { format, formatRange };
}
