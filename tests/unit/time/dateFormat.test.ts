import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * Chromium's Intl has no Kazakh calendar data: it formats kk-KZ with the root locale, months as
 * "M10". This stand-in does the same for Kazakh and passes every other locale through.
 */
class IntlWithoutKazakh extends Intl.DateTimeFormat {
  constructor(locales?: string | string[], options: Intl.DateTimeFormatOptions = {}) {
    const kazakh = String(locales).toLowerCase().startsWith('kk');
    super(kazakh ? 'en-GB' : locales, kazakh && options.month ? { ...options, month: '2-digit' } : options);
  }
}

/** The date modules fresh, so their caches see the Intl in force. */
async function dateModules() {
  vi.resetModules();
  const { formatEventDate } = await import('../../../src/lib/time/formatEventDate.ts');
  const { tickLabels, timelineScale } = await import('../../../src/lib/time/timelineLayout.ts');
  const { dayToDate } = await import('../../../src/lib/time/calendarDay.ts');
  const { intlNamesMonths } = await import('../../../src/lib/time/dateFormat.ts');
  return { formatEventDate, tickLabels, timelineScale, dayToDate, intlNamesMonths };
}

function withoutKazakhIntl() {
  vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: IntlWithoutKazakh });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const onDay = { date: '2025-10-09', datePrecision: 'day' } as const;
const overTwoDays = { date: '2025-11-11', endDate: '2025-11-12', datePrecision: 'day' } as const;

describe('dates in a browser whose Intl lacks Kazakh month names', () => {
  it('is detected from Intl’s own output', async () => {
    withoutKazakhIntl();
    const { intlNamesMonths } = await dateModules();
    expect(intlNamesMonths('kk-KZ')).toBe(false);
    expect(intlNamesMonths('ru-RU')).toBe(true);
    expect(intlNamesMonths('en-GB')).toBe(true);
  });

  it('still gives Kazakh readers month names at day, month and year precision and for ranges', async () => {
    withoutKazakhIntl();
    const { formatEventDate } = await dateModules();
    expect(formatEventDate(onDay, 'kk')).toBe('2025 ж. 9 қазан');
    expect(formatEventDate({ date: '2025-10', datePrecision: 'month' }, 'kk')).toBe('2025 ж. қазан');
    expect(formatEventDate({ date: '2025', datePrecision: 'year' }, 'kk')).toBe('2025');
    expect(formatEventDate(overTwoDays, 'kk')).toBe('2025 ж. 11–12 қараша');
  });

  it('labels Kazakh timeline ticks with month names, never "M10"', async () => {
    withoutKazakhIntl();
    const { tickLabels, timelineScale, dayToDate } = await dateModules();
    const monthsApart = timelineScale(dayToDate('2025-11-25'), 900).domain([dayToDate('2022-01-01'), dayToDate('2022-12-31')]);
    const monthLabels = tickLabels(monthsApart, 'kk-KZ').map((tick) => tick.label);
    expect(monthLabels).toContain('2022 ж. нау.');
    expect(monthLabels.some((label) => /M\d/.test(label))).toBe(false);
    const daysApart = timelineScale(dayToDate('2025-11-25'), 900).domain([dayToDate('2022-03-01'), dayToDate('2022-03-20')]);
    expect(tickLabels(daysApart, 'kk-KZ').map((tick) => tick.label)).toContain('5 нау.');
  });

  it('leaves Russian and English dates to Intl, as before', async () => {
    withoutKazakhIntl();
    const { formatEventDate } = await dateModules();
    const intlDay = (locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const start = new Date(Date.UTC(2025, 10, 11));
    const end = new Date(Date.UTC(2025, 10, 12));
    expect(formatEventDate(onDay, 'ru')).toBe('9 октября 2025 г.');
    expect(formatEventDate({ date: '2025-10', datePrecision: 'month' }, 'ru')).toBe('октябрь 2025 г.');
    expect(formatEventDate(overTwoDays, 'ru')).toBe(intlDay('ru-RU').formatRange(start, end));
    expect(formatEventDate(onDay, 'en')).toBe('9 October 2025');
    expect(formatEventDate(overTwoDays, 'en')).toBe(intlDay('en-GB').formatRange(start, end));
  });
});

describe('dates where Intl knows Kazakh', () => {
  it('writes Intl’s Kazakh text', async () => {
    const { formatEventDate, intlNamesMonths } = await dateModules();
    if (!intlNamesMonths('kk-KZ')) return;
    expect(formatEventDate(onDay, 'kk')).toBe('2025 ж. 9 қазан');
    expect(formatEventDate(overTwoDays, 'kk').replace('\u202f', ' ')).toBe('2025 ж. 11–12 қараша');
  });
});
