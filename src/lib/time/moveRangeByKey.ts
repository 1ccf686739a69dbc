/**
 * What a key does to the timeline's date range when the brush has the keyboard focus. Steps are
 * calendar months and years (not fixed day counts), so 1 January–31 December moves to
 * 1 February–31 January.
 */
import { addMonths } from './calendarDay.ts';

export interface DayRange {
  /** First day, a Date at UTC midnight. */
  from: Date;
  /** Last day, a Date at UTC midnight; never before `from`. */
  to: Date;
}


/** Moves the range by `months`, keeping its length, and stops it at the ends of `bounds`. */
function moveBy(range: DayRange, months: number, bounds: DayRange): DayRange {
  const length = range.to.getTime() - range.from.getTime();
  const from = addMonths(range.from, months);
  const to = addMonths(range.to, months);
  if (to > bounds.to) return { from: new Date(Math.max(bounds.from.getTime(), bounds.to.getTime() - length)), to: bounds.to };
  if (from < bounds.from) return { from: bounds.from, to: new Date(Math.min(bounds.to.getTime(), bounds.from.getTime() + length)) };
  return { from, to };
}

/** Moves the range's last day by `months`, never before its first day nor past `bounds`. */
function resizeBy(range: DayRange, months: number, bounds: DayRange): DayRange {
  const to = addMonths(range.to, months);
  return { from: range.from, to: new Date(Math.min(bounds.to.getTime(), Math.max(range.from.getTime(), to.getTime()))) };
}

/** Months each key moves by; Up and Right go later, as on any ARIA slider. */
const STEP_MONTHS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -12, PageUp: 12 };

/**
 * The range after `key`: arrows move it by a month and Page Up/Down by a year (with Shift they move
 * only its last day, so it grows or shrinks), Home and End take it to the start or end of
 * `bounds` keeping its length in days, Delete and Backspace clear it (null: the whole period). With no range yet, the keys
 * act on the last year before `bounds.to`. Undefined when the key means nothing here.
 */
export function moveRangeByKey(range: DayRange | null, key: string, shiftKey: boolean, bounds: DayRange): DayRange | null | undefined {
  if (key === 'Delete' || key === 'Backspace') return null;
  const current = range ?? { from: new Date(Math.max(bounds.from.getTime(), addMonths(bounds.to, -12).getTime())), to: bounds.to };
  const length = current.to.getTime() - current.from.getTime();
  if (key === 'Home') return { from: bounds.from, to: new Date(Math.min(bounds.to.getTime(), bounds.from.getTime() + length)) };
  if (key === 'End') return { from: new Date(Math.max(bounds.from.getTime(), bounds.to.getTime() - length)), to: bounds.to };
  const months = STEP_MONTHS[key];
  if (months === undefined) return undefined;
  return shiftKey ? resizeBy(current, months, bounds) : moveBy(current, months, bounds);
}
