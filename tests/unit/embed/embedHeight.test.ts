import { describe, expect, it } from 'vitest';
import { embedHeight, preferredMapHeight } from '../../../src/lib/embed/embedHeight.ts';

describe('preferredMapHeight', () => {
  it('follows the width between a usable minimum and maximum', () => {
    expect(preferredMapHeight(320)).toBe(220);
    expect(preferredMapHeight(600)).toBe(372);
    expect(preferredMapHeight(1200)).toBe(560);
  });
});

describe('embedHeight', () => {
  it('asks for the content rows plus the map at its preferred height', () => {
    // 700 px of content of which the map row takes 400: the other rows need 300.
    expect(embedHeight(700, 400, 600)).toBe(300 + 372);
  });

  it('gives the same answer whatever height the iframe has now, so resizing to it settles at once', () => {
    const otherRows = 260;
    const asked = [150, 400, 900].map((frameHeight) => {
      const mapRow = Math.max(160, frameHeight - otherRows);
      return embedHeight(otherRows + mapRow, mapRow, 800);
    });
    expect(new Set(asked).size).toBe(1);
  });

  it('stays within the range the loader accepts', () => {
    expect(embedHeight(50, 40, 320)).toBeGreaterThanOrEqual(200);
    expect(embedHeight(90_000, 100, 1200)).toBe(5000);
  });
});
