import { readFileSync } from 'node:fs';
import { rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { EVENT_SYMBOLS, MIXED_PLACE_COLOR } from '../../../src/lib/geo/eventSymbols.ts';
import { LIGHT_THEME } from '../../../src/lib/geo/mapTheme.ts';
import { EVENT_TYPES } from '../../../src/lib/data/vocabulary.ts';

/** sRGB channel (0–255) to linear light, as WCAG 2 defines it. */
function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/** Where event symbols are drawn: the timeline's white and grey lanes, the legend, and every land colour of the map. */
const SYMBOL_BACKGROUNDS = {
  white: '#ffffff',
  'timeline lane (--paper-muted)': '#f3f4f6',
  'focus land': LIGHT_THEME.focusLand,
  'neighbour land': LIGHT_THEME.neighbourLand,
  'other land': LIGHT_THEME.otherLand,
};

/** Machado et al. (2009) simulation matrices at full severity, on linear RGB. */
const COLOUR_BLINDNESS = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

/** CIE76 colour difference of two colours as seen through `matrix` (identity: normal vision). */
function difference(a: string, b: string, matrix?: number[][]): number {
  const seen = (color: string) => {
    const { r, g, b: blue } = rgb(color);
    const light = [linear(r), linear(g), linear(blue)];
    const mixed = matrix ? matrix.map((row) => Math.min(1, Math.max(0, row[0] * light[0] + row[1] * light[1] + row[2] * light[2]))) : light;
    const encode = (value: number) => 255 * (value <= 0.0031308 ? 12.92 * value : 1.055 * value ** (1 / 2.4) - 0.055);
    return rgb(encode(mixed[0]), encode(mixed[1]), encode(mixed[2]));
  };
  const toLab = (color: ReturnType<typeof rgb>) => {
    const [x, y, z] = [
      (0.4124 * linear(color.r) + 0.3576 * linear(color.g) + 0.1805 * linear(color.b)) / 0.95047,
      0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b),
      (0.0193 * linear(color.r) + 0.1192 * linear(color.g) + 0.9505 * linear(color.b)) / 1.08883,
    ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29));
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [toLab(seen(a)), toLab(seen(b))];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

describe('event colours', () => {
  for (const type of EVENT_TYPES) {
    it(`${type} stands out at least 3:1 on white, timeline lanes and every land colour`, () => {
      for (const [name, background] of Object.entries(SYMBOL_BACKGROUNDS)) {
        expect(contrastRatio(EVENT_SYMBOLS[type].color, background), `${type} on ${name}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('stay apart for readers with normal, red-blind or green-blind vision', () => {
    const colours = [...EVENT_TYPES.map((type) => EVENT_SYMBOLS[type].color), MIXED_PLACE_COLOR];
    for (const matrix of [undefined, COLOUR_BLINDNESS.protanopia, COLOUR_BLINDNESS.deuteranopia]) {
      for (let i = 0; i < colours.length; i += 1) {
        for (let j = i + 1; j < colours.length; j += 1) expect(difference(colours[i], colours[j], matrix)).toBeGreaterThan(12);
      }
    }
  });

  it('carry white counts with a dark outline that gives the digits at least 4.5:1', () => {
    expect(contrastRatio('#ffffff', MIXED_PLACE_COLOR)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('map text and lines', () => {
  it('labels read at least 4.5:1 against their white halo', () => {
    expect(contrastRatio(LIGHT_THEME.label, LIGHT_THEME.halo)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(LIGHT_THEME.mutedLabel, LIGHT_THEME.halo)).toBeGreaterThanOrEqual(4.5);
  });

  it('relation arcs, initiative lines and the selection ring stand out at least 3:1 on every land colour', () => {
    for (const line of [LIGHT_THEME.arc, LIGHT_THEME.corridor, LIGHT_THEME.branch, LIGHT_THEME.programme, LIGHT_THEME.selected]) {
      for (const land of [LIGHT_THEME.focusLand, LIGHT_THEME.neighbourLand, LIGHT_THEME.otherLand]) expect(contrastRatio(line, land)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('page text colours (src/styles/global.css)', () => {
  const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
  const variable = (name: string) => {
    const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];
    if (!value) throw new Error(`--${name} is not a hex colour in global.css`);
    return value;
  };

  it('body, muted and link text read at least 4.5:1 on white and on the grey panels', () => {
    for (const text of ['ink', 'ink-muted', 'accent']) {
      for (const background of ['paper', 'paper-muted']) expect(contrastRatio(variable(text), variable(background)), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('white text on pressed buttons reads at least 4.5:1, and the focus ring stands out 3:1', () => {
    expect(contrastRatio('#ffffff', variable('accent'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(variable('focus'), variable('paper'))).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(variable('focus'), variable('paper-muted'))).toBeGreaterThanOrEqual(3);
  });
});
