import { describe, expect, it } from 'vitest';
import { ALL_ROWS_UP_TO, TableWindow } from '../../../src/components/table/tableWindow.svelte.ts';

function sized(rowCount: number): TableWindow {
  const table = new TableWindow(() => rowCount);
  table.scrollerHeight = 400;
  table.headHeight = 40;
  table.measureRow(30);
  return table;
}

describe('TableWindow', () => {
  it('draws every row up to the threshold', () => {
    const table = sized(ALL_ROWS_UP_TO);
    expect(table.windowed).toBe(false);
    expect(table.drawn).toEqual({ start: 0, end: ALL_ROWS_UP_TO, padTop: 0, padBottom: 0 });
  });

  it('above it, draws the rows in view plus an overscan, with spacers standing for the rest', () => {
    const table = sized(5_000);
    table.scrollTop = 3_000;
    expect(table.windowed).toBe(true);
    expect(table.start).toBeLessThanOrEqual(100);
    expect(table.end).toBeGreaterThanOrEqual(112);
    expect(table.end - table.start).toBeLessThan(60);
    expect(table.drawn.padTop).toBe(table.start * 30);
    expect(table.drawn.padBottom).toBe((5_000 - table.end) * 30);
  });

  it('moves the focus by one row, a page, or to either end, never past them', () => {
    const table = sized(5_000);
    const page = Math.floor(360 / 30) - 1;
    expect(table.moveTarget('ArrowDown', 10)).toBe(11);
    expect(table.moveTarget('ArrowUp', 0)).toBe(0);
    expect(table.moveTarget('PageDown', 10)).toBe(10 + page);
    expect(table.moveTarget('PageUp', 3)).toBe(0);
    expect(table.moveTarget('Home', 42)).toBe(0);
    expect(table.moveTarget('End', 42)).toBe(4_999);
    expect(table.moveTarget('a', 42)).toBeNull();
  });

  it('ignores a zero or unchanged row measurement', () => {
    const table = sized(5_000);
    table.measureRow(0);
    expect(table.rowHeight).toBe(30);
  });
});
