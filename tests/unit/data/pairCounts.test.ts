import { describe, expect, it } from 'vitest';
import { countByPairAndYear, countPairYearCells, isPartner, maxCellCount, pairMaskOf, PairYearTally, PARTNERS, typeIndexOf, yearsWithEvents } from '../../../src/lib/data/pairCounts.ts';

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

describe('countPairYearCells', () => {
  const typed = [
    { date: '2001-05-01', participants: ['RUS', 'KAZ'], type: 'visit' as const },
    { date: '2001-07', participants: ['RUS', 'KAZ', 'UZB'], type: 'summit' as const },
    { date: '2001-09-01', participants: ['RUS', 'KAZ'], type: 'visit' as const },
    { date: '2002', participants: ['KAZ', 'UZB'], type: 'talks' as const },
    { date: '2005-01-01', participants: ['RUS', 'KAZ'], type: 'talks' as const },
  ];

  it('gives each pair one cell per year with the count and the count of each type, zeros included', () => {
    const grid = countPairYearCells(typed, 2000, 2002);
    expect(grid.KAZ).toEqual([
      { partner: 'KAZ', year: 2000, count: 0, types: {} },
      { partner: 'KAZ', year: 2001, count: 3, types: { visit: 2, summit: 1 } },
      { partner: 'KAZ', year: 2002, count: 0, types: {} },
    ]);
    expect(grid.UZB.map((cell) => cell.count)).toEqual([0, 1, 0]);
    expect(maxCellCount(grid)).toBe(3);
  });

  it('agrees with the per-year pair counts of the coverage table', () => {
    const grid = countPairYearCells(typed, 2000, 2005);
    const rows = countByPairAndYear(typed, 2000, 2005);
    for (const partner of PARTNERS) expect(grid[partner].map((cell) => cell.count)).toEqual(rows.map((row) => row.pairs[partner]));
  });

  it('tells partner codes from other codes', () => {
    expect(isPartner('TKM')).toBe(true);
    expect(isPartner('RUS')).toBe(false);
  });
});

describe('PairYearTally', () => {
  it('marks the partners an event pairs with Russia, and none without Russia', () => {
    expect(pairMaskOf(['RUS', 'KAZ', 'UZB', 'BLR'])).toBe(0b10001);
    expect(pairMaskOf(['KAZ', 'UZB'])).toBe(0);
  });

  it('counts one event for every partner it pairs with Russia, by year and type, skipping years outside it', () => {
    const tally = new PairYearTally(2001, 2002);
    tally.add(2001, pairMaskOf(['RUS', 'KAZ', 'TJK']), typeIndexOf('summit'));
    tally.add(2001, pairMaskOf(['RUS', 'KAZ']), typeIndexOf('visit'));
    tally.add(2002, pairMaskOf(['KAZ', 'TJK']), typeIndexOf('talks'));
    tally.add(1999, pairMaskOf(['RUS', 'KAZ']), typeIndexOf('talks'));
    expect(tally.rows()).toEqual([
      { year: 2001, all: 2, pairs: { KAZ: 2, KGZ: 0, TJK: 1, TKM: 0, UZB: 0 } },
      { year: 2002, all: 1, pairs: { KAZ: 0, KGZ: 0, TJK: 0, TKM: 0, UZB: 0 } },
    ]);
    // Cells may be read over other years than the tally's: those count 0.
    const grid = tally.cells(2000, 2002);
    expect(grid.KAZ).toEqual([
      { partner: 'KAZ', year: 2000, count: 0, types: {} },
      { partner: 'KAZ', year: 2001, count: 2, types: { summit: 1, visit: 1 } },
      { partner: 'KAZ', year: 2002, count: 0, types: {} },
    ]);
    expect(grid.TJK[1]).toEqual({ partner: 'TJK', year: 2001, count: 1, types: { summit: 1 } });
  });
});
