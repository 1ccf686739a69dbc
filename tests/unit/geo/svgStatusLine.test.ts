import { describe, expect, it } from 'vitest';
import { INITIATIVE_STATUS_LINES, svgStatusLine } from '../../../src/lib/geo/mapTheme.ts';

describe('svgStatusLine', () => {
  it("turns the theme's dash, given in line widths as MapLibre reads it, into pixels for SVG", () => {
    expect(svgStatusLine('proposed')).toEqual({ width: 2, dash: '0 4' });
    expect(svgStatusLine('under-construction')).toEqual({ width: 3, dash: '9 6 0 6' });
  });

  it('draws operating and in-force solid', () => {
    expect(svgStatusLine('operating').dash).toBe('none');
    expect(svgStatusLine('in-force').dash).toBe('none');
  });

  it('scales the width and the dash together (a branch is drawn 1.15 times wider)', () => {
    const branch = svgStatusLine('agreed', 1.15);
    expect(branch.width).toBeCloseTo(INITIATIVE_STATUS_LINES.agreed.width * 1.15);
    expect(branch.dash.split(' ').map(Number)).toEqual(INITIATIVE_STATUS_LINES.agreed.dash.map((length) => length * branch.width));
  });
});
