import { describe, expect, it } from 'vitest';
import {
  advanceWindow,
  changedStrips,
  laneKeys,
  laneOf,
  layoutGlyphs,
  MULTILATERAL_LANE,
  tickLabels,
  timelineScale,
  TIMELINE_START,
} from '../../../src/lib/time/timelineLayout.ts';
import { dateToDay, dayToDate } from '../../../src/lib/time/calendarDay.ts';

const partners = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];
const today = dayToDate('2025-11-25');

describe('lanes', () => {
  it('are the event types, or the Russia–partner pairs and a multilateral lane', () => {
    expect(laneKeys('type', partners)).toEqual(['summit', 'visit', 'talks', 'statement', 'agreement', 'milestone']);
    expect(laneKeys('pair', partners)).toEqual(['RUS-KAZ', 'RUS-KGZ', 'RUS-TJK', 'RUS-TKM', 'RUS-UZB', MULTILATERAL_LANE]);
  });

  it('put a bilateral event in its pair lane and anything else in the multilateral lane', () => {
    expect(laneOf({ type: 'visit', participants: ['UZB', 'RUS'] }, 'pair', partners)).toBe('RUS-UZB');
    expect(laneOf({ type: 'visit', participants: ['RUS', 'KAZ', 'UZB'] }, 'pair', partners)).toBe(MULTILATERAL_LANE);
    expect(laneOf({ type: 'visit', participants: ['RUS', 'CHN'] }, 'pair', partners)).toBe(MULTILATERAL_LANE);
    expect(laneOf({ type: 'visit', participants: ['RUS', 'KAZ'] }, 'type', partners)).toBe('visit');
  });
});

describe('timelineScale', () => {
  it('maps 2000-01-01 and today to the ends of the width, inside the inset', () => {
    const scale = timelineScale(today, 1000, 10);
    expect(scale(TIMELINE_START)).toBe(10);
    expect(scale(today)).toBe(990);
    expect(dateToDay(scale.invert(500))).toMatch(/^201[23]-/);
  });

  it('still works at the narrowest width', () => {
    const scale = timelineScale(today, 0);
    expect(Number.isFinite(scale(today))).toBe(true);
  });
});

describe('tickLabels', () => {
  it('labels years when ticks are years apart, in the reader’s language', () => {
    const ticks = tickLabels(timelineScale(today, 900), 'ru-RU');
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.every((tick) => /^\d{4}$/.test(tick.label))).toBe(true);
  });

  it('labels months in the language when zoomed in', () => {
    const scale = timelineScale(today, 900).domain([dayToDate('2022-01-01'), dayToDate('2022-12-31')]);
    const ru = tickLabels(scale, 'ru-RU').map((tick) => tick.label);
    const en = tickLabels(scale, 'en-GB').map((tick) => tick.label);
    expect(ru.some((label) => /мар/.test(label))).toBe(true);
    expect(en.some((label) => /Mar/.test(label))).toBe(true);
  });
});

describe('layoutGlyphs', () => {
  const options = { laneKeys: ['a', 'b'], laneHeight: 30, top: 0, glyphSize: 10 };
  const x = (date: Date) => (date.getTime() - dayToDate('2020-01-01').getTime()) / 86_400_000;

  it('centres glyphs in their lane', () => {
    const placed = layoutGlyphs([{ id: '1', lane: 'b', start: dayToDate('2020-01-11') }], x, options);
    expect(placed).toEqual([{ id: '1', x: 10, y: 45 }]);
  });

  it('moves a glyph that would overlap the previous one to another row', () => {
    const placed = layoutGlyphs(
      [
        { id: '1', lane: 'a', start: dayToDate('2020-01-01') },
        { id: '2', lane: 'a', start: dayToDate('2020-01-03') },
        { id: '3', lane: 'a', start: dayToDate('2020-01-30') },
      ],
      x,
      options,
    );
    expect(placed[0].y).toBe(15);
    expect(placed[1].y).not.toBe(15);
    expect(Math.abs(placed[1].y - 15)).toBeLessThanOrEqual(15);
    expect(placed[2].y).toBe(15);
  });

  it('leaves out glyphs of lanes that are not drawn', () => {
    expect(layoutGlyphs([{ id: '1', lane: 'zzz', start: TIMELINE_START }], x, options)).toEqual([]);
  });
});

describe('changedStrips', () => {
  it('covers each glyph that went in or out of the range, in whole pixels, and nothing else', () => {
    expect(changedStrips([10.4, 50, 90.6], [1, 1, 0], [1, 0, 0], 6)).toEqual([[44, 56]]);
    expect(changedStrips([10.4, 50, 90.6], [0, 1, 0], [1, 1, 1], 6)).toEqual([
      [4, 17],
      [84, 97],
    ]);
  });

  it('merges strips that touch, whatever order the glyphs come in', () => {
    expect(changedStrips([30, 20, 41], [0, 0, 0], [1, 1, 1], 6)).toEqual([[14, 47]]);
  });

  it('is empty when no glyph changed', () => {
    expect(changedStrips([1, 2, 3], [1, 0, 1], [1, 0, 1], 6)).toEqual([]);
  });
});

describe('advanceWindow', () => {
  it('moves the range forward keeping its width and stops at today', () => {
    const next = advanceWindow(dayToDate('2020-01-01'), dayToDate('2021-01-01'), 10, today);
    expect(next && [dateToDay(next.from), dateToDay(next.to)]).toEqual(['2020-01-11', '2021-01-11']);
    const last = advanceWindow(dayToDate('2024-11-20'), dayToDate('2025-11-20'), 30, today);
    expect(last && dateToDay(last.to)).toBe('2025-11-25');
    expect(advanceWindow(dayToDate('2024-11-25'), today, 1, today)).toBeNull();
  });
});
