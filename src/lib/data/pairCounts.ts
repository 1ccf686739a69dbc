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
