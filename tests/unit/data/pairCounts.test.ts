import { describe, expect, it } from 'vitest';
import { countByPairAndYear, yearsWithEvents } from '../../../src/lib/data/pairCounts.ts';

const events = [
  { date: '2001-05-01', participants: ['RUS', 'KAZ'] },
  { date: '2001-07', participants: ['RUS', 'KAZ', 'UZB', 'BLR'] },
  { date: '2003', participants: ['KAZ', 'TKM', 'IRN'] },
  { date: '1999-01-01', participants: ['RUS', 'KAZ'] },
];

describe('countByPairAndYear', () => {
  it('counts an event for a pair only when Russia and the partner both take part, per year, zeros included', () => {
    const rows = countByPairAndYear(events, 2000, 2003);
    expect(rows.map((row) => row.year)).toEqual([2000, 2001, 2002, 2003]);
    expect(rows[1]).toEqual({ year: 2001, all: 2, pairs: { KAZ: 2, KGZ: 0, TJK: 0, TKM: 0, UZB: 1 } });
    expect(rows[3]).toEqual({ year: 2003, all: 1, pairs: { KAZ: 0, KGZ: 0, TJK: 0, TKM: 0, UZB: 0 } });
    expect(rows[0].all).toBe(0);
  });

  it('counts the years each pair appears in', () => {
    expect(yearsWithEvents(countByPairAndYear(events, 2000, 2003))).toEqual({ KAZ: 1, KGZ: 0, TJK: 0, TKM: 0, UZB: 1 });
  });
});
