import { describe, expect, it } from 'vitest';
import { withoutParams } from '../../../src/lib/url/queryEdit.ts';

describe('withoutParams', () => {
  it('drops the named parameters and keeps the others exactly as written', () => {
    expect(withoutParams('?embed&country=KAZ,UZB&q=%D0%B2%D0%BE%D0%B4%D0%B0', ['embed'])).toBe('?country=KAZ,UZB&q=%D0%B2%D0%BE%D0%B4%D0%B0');
    expect(withoutParams('?embed', ['embed'])).toBe('');
  });

  it('keeps a part whose name is not valid percent-encoding', () => {
    expect(withoutParams('?%E0%A4%A=1&embed', ['embed'])).toBe('?%E0%A4%A=1');
  });
});
