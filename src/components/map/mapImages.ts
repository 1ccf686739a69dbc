/**
 * Images the WebGL style refers to, drawn on canvases in the page (no image files, nothing for the
 * CSP to refuse): the event type symbols and the hatching of disputed areas.
 */
import { HATCH, HATCH_TILE_SIZE } from '../../lib/geo/mapTheme.ts';
import type { EventType } from '../../lib/data/vocabulary.ts';
import { EVENT_SYMBOLS, PLACE_MARKER_RADIUS, eventSymbolPath } from '../../lib/geo/eventSymbols.ts';

export interface CanvasImage {
  data: { width: number; height: number; data: Uint8Array };
  pixelRatio: number;
}

const PIXEL_RATIO = 2;

function canvas(cssSize: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const element = document.createElement('canvas');
  element.width = element.height = cssSize * PIXEL_RATIO;
  const context = element.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(PIXEL_RATIO, PIXEL_RATIO);
  return [element, context];
}

function toImage(element: HTMLCanvasElement, context: CanvasRenderingContext2D): CanvasImage {
  const pixels = context.getImageData(0, 0, element.width, element.height);
  return { data: { width: element.width, height: element.height, data: new Uint8Array(pixels.data.buffer) }, pixelRatio: PIXEL_RATIO };
}

/** The symbol of an event type, white-edged so it reads on any land colour. */
export function drawEventSymbol(type: EventType): CanvasImage {
  const size = PLACE_MARKER_RADIUS.single * 2 + 4;
  const [element, context] = canvas(size);
  context.translate(size / 2, size / 2);
  const path = new Path2D(eventSymbolPath(type, 200));
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = '#ffffff';
  context.stroke(path);
  context.fillStyle = EVENT_SYMBOLS[type].color;
  context.fill(path);
  context.lineWidth = 1;
  context.strokeStyle = 'rgba(0,0,0,0.45)';
  context.stroke(path);
  return toImage(element, context);
}

/** Diagonal grey stripes on a transparent ground, repeated over disputed areas. */
export function drawHatch(): CanvasImage {
  const size = HATCH_TILE_SIZE;
  const [element, context] = canvas(size);
  context.strokeStyle = HATCH.color;
  context.lineWidth = HATCH.width;
  context.beginPath();
  for (const offset of [-size, 0, size]) {
    context.moveTo(offset, size);
    context.lineTo(offset + size, 0);
  }
  context.stroke();
  return toImage(element, context);
}
