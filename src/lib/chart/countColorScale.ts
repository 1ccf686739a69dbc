/**
 * Colours for counts (the relations grid): a sequential scale from pale to deep blue, and for each
 * cell colour the text colour that keeps WCAG AA contrast (4.5:1) for the number written on it.
 */
import { scaleSequentialSqrt, type ScaleSequential } from 'd3-scale';

/** Palest (one event) and deepest (the busiest cell) fill. */
export const COUNT_COLOR_RANGE = ['#e3edf8', '#0b3a75'] as const;
/** The fill of a cell with no events. */
export const EMPTY_CELL_COLOR = '#f6f7f9';

/** Square-root scale: a few busy years would otherwise leave every other cell the palest shade. */
export function countColorScale(maxCount: number): ScaleSequential<string> {
  return scaleSequentialSqrt<string>()
    .domain([1, Math.max(2, maxCount)])
    .range([...COUNT_COLOR_RANGE])
    .clamp(true);
}

function channels(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`not a colour: ${color}`);
}

/** WCAG relative luminance of "#rrggbb" or "rgb(r, g, b)". */
export function relativeLuminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on `background`; either way at least 4.58:1. */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}
