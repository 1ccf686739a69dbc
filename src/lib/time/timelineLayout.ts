/**
 * Timeline geometry, free of the DOM: which lane an event sits in, the time scale, tick labels in
 * the reader's language and where each glyph goes (dodged so events on nearby days stay visible).
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { EVENT_TYPES } from '../data/vocabulary.ts';
import type { LaneMode } from '../data/vocabulary.ts';
import { dateToDay } from './calendarDay.ts';
import type { RelationsEvent } from '../data/schema.ts';
import { russiaPartner } from '../data/relatedEvents.ts';
import { dateFormat } from './dateFormat.ts';
import type { DateParts } from './kazakhDateFormat.ts';

/** The first day the timeline shows: the project covers relations since 2000. */
export const TIMELINE_START = new Date(Date.UTC(2000, 0, 1));

/** Lane of events that are not between Russia and one Central Asian state. */
export const MULTILATERAL_LANE = 'multilateral';

/** Lanes in drawing order: the event types, or one lane per Russia–partner pair and a multilateral one. */
export function laneKeys(mode: LaneMode, partnerCodes: readonly string[]): string[] {
  if (mode === 'type') return [...EVENT_TYPES];
  return [...partnerCodes.filter((code) => code !== 'RUS').map((code) => `RUS-${code}`), MULTILATERAL_LANE];
}

/** The lane of an event; a pair with a state that has no lane of its own goes to the multilateral lane. */
export function laneOf(event: Pick<RelationsEvent, 'type' | 'participants'>, mode: LaneMode, partnerCodes: readonly string[]): string {
  if (mode === 'type') return event.type;
  const partner = russiaPartner(event.participants);
  return partner !== null && partnerCodes.includes(partner) ? `RUS-${partner}` : MULTILATERAL_LANE;
}



/** The base scale: 2000 to `today` across `width` px, with `inset` px kept free at both ends for glyphs. */
export function timelineScale(today: Date, width: number, inset = 10): ScaleTime<number, number> {
  return scaleUtc().domain([TIMELINE_START, today]).range([inset, Math.max(inset + 1, width - inset)]);
}

export interface TickLabel {
  x: number;
  label: string;
  /** YYYY-MM-DD of the tick, for `<time datetime>`. */
  day: string;
}

const DAY_MS = 86_400_000;

/** Ticks about every `spacing` px, labelled by year, month or day depending on how far apart they are. */
export function tickLabels(scale: ScaleTime<number, number>, locale: string, spacing = 90): TickLabel[] {
  const [start, end] = scale.range();
  const ticks = scale.ticks(Math.max(2, Math.floor((end - start) / spacing)));
  const step = ticks.length > 1 ? ticks[1].getTime() - ticks[0].getTime() : 365 * DAY_MS;
  const parts: DateParts =
    step >= 360 * DAY_MS ? { year: 'numeric' } : step >= 28 * DAY_MS ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' };
  const format = dateFormat(locale, parts);
  return ticks.map((tick) => ({ x: scale(tick), label: format.format(tick), day: dateToDay(tick) }));
}

export interface GlyphInput {
  id: string;
  lane: string;
  /** First day as a Date. */
  start: Date;
}

export interface PlacedGlyph {
  id: string;
  x: number;
  y: number;
}

export interface GlyphLayoutOptions {
  laneKeys: readonly string[];
  laneHeight: number;
  /** Top of the first lane. */
  top: number;
  /** Glyphs closer than this (px) are moved to another row of their lane. */
  glyphSize: number;
  /** Height (px) at the top of each lane kept free for its label. */
  labelBand?: number;
}

/**
 * Places glyphs in their lanes. Within a lane, a glyph that would overlap the previous one moves to
 * the next free row (up to as many rows as the lane holds, then they overlap). Input must be sorted
 * by time; one pass, so 10,000 events stay cheap.
 */
export function layoutGlyphs(
  glyphs: readonly GlyphInput[],
  x: (date: Date) => number,
  { laneKeys: lanes, laneHeight, top, glyphSize, labelBand = 0 }: GlyphLayoutOptions,
): PlacedGlyph[] {
  const laneIndex = new Map(lanes.map((key, index) => [key, index]));
  // Glyphs keep to the part of the lane below its label.
  const band = laneHeight - labelBand;
  const rows = Math.max(1, Math.floor(band / glyphSize));
  const rowEnds = lanes.map(() => new Array<number>(rows).fill(-Infinity));
  const placed: PlacedGlyph[] = [];
  for (const glyph of glyphs) {
    const lane = laneIndex.get(glyph.lane);
    if (lane === undefined) continue;
    const px = x(glyph.start);
    const ends = rowEnds[lane];
    let row = ends.findIndex((end) => end <= px - glyphSize);
    if (row === -1) row = ends.indexOf(Math.min(...ends));
    ends[row] = px;
    // Rows fan out from the lane's middle: 0, above, below, further above…
    const offset = row === 0 ? 0 : Math.ceil(row / 2) * (row % 2 === 1 ? -1 : 1);
    const middle = top + lane * laneHeight + labelBand + band / 2;
    const spread = Math.min(glyphSize, (band - glyphSize) / Math.max(1, rows - 1));
    placed.push({ id: glyph.id, x: px, y: middle + offset * spread });
  }
  return placed;
}

/**
 * The vertical strips of the plot to repaint when some glyphs went in or out of the date range:
 * `reach` px either side of each changed glyph, widened to whole pixels (so a clip on them leaves no
 * seam) and merged where they touch. A brush move then repaints a few glyphs, not all 10,000.
 */
export function changedStrips(xs: readonly number[], before: ArrayLike<number>, after: ArrayLike<number>, reach: number): [number, number][] {
  const changed: number[] = [];
  for (let index = 0; index < xs.length; index++) if (before[index] !== after[index]) changed.push(xs[index]);
  changed.sort((a, b) => a - b);
  const strips: [number, number][] = [];
  for (const x of changed) {
    const from = Math.floor(x - reach);
    const to = Math.ceil(x + reach);
    const last = strips.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else strips.push([from, to]);
  }
  return strips;
}

/**
 * The next range of a play sweep: the window keeps its width and moves forward by `step` days,
 * stopping with its end on `today`. Returns null when it already ends there.
 */
export function advanceWindow(from: Date, to: Date, stepDays: number, today: Date): { from: Date; to: Date } | null {
  if (to.getTime() >= today.getTime()) return null;
  const width = to.getTime() - from.getTime();
  const nextTo = new Date(Math.min(today.getTime(), to.getTime() + stepDays * DAY_MS));
  return { from: new Date(nextTo.getTime() - width), to: nextTo };
}
