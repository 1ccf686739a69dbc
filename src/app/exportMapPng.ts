/**
 * The PNG export: a picture (the map as it is now, or the relations grid) with a title above (what
 * and which filters) and the key and attribution below, composed on a 2D canvas and downloaded
 * through a blob URL.
 */
import { paintMap } from './mapSnapshot.ts';

export interface MapPictureText {
  title: string;
  /** The filters and the number of events, one line. */
  subtitle: string;
  attribution: string;
  /** The key to the symbols: an SVG path (centred on 0,0), its colour and its words. */
  legend?: { path: string; color: string; label: string }[];
  /** When the picture was made, in the reader's language. */
  made?: string;
}

const FONT = "'Noto Sans', system-ui, sans-serif";

/** Lines of `text` no wider than `width` at the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The symbols' key in rows that fit `width`: each item's offset from the legend's top left. */
function layoutLegend(context: CanvasRenderingContext2D, items: NonNullable<MapPictureText['legend']>, width: number, scale: number) {
  const rowHeight = 20 * scale;
  const placed: (NonNullable<MapPictureText['legend']>[number] & { x: number; y: number })[] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const itemWidth = 18 * scale + context.measureText(item.label).width + 14 * scale;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += rowHeight;
    }
    placed.push({ ...item, x, y });
    x += itemWidth;
  }
  return { items: placed, height: items.length > 0 ? y + rowHeight + 4 * scale : 0 };
}

/**
 * `map` (any picture) with its title, key and attribution on one canvas. `scale`: device pixels per
 * CSS pixel of the words, by default what keeps them readable on a picture of that width.
 */
export function framePicture(map: HTMLCanvasElement, text: MapPictureText, scale = Math.max(1, map.width / 1200)): HTMLCanvasElement | null {
  const padding = 16 * scale;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) return null;
  const textWidth = map.width - padding * 2;
  measure.font = `700 ${22 * scale}px ${FONT}`;
  const titleLines = wrap(measure, text.title, textWidth);
  measure.font = `${15 * scale}px ${FONT}`;
  const subtitleLines = wrap(measure, text.subtitle, textWidth);
  measure.font = `${12 * scale}px ${FONT}`;
  const attributionLines = wrap(measure, text.made ? `${text.attribution} ${text.made}` : text.attribution, textWidth);
  const legend = layoutLegend(measure, text.legend ?? [], textWidth, scale);
  const header = padding + titleLines.length * 28 * scale + subtitleLines.length * 20 * scale + padding / 2;
  const footer = padding / 2 + legend.height + attributionLines.length * 16 * scale + padding / 2;

  const picture = document.createElement('canvas');
  picture.width = map.width;
  picture.height = Math.round(header + map.height + footer);
  const context = picture.getContext('2d');
  if (!context) return null;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, picture.width, picture.height);
  context.textBaseline = 'top';
  context.fillStyle = '#1b1f24';
  let y = padding;
  context.font = `700 ${22 * scale}px ${FONT}`;
  for (const line of titleLines) {
    context.fillText(line, padding, y);
    y += 28 * scale;
  }
  context.fillStyle = '#4a535c';
  context.font = `${15 * scale}px ${FONT}`;
  for (const line of subtitleLines) {
    context.fillText(line, padding, y);
    y += 20 * scale;
  }
  context.drawImage(map, 0, header);
  y = header + map.height + padding / 2;
  context.font = `${12 * scale}px ${FONT}`;
  for (const item of legend.items) {
    context.save();
    context.translate(padding + item.x + 7 * scale, y + item.y + 8 * scale);
    context.scale(scale, scale);
    context.fillStyle = item.color;
    context.fill(new Path2D(item.path));
    context.restore();
    context.fillStyle = '#1b1f24';
    context.fillText(item.label, padding + item.x + 18 * scale, y + item.y + 1 * scale);
  }
  y += legend.height;
  context.fillStyle = '#4a535c';
  for (const line of attributionLines) {
    context.fillText(line, padding, y);
    y += 16 * scale;
  }
  return picture;
}

/** The map with its title, key and attribution on one canvas, or null when there is no map to paint. */
export async function composeMapPicture(text: MapPictureText): Promise<HTMLCanvasElement | null> {
  const map = await paintMap();
  return map ? framePicture(map, text) : null;
}

/** Saves the map's picture as a PNG file named after the view. */
export async function downloadMapPng(text: MapPictureText, fileName: string): Promise<boolean> {
  const picture = await composeMapPicture(text);
  return picture ? downloadPng(picture, fileName) : false;
}

/** Saves a composed picture as a PNG file. */
export async function downloadPng(picture: HTMLCanvasElement, fileName: string): Promise<boolean> {
  const blob = await new Promise<Blob | null>((resolve) => picture.toBlob(resolve, 'image/png'));
  if (!blob) return false;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; give the browser a moment before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
