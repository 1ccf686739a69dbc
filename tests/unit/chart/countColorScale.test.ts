import { describe, expect, it } from 'vitest';
import { contrastRatio, COUNT_COLOR_RANGE, countColorScale, EMPTY_CELL_COLOR, textColorOn } from '../../../src/lib/chart/countColorScale.ts';

describe('countColorScale', () => {
  it('runs from the palest fill for one event to the deepest for the busiest cell', () => {
    const scale = countColorScale(9);
    expect(scale(1)).toBe('rgb(227, 237, 248)');
    expect(scale(9)).toBe('rgb(11, 58, 117)');
    expect(scale(50)).toBe(scale(9));
  });

  it('still gives a colour when the busiest cell has one event', () => {
    expect(countColorScale(1)(1)).toBe('rgb(227, 237, 248)');
  });
});

describe('textColorOn', () => {
  it('keeps AA contrast for the number on every shade the scale can give, and on empty cells', () => {
    const scale = countColorScale(100);
    for (let count = 1; count <= 100; count++) {
      const fill = scale(count);
      expect(contrastRatio(fill, textColorOn(fill)), fill).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(EMPTY_CELL_COLOR, textColorOn(EMPTY_CELL_COLOR))).toBeGreaterThanOrEqual(4.5);
  });

  it('writes white on the deepest fill and black on the palest', () => {
    expect(textColorOn(COUNT_COLOR_RANGE[1])).toBe('#ffffff');
    expect(textColorOn(COUNT_COLOR_RANGE[0])).toBe('#000000');
  });
});
