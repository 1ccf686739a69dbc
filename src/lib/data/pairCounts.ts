/**
 * Events per Russia–partner pair and year: the coverage grid of the About view (and the basis of
 * the relations grid). An event counts for pair X when both Russia and X take part.
 */
import type { RelationsEvent } from './schema.ts';

export const PARTNERS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;
export type Partner = (typeof PARTNERS)[number];

export interface YearCounts {
  year: number;
  /** All events of the year, whoever took part. */
  all: number;
  /** Events with Russia and the partner. */
  pairs: Record<Partner, number>;
}

/** One row per year from `firstYear` to `lastYear`, zeros included, so gaps show as gaps. */
export function countByPairAndYear(events: readonly Pick<RelationsEvent, 'date' | 'participants'>[], firstYear: number, lastYear: number): YearCounts[] {
  const rows = new Map<number, YearCounts>();
  for (let year = firstYear; year <= lastYear; year++) {
    rows.set(year, { year, all: 0, pairs: { KAZ: 0, KGZ: 0, TJK: 0, TKM: 0, UZB: 0 } });
  }
  for (const event of events) {
    const row = rows.get(Number(event.date.slice(0, 4)));
    if (!row) continue;
    row.all += 1;
    if (!event.participants.includes('RUS')) continue;
    for (const partner of PARTNERS) if (event.participants.includes(partner)) row.pairs[partner] += 1;
  }
  return [...rows.values()];
}

/** How many of the years each pair has at least one event in. */
export function yearsWithEvents(rows: readonly YearCounts[]): Record<Partner, number> {
  const covered = { KAZ: 0, KGZ: 0, TJK: 0, TKM: 0, UZB: 0 };
  for (const row of rows) for (const partner of PARTNERS) if (row.pairs[partner] > 0) covered[partner] += 1;
  return covered;
}

/** One cell of the relations grid: the events of a pair in a year, and how many of each type. */
export interface PairYearCell {
  partner: Partner;
  year: number;
  count: number;
  types: Partial<Record<RelationsEvent['type'], number>>;
}

/**
 * The relations grid: per partner, one cell per year from `firstYear` to `lastYear` (zeros
 * included). One pass over the events, so a filter change at 10,000 events stays within a frame.
 */
export function countPairYearCells(
  events: readonly Pick<RelationsEvent, 'date' | 'participants' | 'type'>[],
  firstYear: number,
  lastYear: number,
): Record<Partner, PairYearCell[]> {
  const span = Math.max(0, lastYear - firstYear + 1);
  const grid = Object.fromEntries(
    PARTNERS.map((partner) => [partner, Array.from({ length: span }, (_, offset) => ({ partner, year: firstYear + offset, count: 0, types: {} }))]),
  ) as Record<Partner, PairYearCell[]>;
  for (const event of events) {
    const offset = Number(event.date.slice(0, 4)) - firstYear;
    if (offset < 0 || offset >= span || !event.participants.includes('RUS')) continue;
    for (const partner of PARTNERS) {
      if (!event.participants.includes(partner)) continue;
      const cell = grid[partner][offset];
      cell.count += 1;
      cell.types[event.type] = (cell.types[event.type] ?? 0) + 1;
    }
  }
  return grid;
}

/** The highest count of any cell (0 for an empty grid): the top of the colour scale. */
export function maxCellCount(grid: Record<Partner, readonly PairYearCell[]>): number {
  let max = 0;
  for (const partner of PARTNERS) for (const cell of grid[partner]) if (cell.count > max) max = cell.count;
  return max;
}

export function isPartner(code: string): code is Partner {
  return (PARTNERS as readonly string[]).includes(code);
}
