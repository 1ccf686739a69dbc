/**
 * How each event type looks on the map and in the legend: a colour and a d3 symbol shape, shared by
 * the WebGL map (drawn onto canvases), the SVG map and the legend so all three agree.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { EventType } from '../data/vocabulary.ts';

export interface EventSymbol {
  /** Fill colour: the Okabe–Ito hues, darkened to stand out at least 3:1 (WCAG 1.4.11) on white and on every land colour. */
  color: string;
  shape: SymbolType;
}

/**
 * Okabe–Ito's vermilion, orange and sky blue are too light for 3:1 on pale land. Darkened alone,
 * vermilion and orange look alike to red-blind and green-blind readers and sky blue nears blue, so
 * vermilion and blue go darker than the rest to keep the pairs apart by lightness.
 */
export const EVENT_SYMBOLS: Record<EventType, EventSymbol> = {
  summit: { color: '#a83f00', shape: symbolStar },
  visit: { color: '#005b96', shape: symbolCircle },
  talks: { color: '#00876a', shape: symbolDiamond },
  statement: { color: '#bc6b98', shape: symbolSquare },
  agreement: { color: '#a67f00', shape: symbolTriangle },
  milestone: { color: '#218ec1', shape: symbolWye },
};

/** Colour of a place that holds events of several types (drawn as a circle with the count). */
export const MIXED_PLACE_COLOR = '#2b3440';

/** SVG path data of an event type's symbol centred on 0,0, for a symbol `area` in px². */
export function eventSymbolPath(type: EventType, area: number): string {
  return symbol(EVENT_SYMBOLS[type].shape, area)() ?? '';
}

/** Name of the MapLibre image that draws an event type. */
export function eventImageId(type: EventType): string {
  return `event-${type}`;
}

/** Radius in CSS px of a place's marker: a symbol for one event, a circle growing with √count for several. */
export const PLACE_MARKER_RADIUS = { single: 10, groupMin: 9, groupMax: 22, groupMaxCount: 100 } as const;

/**
 * Presenting to a room, the map's names, counts and markers grow by this much: 10–12 px text and
 * 9 px circles read from the front row only, and a count at the larger size must still fit its circle.
 */
export const PRESENTATION_SCALE = 1.8;

/** The radius of a place's marker holding `count` events, times `scale` (PRESENTATION_SCALE on a classroom screen). */
export function placeMarkerRadius(count: number, scale = 1): number {
  if (count <= 1) return PLACE_MARKER_RADIUS.single * scale;
  const { groupMin, groupMax, groupMaxCount } = PLACE_MARKER_RADIUS;
  const t = (Math.sqrt(Math.min(count, groupMaxCount)) - 1) / (Math.sqrt(groupMaxCount) - 1);
  return (groupMin + t * (groupMax - groupMin)) * scale;
}
