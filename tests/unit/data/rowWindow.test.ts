import { describe, expect, it } from 'vitest';
import { rowWindow, scrollTopToShowRow } from '../../../src/lib/data/rowWindow.ts';

const base = { scrollTop: 0, viewportHeight: 300, rowHeight: 30, rowCount: 5_000, overscan: 10 };

describe('rowWindow', () => {
  it('draws the rows in view and the overscan below them at the top of the list', () => {
    expect(rowWindow(base)).toEqual({ start: 0, end: 20, padTop: 0, padBottom: 4_980 * 30 });
  });

  it('counts a row cut by the bottom edge of the view as in view', () => {
    expect(rowWindow({ ...base, viewportHeight: 310, overscan: 0 })).toEqual({ start: 0, end: 11, padTop: 0, padBottom: 4_989 * 30 });
  });

  it('draws the overscan on both sides in the middle of the list, the spaces standing for the rest', () => {
    const window = rowWindow({ ...base, scrollTop: 3_015 });
    // Row 100 is cut by the top edge (3,000–3,030 px), row 110 by the bottom edge (3,300–3,330 px).
    expect(window).toEqual({ start: 90, end: 121, padTop: 90 * 30, padBottom: (5_000 - 121) * 30 });
  });

  it('keeps the scroll height of the whole list wherever it is scrolled', () => {
    for (const scrollTop of [0, 1, 29, 30, 12_345, 149_700, 150_000]) {
      const { start, end, padTop, padBottom } = rowWindow({ ...base, scrollTop });
      expect(padTop + (end - start) * 30 + padBottom).toBe(5_000 * 30);
    }
  });

  it('ends with the last row when scrolled to the bottom, or beyond it (overscroll)', () => {
    expect(rowWindow({ ...base, scrollTop: 5_000 * 30 - 300 })).toMatchObject({ start: 4_980, end: 5_000, padBottom: 0 });
    expect(rowWindow({ ...base, scrollTop: 10_000_000 })).toMatchObject({ end: 5_000, padBottom: 0 });
  });

  it('starts with the first row when scrolled above the top (elastic overscroll)', () => {
    expect(rowWindow({ ...base, scrollTop: -80 })).toMatchObject({ start: 0, padTop: 0 });
  });

  it('draws every row of a list shorter than the view, with no spaces', () => {
    expect(rowWindow({ ...base, rowCount: 4 })).toEqual({ start: 0, end: 4, padTop: 0, padBottom: 0 });
  });

  it('draws nothing for an empty list or before the row height is known', () => {
    expect(rowWindow({ ...base, rowCount: 0 })).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
    expect(rowWindow({ ...base, rowHeight: 0 })).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
  });

  it('still draws a row when the view has no height yet', () => {
    expect(rowWindow({ ...base, viewportHeight: 0, overscan: 0 })).toEqual({ start: 0, end: 1, padTop: 0, padBottom: 4_999 * 30 });
  });
});

describe('scrollTopToShowRow', () => {
  const view = { scrollTop: 3_000, viewportHeight: 300, rowHeight: 30 };

  it('leaves the scroll position alone when the row is fully in view', () => {
    expect(scrollTopToShowRow(100, view)).toBe(3_000);
    expect(scrollTopToShowRow(109, view)).toBe(3_000);
  });

  it('scrolls up so a row above the view is at its top', () => {
    expect(scrollTopToShowRow(40, view)).toBe(1_200);
  });

  it('scrolls down so a row below the view (or cut by its edge) is at its bottom', () => {
    expect(scrollTopToShowRow(110, view)).toBe(3_030);
    expect(scrollTopToShowRow(4_999, view)).toBe(5_000 * 30 - 300);
  });
});
