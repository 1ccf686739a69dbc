/**
 * Events per Russia–partner pair and year: the coverage grid of the About view and the relations
 * grid both read one counter. An event counts for pair X when both Russia and X take part.
 */
import type { RelationsEvent } from './schema.ts';
import { EVENT_TYPES, type EventType } from './vocabulary.ts';

export const PARTNERS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;
export type Partner = (typeof PARTNERS)[number];

export interface YearCounts {
  year: number;
  /** All events of the year, whoever took part. */
  all: number;
  /** Events with Russia and the partner. */
  pairs: Record<Partner, number>;
}

/** One cell of the relations grid: the events of a pair in a year, and how many of each type. */
export interface PairYearCell {
  partner: Partner;
  year: number;
  count: number;
  types: Partial<Record<EventType, number>>;
}

/** The bit of each partner in a pair mask (see `pairMaskOf`). */
const PARTNER_BIT: Record<string, number> = Object.fromEntries(PARTNERS.map((partner, index) => [partner, 1 << index]));
const TYPE_INDEX: Record<string, number> = Object.fromEntries(EVENT_TYPES.map((type, index) => [type, index]));

/** The partners an event pairs with Russia, one bit each in PARTNERS order (0 when Russia is absent). */
export function pairMaskOf(participants: readonly string[]): number {
  if (!participants.includes('RUS')) return 0;
  let mask = 0;
  for (const code of participants) mask |= PARTNER_BIT[code] ?? 0;
  return mask;
}

/** The type's position in EVENT_TYPES (-1 for none), the index a tally counts types by. */
export function typeIndexOf(type: string | undefined): number {
  return type === undefined ? -1 : (TYPE_INDEX[type] ?? -1);
}

/**
 * Counts events per year, per pair and year, and per pair, year and type, from `firstYear` to
 * `lastYear` (events outside are skipped). Flat typed arrays, so a filter pass over 10,000 events
 * can feed it without allocating; read it as rows (About) or cells (the relations grid).
 */
export class PairYearTally {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly #span: number;
  readonly #all: Int32Array;
  /** [partner × span + year offset] */
  readonly #pairs: Int32Array;
  /** [(partner × span + year offset) × types + type] */
  readonly #types: Int32Array;

  constructor(firstYear: number, lastYear: number) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.#span = Math.max(0, lastYear - firstYear + 1);
    this.#all = new Int32Array(this.#span);
    this.#pairs = new Int32Array(PARTNERS.length * this.#span);
    this.#types = new Int32Array(PARTNERS.length * this.#span * EVENT_TYPES.length);
  }

  /** Counts one event given as its year, its `pairMaskOf` and its `typeIndexOf`. */
  add(year: number, pairMask: number, typeIndex: number): void {
    const offset = year - this.firstYear;
    if (offset < 0 || offset >= this.#span) return;
    this.#all[offset] += 1;
    for (let partner = 0; pairMask !== 0; partner++, pairMask >>= 1) {
      if ((pairMask & 1) === 0) continue;
      const cell = partner * this.#span + offset;
      this.#pairs[cell] += 1;
      if (typeIndex >= 0) this.#types[cell * EVENT_TYPES.length + typeIndex] += 1;
    }
  }

  addEvent(event: Pick<RelationsEvent, 'date' | 'participants'> & { type?: EventType }): void {
    this.add(Number(event.date.slice(0, 4)), pairMaskOf(event.participants), typeIndexOf(event.type));
  }

  #count(partner: number, year: number): number {
    const offset = year - this.firstYear;
    return offset < 0 || offset >= this.#span ? 0 : this.#pairs[partner * this.#span + offset];
  }

  /** One row per year from `firstYear` to `lastYear`, zeros included, so gaps show as gaps. */
  rows(): YearCounts[] {
    return Array.from({ length: this.#span }, (_, offset) => {
      const year = this.firstYear + offset;
      const pairs = Object.fromEntries(PARTNERS.map((partner, index) => [partner, this.#count(index, year)])) as Record<Partner, number>;
      return { year, all: this.#all[offset], pairs };
    });
  }

  /** Per partner, one cell per year from `from` to `to` (zeros included; years outside the tally count 0). */
  cells(from = this.firstYear, to = this.lastYear): Record<Partner, PairYearCell[]> {
    const span = Math.max(0, to - from + 1);
    const grid = {} as Record<Partner, PairYearCell[]>;
    PARTNERS.forEach((partner, index) => {
      grid[partner] = Array.from({ length: span }, (_, column) => {
        const year = from + column;
        const count = this.#count(index, year);
        const types: PairYearCell['types'] = {};
        if (count > 0) {
          const base = (index * this.#span + year - this.firstYear) * EVENT_TYPES.length;
          EVENT_TYPES.forEach((type, typeIndex) => {
            if (this.#types[base + typeIndex] > 0) types[type] = this.#types[base + typeIndex];
          });
        }
        return { partner, year, count, types };
      });
    });
    return grid;
  }
}

/** One row per year from `firstYear` to `lastYear`, zeros included, so gaps show as gaps. */
export function countByPairAndYear(events: readonly Pick<RelationsEvent, 'date' | 'participants'>[], firstYear: number, lastYear: number): YearCounts[] {
  const tally = new PairYearTally(firstYear, lastYear);
  for (const event of events) tally.addEvent(event);
  return tally.rows();
}

/** How many of the years each pair has at least one event in. */
export function yearsWithEvents(rows: readonly YearCounts[]): Record<Partner, number> {
  const covered = { KAZ: 0, KGZ: 0, TJK: 0, TKM: 0, UZB: 0 };
  for (const row of rows) for (const partner of PARTNERS) if (row.pairs[partner] > 0) covered[partner] += 1;
  return covered;
}

/** The relations grid of `events`: per partner, one cell per year from `firstYear` to `lastYear` (zeros included). */
export function countPairYearCells(
  events: readonly Pick<RelationsEvent, 'date' | 'participants' | 'type'>[],
  firstYear: number,
  lastYear: number,
): Record<Partner, PairYearCell[]> {
  const tally = new PairYearTally(firstYear, lastYear);
  for (const event of events) tally.addEvent(event);
  return tally.cells();
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
