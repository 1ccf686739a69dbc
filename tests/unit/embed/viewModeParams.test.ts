import { describe, expect, it } from 'vitest';
import { parseViewMode, withoutParams, withParam } from '../../../src/lib/embed/viewModeParams.ts';

describe('parseViewMode', () => {
  it('reads the embed and present flags whether bare or with a value', () => {
    expect(parseViewMode('?embed&country=KAZ')).toMatchObject({ embed: true, present: false });
    expect(parseViewMode('?present=1')).toMatchObject({ embed: false, present: true });
  });

  it('turns the one-based step of the URL into a zero-based index', () => {
    expect(parseViewMode('?story=astana-2022-to-dushanbe-2025&step=3')).toEqual({
      embed: false,
      present: false,
      story: 'astana-2022-to-dushanbe-2025',
      stepIndex: 2,
    });
  });

  it('ignores a malformed story id and an invalid step', () => {
    expect(parseViewMode('?story=<script>&step=-4')).toMatchObject({ story: null, stepIndex: 0 });
    expect(parseViewMode('?step=abc').stepIndex).toBe(0);
  });
});

describe('withoutParams and withParam', () => {
  it('drop the named parameters and keep the others exactly as written', () => {
    expect(withoutParams('?embed&country=KAZ,UZB&q=%D0%B2%D0%BE%D0%B4%D0%B0', ['embed'])).toBe('?country=KAZ,UZB&q=%D0%B2%D0%BE%D0%B4%D0%B0');
    expect(withoutParams('?embed', ['embed'])).toBe('');
  });

  it('set a value or a bare flag, replacing an earlier one', () => {
    expect(withParam('?story=a&step=2', 'step', '3')).toBe('?story=a&step=3');
    expect(withParam('', 'present', null)).toBe('?present');
  });
});
