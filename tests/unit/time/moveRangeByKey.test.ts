import { describe, expect, it } from 'vitest';
import { moveRangeByKey, type DayRange } from '../../../src/lib/time/moveRangeByKey.ts';
import { addMonths } from '../../../src/lib/time/calendarDay.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const range = (from: string, to: string): DayRange => ({ from: day(from), to: day(to) });
const bounds = range('2000-01-01', '2025-11-25');
const days = (result: DayRange | null | undefined) => (result ? [result.from.toISOString().slice(0, 10), result.to.toISOString().slice(0, 10)] : result);

describe('addMonths', () => {
  it('keeps the day of the month, or takes the month’s last day when it is shorter', () => {
    expect(addMonths(day('2020-01-15'), 1)).toEqual(day('2020-02-15'));
    expect(addMonths(day('2021-01-31'), 1)).toEqual(day('2021-02-28'));
    expect(addMonths(day('2020-03-31'), -13)).toEqual(day('2019-02-28'));
  });
});

describe('moveRangeByKey', () => {
  it('moves the range a month later with → or ↑ and a month earlier with ← or ↓', () => {
    expect(days(moveRangeByKey(range('2010-01-01', '2010-12-31'), 'ArrowRight', false, bounds))).toEqual(['2010-02-01', '2011-01-31']);
    expect(days(moveRangeByKey(range('2010-01-01', '2010-12-31'), 'ArrowUp', false, bounds))).toEqual(['2010-02-01', '2011-01-31']);
    expect(days(moveRangeByKey(range('2010-03-01', '2010-03-31'), 'ArrowLeft', false, bounds))).toEqual(['2010-02-01', '2010-02-28']);
    expect(days(moveRangeByKey(range('2010-03-01', '2010-03-31'), 'ArrowDown', false, bounds))).toEqual(['2010-02-01', '2010-02-28']);
  });

  it('moves the range a year with Page Up and Page Down', () => {
    expect(days(moveRangeByKey(range('2010-01-01', '2010-12-31'), 'PageUp', false, bounds))).toEqual(['2011-01-01', '2011-12-31']);
    expect(days(moveRangeByKey(range('2010-01-01', '2010-12-31'), 'PageDown', false, bounds))).toEqual(['2009-01-01', '2009-12-31']);
  });

  it('stops at the ends of the timeline, keeping the range’s length', () => {
    expect(days(moveRangeByKey(range('2000-01-10', '2000-03-10'), 'ArrowLeft', false, bounds))).toEqual(['2000-01-01', '2000-03-01']);
    expect(days(moveRangeByKey(range('2025-06-01', '2025-11-20'), 'PageUp', false, bounds))).toEqual(['2025-06-06', '2025-11-25']);
  });

  it('with Shift grows or shrinks the range by moving its last day, never before its first day nor past today', () => {
    expect(days(moveRangeByKey(range('2010-01-01', '2010-12-31'), 'ArrowRight', true, bounds))).toEqual(['2010-01-01', '2011-01-31']);
    expect(days(moveRangeByKey(range('2010-01-01', '2010-12-31'), 'PageDown', true, bounds))).toEqual(['2010-01-01', '2010-01-01']);
    expect(days(moveRangeByKey(range('2010-01-01', '2010-01-15'), 'ArrowLeft', true, bounds))).toEqual(['2010-01-01', '2010-01-01']);
    expect(days(moveRangeByKey(range('2025-01-01', '2025-11-01'), 'PageUp', true, bounds))).toEqual(['2025-01-01', '2025-11-25']);
  });

  it('takes the range, as many days long, to the first or the last days with Home and End', () => {
    // 2010-01-01 to 2010-12-31 is 364 days on; 2000 is a leap year.
    expect(days(moveRangeByKey(range('2010-01-01', '2010-12-31'), 'Home', false, bounds))).toEqual(['2000-01-01', '2000-12-30']);
    expect(days(moveRangeByKey(range('2010-01-01', '2010-12-31'), 'End', false, bounds))).toEqual(['2024-11-26', '2025-11-25']);
  });

  it('clears the range with Delete or Backspace', () => {
    expect(moveRangeByKey(range('2010-01-01', '2010-12-31'), 'Delete', false, bounds)).toBeNull();
    expect(moveRangeByKey(range('2010-01-01', '2010-12-31'), 'Backspace', false, bounds)).toBeNull();
  });

  it('starts from the last year when no range is chosen yet', () => {
    expect(days(moveRangeByKey(null, 'ArrowLeft', false, bounds))).toEqual(['2024-10-25', '2025-10-25']);
    expect(days(moveRangeByKey(null, 'Home', false, bounds))).toEqual(['2000-01-01', '2000-12-31']);
  });

  it('ignores other keys', () => {
    expect(moveRangeByKey(range('2010-01-01', '2010-12-31'), 'Enter', false, bounds)).toBeUndefined();
    expect(moveRangeByKey(null, 'a', false, bounds)).toBeUndefined();
  });
});
