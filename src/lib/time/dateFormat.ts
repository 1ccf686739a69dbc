/**
 * Date formats by locale: Intl where it knows the language's month names, our own Kazakh names
 * where it does not (Chromium's Intl lacks Kazakh calendar data).
 */
import { kazakhDateFormat, type DateFormat, type DateParts } from './kazakhDateFormat.ts';

const monthNameSupport = new Map<string, boolean>();

/**
 * Whether Intl writes month names for `locale`. Without the locale's data Intl falls back to the
 * root locale, which writes months as numbers ("M10").
 */
export function intlNamesMonths(locale: string): boolean {
  let names = monthNameSupport.get(locale);
  if (names === undefined) {
    const october = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 9, 15)));
    names = !/\d/.test(october);
    monthNameSupport.set(locale, names);
  }
  return names;
}

const formats = new Map<string, DateFormat>();

/** A UTC date format showing `parts` in `locale`; cached, since building an Intl formatter is slow. */
export function dateFormat(locale: string, parts: DateParts): DateFormat {
  const key = `${locale}:${parts.day ?? ''}:${parts.month ?? ''}:${parts.year ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    const kazakh = locale.split('-')[0].toLowerCase() === 'kk';
    format = kazakh && !intlNamesMonths(locale) ? kazakhDateFormat(parts) : new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}
