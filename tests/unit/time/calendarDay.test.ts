import { describe, expect, it } from 'vitest';
import { dayToDate, eventDaySpan, isRealDate, snapRange, snapUnitForTickStep, validDay } from '../../../src/lib/time/calendarDay.ts';

describe('snapRange', () => {
  it('snaps a drag from the 2022 tick to the 2026 tick to whole years, as the ticks read', () => {
    expect(snapRange(dayToDate('2021-12-30'), dayToDate('2025-12-28'), 'year')).toEqual({ from: '2022-01-01', to: '2025-12-31' });
  });

  it('snaps to months when the ticks are months, and keeps at least one whole unit', () => {
    expect(snapRange(dayToDate('2024-02-27'), dayToDate('2024-05-03'), 'month')).toEqual({ from: '2024-03-01', to: '2024-04-30' });
    expect(snapRange(dayToDate('2024-03-02'), dayToDate('2024-03-04'), 'month')).toEqual({ from: '2024-03-01', to: '2024-03-31' });
  });

  it('keeps whole days when the ticks are days', () => {
    expect(snapRange(new Date(Date.UTC(2024, 2, 2, 13)), new Date(Date.UTC(2024, 2, 9, 2)), 'day')).toEqual({ from: '2024-03-03', to: '2024-03-08' });
  });
});

describe('snapUnitForTickStep', () => {
  it('reads year, month and day ticks', () => {
    expect(snapUnitForTickStep(365)).toBe('year');
    expect(snapUnitForTickStep(1826)).toBe('year');
    expect(snapUnitForTickStep(91)).toBe('month');
    expect(snapUnitForTickStep(7)).toBe('day');
  });
});

describe('calendar days', () => {
  it('knows real dates, full and partial', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-13')).toBe(false);
    expect(validDay('1899-12-31')).toBeNull();
  });

  it('widens month and year precision to the whole period', () => {
    expect(eventDaySpan({ date: '2024-02' })).toEqual({ firstDay: '2024-02-01', lastDay: '2024-02-29' });
    expect(eventDaySpan({ date: '2003' })).toEqual({ firstDay: '2003-01-01', lastDay: '2003-12-31' });
  });
});
