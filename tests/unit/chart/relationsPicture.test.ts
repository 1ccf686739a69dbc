import { describe, expect, it } from 'vitest';
import { PICTURE_LAYOUT, relationsPicture, relationsPictureWidth, type PictureProfile, type PictureShape, type RelationsPictureInput } from '../../../src/lib/chart/relationsPicture.ts';

const base: RelationsPictureInput = {
  years: [2000, 2002],
  rows: [
    { label: 'Russia–Kazakhstan', counts: [0, 2, 5] },
    { label: 'Russia–Uzbekistan', counts: [1, 0, 0] },
  ],
  fill: (count) => (count > 0 ? '#0b3a75' : '#f6f7f9'),
  textOn: () => '#ffffff',
  period: null,
  profiles: [],
  barMax: 5,
  measure: (text, size) => text.length * size * 0.55,
};
const profile: PictureProfile = {
  name: 'Russia–Kazakhstan',
  total: '7 events',
  levelNames: ['friendship', 'strategic partnership', 'alliance', 'comprehensive strategic partnership'],
  levels: [
    { date: '2000-06-01', rank: 0 },
    { date: '2001-01-01', rank: 2 },
  ],
  levelTitle: 'Formal level',
  perYear: [
    { year: 2000, count: 0 },
    { year: 2001, count: 2 },
    { year: 2002, count: 5 },
  ],
  perYearTitle: 'Events per year',
  lines: ['Contacts: visits 3', 'Last contact: 2002'],
};
type Rect = Extract<PictureShape, { kind: 'rect' }>;
const rects = (picture: ReturnType<typeof relationsPicture>) => picture.shapes.filter((shape): shape is Rect => shape.kind === 'rect');
const cells = (picture: ReturnType<typeof relationsPicture>) => rects(picture).filter((shape) => shape.width === PICTURE_LAYOUT.cell);

describe('relationsPicture', () => {
  it('draws a cell per pair and year, with the count written on each cell that has events', () => {
    const picture = relationsPicture(base);
    expect(cells(picture)).toHaveLength(6);
    const numbers = picture.shapes.filter((shape) => shape.kind === 'text' && shape.align === 'center').map((shape) => (shape.kind === 'text' ? shape.text : ''));
    expect(numbers).toEqual(['2', '5', '1']);
    expect(picture.width).toBe(relationsPictureWidth(3));
  });

  it('outlines the cells of the brushed years only', () => {
    const outlined = cells(relationsPicture({ ...base, period: [2001, 2001] })).filter((shape) => shape.stroke);
    const plain = cells(relationsPicture(base));
    expect(plain.filter((shape) => shape.stroke)).toEqual([]);
    expect(outlined.map((shape) => [shape.x, shape.y])).toEqual([plain[1], plain[4]].map((shape) => [shape.x, shape.y]));
  });

  it("puts each profile below the grid on the grid's year columns: a step line through the level's documents and a bar per year with events", () => {
    const without = relationsPicture(base);
    const withProfile = relationsPicture({ ...base, profiles: [profile] });
    expect(withProfile.height).toBeGreaterThan(without.height + 150);
    const gridCells = cells(withProfile);
    const bars = rects(withProfile).filter((shape) => shape.y > gridCells.at(-1)!.y + PICTURE_LAYOUT.cell);
    expect(bars).toHaveLength(2);
    // A bar sits inside its year's column.
    const column2002 = gridCells[2];
    expect(bars[1].x).toBeGreaterThan(column2002.x);
    expect(bars[1].x + bars[1].width).toBeLessThan(column2002.x + PICTURE_LAYOUT.cell);
    expect(withProfile.shapes.filter((shape) => shape.kind === 'circle')).toHaveLength(2);
    expect(withProfile.shapes.some((shape) => shape.kind === 'text' && shape.text === 'Contacts: visits 3')).toBe(true);
  });

  it("wraps a profile's long line to the picture's width", () => {
    const long = { ...profile, lines: [Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ')] };
    const picture = relationsPicture({ ...base, profiles: [long] });
    const lines = picture.shapes.filter((shape) => shape.kind === 'text' && shape.text.startsWith('word'));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) if (line.kind === 'text') expect(base.measure(line.text, 12, false)).toBeLessThanOrEqual(picture.width - PICTURE_LAYOUT.padding * 2);
  });
});
