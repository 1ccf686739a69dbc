/**
 * Calendar days, the one module for date arithmetic. The data's dates carry no time zone, so every
 * Date here is UTC midnight and every day string is YYYY-MM-DD (or YYYY-MM / YYYY for partial dates).
 */
import type { RelationsEvent } from '../data/schema.ts';

/** Number of days in a month (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a calendar date that exists, full or partial ("2025-02-30" does not). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** A real calendar day between 1900 and 2100 as YYYY-MM-DD, or null (what a link may ask for). */
export function validDay(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2100) return null;
  return isRealDate(value) ? value : null;
}

/** A Date at UTC midnight from YYYY-MM-DD, or the first day of a YYYY-MM / YYYY partial date. */
export function dayToDate(day: string): Date {
  const [year, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

/** YYYY-MM-DD of a Date, in UTC. */
export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `date` moved by `months` calendar months; a day past the new month's end becomes its last day. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** First and last day an event covers, widening month and year precision to the whole period. */
export function eventDaySpan(event: Pick<RelationsEvent, 'date' | 'endDate'>): { firstDay: string; lastDay: string } {
  const { date, endDate } = event;
  if (date.length === 10) return { firstDay: date, lastDay: endDate ?? date };
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    return { firstDay: `${date}-01`, lastDay: endDate ?? `${date}-${String(daysInMonth(year, month)).padStart(2, '0')}` };
  }
  return { firstDay: `${date}-01-01`, lastDay: endDate ?? `${date}-12-31` };
}

/** The calendar unit a range snaps to: the one the timeline's ticks are read in. */
export type SnapUnit = 'day' | 'month' | 'year';

/** First day of the unit nearest to `date` (a boundary between two units). */
function nearestBoundary(date: Date, unit: SnapUnit): Date {
  if (unit === 'day') return new Date(Math.round(date.getTime() / 86_400_000) * 86_400_000);
  const year = date.getUTCFullYear();
  const starts =
    unit === 'year'
      ? [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1))]
      : [new Date(Date.UTC(year, date.getUTCMonth(), 1)), new Date(Date.UTC(year, date.getUTCMonth() + 1, 1))];
  return date.getTime() - starts[0].getTime() <= starts[1].getTime() - date.getTime() ? starts[0] : starts[1];
}

/**
 * A range dragged between two points, snapped the way the ticks read: from the 2022 tick to the 2026
 * tick is 1 January 2022 – 31 December 2025, not 30 December 2021 – 28 December 2025. The range
 * covers at least one whole unit.
 */
export function snapRange(from: Date, to: Date, unit: SnapUnit): { from: string; to: string } {
  const start = nearestBoundary(from, unit);
  let end = nearestBoundary(to, unit);
  if (end.getTime() <= start.getTime()) {
    end = unit === 'day' ? new Date(start.getTime() + 86_400_000) : unit === 'month' ? addMonths(start, 1) : new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
  }
  // The end boundary is the first day after the range.
  return { from: dateToDay(start), to: dateToDay(new Date(end.getTime() - 86_400_000)) };
}

/** The unit ticks `step` days apart are read in. */
export function snapUnitForTickStep(stepDays: number): SnapUnit {
  if (stepDays >= 360) return 'year';
  if (stepDays >= 28) return 'month';
  return 'day';
}
