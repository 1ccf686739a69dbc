/**
 * The relations view as a picture (the PNG export): the pair-by-year grid and, below it, each open
 * pair profile on the grid's own year columns (the formal level as a step line, the events per year
 * as bars, then the profile's figures in words). Pure layout in CSS pixels: a list of shapes that a
 * canvas painter draws at any scale.
 */
import { yearFraction } from '../time/yearFraction.ts';

export type PictureShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke?: string }
  | { kind: 'text'; x: number; y: number; text: string; size: number; color: string; bold?: boolean; align?: 'left' | 'center' | 'right'; vertical?: boolean }
  | { kind: 'line'; points: [number, number][]; stroke: string; width: number; dash?: number[] }
  | { kind: 'circle'; x: number; y: number; radius: number; fill: string; stroke: string; width: number };

export interface PictureProfile {
  /** "Russia–Kazakhstan", and the events in words ("42 events"). */
  name: string;
  total: string;
  /** Names of the formal levels, lowest first, and the pair's steps on them (rank in that list). */
  levelNames: readonly string[];
  levels: readonly { date: string; rank: number }[];
  levelTitle: string;
  perYear: readonly { year: number; count: number }[];
  perYearTitle: string;
  /** The profile's figures, one sentence each ("Contacts: visits 12 · …"). */
  lines: readonly string[];
}

export interface RelationsPictureInput {
  /** First and last year of the columns. */
  years: readonly [number, number];
  /** A row per pair: its name and its count per year (one per column). */
  rows: readonly { label: string; counts: readonly number[] }[];
  /** Fill of a cell by its count (0 included) and the number's colour on that fill. */
  fill: (count: number) => string;
  textOn: (fill: string) => string;
  /** The brushed years (highlighted), or null when the period is open. */
  period: readonly [number, number] | null;
  profiles: readonly PictureProfile[];
  /** The count that reaches the bars' top, shared by the profiles. */
  barMax: number;
  /** Width of `text` at `size` px (bold or not), as the painter's font measures it. */
  measure: (text: string, size: number, bold: boolean) => number;
}

export interface RelationsPicture {
  width: number;
  height: number;
  shapes: PictureShape[];
}

/** Sizes in CSS pixels; the grid's cells are about as large as on screen. */
export const PICTURE_LAYOUT = { padding: 16, label: 168, cell: 24, gap: 3, header: 36, row: 27 } as const;
const INK = '#1b1f24';
const MUTED = '#4a535c';
const RULE = '#d5d9de';
const ACCENT = '#1d4f91';
const PERIOD = '#e0a100';

/** The picture's width for a grid of `yearCount` columns (the height depends on the profiles). */
export function relationsPictureWidth(yearCount: number): number {
  const { padding, label, cell, gap } = PICTURE_LAYOUT;
  return padding * 2 + label + yearCount * (cell + gap);
}

