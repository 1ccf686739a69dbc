import { describe, expect, it } from 'vitest';
import { stepDropIndex } from '../../../src/lib/story/stepDropIndex.ts';

// Three steps 40 px tall with 10 px between them.
const boxes = [
  { top: 0, bottom: 40 },
  { top: 50, bottom: 90 },
  { top: 100, bottom: 140 },
];

describe('stepDropIndex', () => {
  it('lands a dragged step on the step under the pointer', () => {
    expect(stepDropIndex(boxes, 60, 0)).toBe(1);
    expect(stepDropIndex(boxes, 120, 0)).toBe(2);
    expect(stepDropIndex(boxes, 10, 2)).toBe(0);
  });

  it('lands it first or last when the pointer leaves the list above or below', () => {
    expect(stepDropIndex(boxes, -30, 2)).toBe(0);
    expect(stepDropIndex(boxes, 400, 0)).toBe(2);
  });

  it('in the gap between two steps, lands it beside the step it passed', () => {
    expect(stepDropIndex(boxes, 95, 0)).toBe(1);
    expect(stepDropIndex(boxes, 45, 2)).toBe(1);
  });

  it('leaves an empty list as it is', () => {
    expect(stepDropIndex([], 10, 0)).toBe(0);
  });
});
