import { describe, expect, it } from 'vitest';
import { KAZAKH_MONTHS, kazakhDateFormat } from '../../../src/lib/time/kazakhDateFormat.ts';
import { intlNamesMonths } from '../../../src/lib/time/dateFormat.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fullDate = kazakhDateFormat({ day: 'numeric', month: 'long', year: 'numeric' });

describe('kazakhDateFormat', () => {
  it('writes a day as year, day and month name', () => {
    expect(fullDate.format(day('2025-10-09'))).toBe('2025 ж. 9 қазан');
    expect(fullDate.format(day('2000-01-01'))).toBe('2000 ж. 1 қаңтар');
  });

  it('writes a month as year and month name, and a year alone as its number', () => {
    expect(kazakhDateFormat({ month: 'long', year: 'numeric' }).format(day('2025-12-01'))).toBe('2025 ж. желтоқсан');
    expect(kazakhDateFormat({ year: 'numeric' }).format(day('2025-12-01'))).toBe('2025');
  });

  it('says the shared month and year of a range once', () => {
    expect(fullDate.formatRange(day('2025-11-11'), day('2025-11-12'))).toBe('2025 ж. 11–12 қараша');
    expect(fullDate.formatRange(day('2025-10-30'), day('2025-11-02'))).toBe('2025 ж. 30 қазан – 2 қараша');
    expect(fullDate.formatRange(day('2024-12-30'), day('2025-01-02'))).toBe('2024 ж. 30 желтоқсан – 2025 ж. 2 қаңтар');
    expect(fullDate.formatRange(day('2025-05-09'), day('2025-05-09'))).toBe('2025 ж. 9 мамыр');
  });

  it('uses abbreviated month names for short formats', () => {
    expect(kazakhDateFormat({ month: 'short', year: 'numeric' }).format(day('2025-05-01'))).toBe('2025 ж. мам.');
    expect(kazakhDateFormat({ day: 'numeric', month: 'short' }).format(day('2025-09-14'))).toBe('14 қыр.');
  });

  it('has all twelve month names', () => {
    expect(KAZAKH_MONTHS).toEqual(['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']);
  });

  // Node ships full ICU: where it knows Kazakh, our text must be what such a browser shows (ICU
  // puts narrow no-break spaces in some ranges; we write plain ones).
  it.runIf(intlNamesMonths('kk-KZ'))('writes what Intl writes where Intl has Kazakh data', () => {
    const partsList = [
      { day: 'numeric', month: 'long', year: 'numeric' },
      { month: 'long', year: 'numeric' },
      { year: 'numeric' },
      { month: 'short', year: 'numeric' },
      { day: 'numeric', month: 'short' },
    ] as const;
    for (const parts of partsList) {
      const intl = new Intl.DateTimeFormat('kk-KZ', { ...parts, timeZone: 'UTC' });
      const ours = kazakhDateFormat(parts);
      for (let month = 0; month < 12; month += 1) {
        const date = new Date(Date.UTC(2024, month, 3 + month));
        expect(ours.format(date)).toBe(intl.format(date));
      }
    }
    const intlDay = new Intl.DateTimeFormat('kk-KZ', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const ranges = [
      ['2025-11-11', '2025-11-12'],
      ['2025-03-30', '2025-04-02'],
      ['2019-12-30', '2020-01-02'],
    ];
    const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');
    for (const [start, end] of ranges) expect(fullDate.formatRange(day(start), day(end))).toBe(plainSpaces(intlDay.formatRange(day(start), day(end))));
  });
});