/** Lines of `text` no wider than `width`. */
function wrap(text: string, width: number, size: number, measure: RelationsPictureInput['measure']): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, size, false) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function relationsPicture(input: RelationsPictureInput): RelationsPicture {
  const { padding, label, cell, gap, header, row } = PICTURE_LAYOUT;
  const [first, last] = input.years;
  const yearCount = last - first + 1;
  const width = relationsPictureWidth(yearCount);
  const step = cell + gap;
  const left = padding + label;
  const columnX = (year: number) => left + (year - first) * step;
  const shapes: PictureShape[] = [];
  const inPeriod = (year: number) => input.period !== null && year >= input.period[0] && year <= input.period[1];

  let y = padding;
  for (let year = first; year <= last; year++) {
    shapes.push({ kind: 'text', x: columnX(year) + cell / 2, y: y + header - 4, text: String(year), size: 11, color: inPeriod(year) ? INK : MUTED, bold: inPeriod(year), vertical: true });
  }
  y += header + gap;
  for (const { label: name, counts } of input.rows) {
    shapes.push({ kind: 'text', x: padding, y: y + cell / 2, text: name, size: 13, color: INK });
    counts.forEach((count, index) => {
      const year = first + index;
      const fill = input.fill(count);
      shapes.push({ kind: 'rect', x: columnX(year), y, width: cell, height: cell, fill, stroke: inPeriod(year) ? PERIOD : undefined });
      if (count > 0) shapes.push({ kind: 'text', x: columnX(year) + cell / 2, y: y + cell / 2, text: String(count), size: 11, color: input.textOn(fill), align: 'center' });
    });
    y += row;
  }

  const xAt = (fractionalYear: number) => left + (fractionalYear - first) * step;
  const right = columnX(last) + cell;
  for (const profile of input.profiles) {
    y += 20;
    shapes.push({ kind: 'line', points: [[padding, y - 8], [right, y - 8]], stroke: RULE, width: 1 });
    shapes.push({ kind: 'text', x: padding, y: y + 8, text: profile.name, size: 15, color: INK, bold: true });
    shapes.push({ kind: 'text', x: padding + input.measure(profile.name, 15, true) + 10, y: y + 8, text: profile.total, size: 13, color: MUTED });
    y += 26;

    // The formal level: one rule per level, a step line through the pair's documents.
    const levelRow = 14;
    shapes.push({ kind: 'text', x: padding, y, text: profile.levelTitle, size: 11, color: MUTED, bold: true });
    y += 12;
    const levelY = (rank: number) => y + (profile.levelNames.length - 1 - rank) * levelRow + levelRow / 2;
    profile.levelNames.forEach((name, rank) => {
      // A long level name is set smaller rather than run into the margin.
      const size = Math.min(10, (10 * (label - 10)) / Math.max(1, input.measure(name, 10, false)));
      shapes.push({ kind: 'text', x: left - 6, y: levelY(rank), text: name, size, color: MUTED, align: 'right' });
      shapes.push({ kind: 'line', points: [[left, levelY(rank)], [right, levelY(rank)]], stroke: RULE, width: 1, dash: [2, 2] });
    });
    const marks = profile.levels.map((level) => [Math.max(left, xAt(yearFraction(level.date))), levelY(level.rank)] as [number, number]);
    if (marks.length > 0) {
      const points: [number, number][] = [];
      for (const [index, [x, markY]] of marks.entries()) {
        if (index > 0) points.push([x, points[points.length - 1][1]]);
        points.push([x, markY]);
      }
      points.push([right, marks[marks.length - 1][1]]);
      shapes.push({ kind: 'line', points, stroke: ACCENT, width: 2.5 });
      for (const [x, markY] of marks) shapes.push({ kind: 'circle', x, y: markY, radius: 3.5, fill: '#ffffff', stroke: ACCENT, width: 2 });
    }
    y += profile.levelNames.length * levelRow + 10;

    // Events per year on the grid's columns.
    const barHeight = 44;
    shapes.push({ kind: 'text', x: padding, y: y + barHeight / 2, text: profile.perYearTitle, size: 11, color: MUTED, bold: true });
    for (const { year, count } of profile.perYear) {
      if (count === 0 || year < first || year > last) continue;
      const height = Math.max(1, (count / Math.max(1, input.barMax)) * (barHeight - 12));
      shapes.push({ kind: 'rect', x: columnX(year) + 2, y: y + barHeight - height, width: cell - 4, height, fill: ACCENT });
      shapes.push({ kind: 'text', x: columnX(year) + cell / 2, y: y + barHeight - height - 6, text: String(count), size: 9, color: MUTED, align: 'center' });
    }
    shapes.push({ kind: 'line', points: [[left, y + barHeight], [right, y + barHeight]], stroke: MUTED, width: 1 });
    y += barHeight + 14;

    for (const sentence of profile.lines) {
      for (const line of wrap(sentence, width - padding * 2, 12, input.measure)) {
        shapes.push({ kind: 'text', x: padding, y: y + 7, text: line, size: 12, color: INK });
        y += 17;
      }
    }
  }
  return { width, height: Math.ceil(y + padding), shapes };
}
