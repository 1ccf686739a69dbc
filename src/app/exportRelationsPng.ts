/**
 * The relations view's PNG: the grid and the open pair profiles laid out by `relationsPicture`,
 * painted on a canvas at twice their CSS pixels (at least the screen's), and framed like the map's
 * picture (title, filters, key, attribution).
 */
import { PICTURE_PIXEL_RATIO } from './mapSnapshot.ts';
import { downloadPng, framePicture, type MapPictureText } from './exportMapPng.ts';
import { relationsPicture, type PictureShape, type RelationsPictureInput } from '../lib/chart/relationsPicture.ts';

const FONT = "'Noto Sans', system-ui, sans-serif";
const font = (size: number, bold = false) => `${bold ? '700 ' : ''}${size}px ${FONT}`;

function paintShape(context: CanvasRenderingContext2D, shape: PictureShape): void {
  if (shape.kind === 'rect') {
    context.fillStyle = shape.fill;
    context.fillRect(shape.x, shape.y, shape.width, shape.height);
    if (shape.stroke) {
      context.strokeStyle = shape.stroke;
      context.lineWidth = 2;
      context.strokeRect(shape.x + 1, shape.y + 1, shape.width - 2, shape.height - 2);
    }
  } else if (shape.kind === 'text') {
    context.save();
    context.font = font(shape.size, shape.bold);
    context.fillStyle = shape.color;
    context.textBaseline = 'middle';
    context.translate(shape.x, shape.y);
    if (shape.vertical) context.rotate(-Math.PI / 2);
    context.textAlign = shape.align ?? 'left';
    context.fillText(shape.text, 0, 0);
    context.restore();
  } else if (shape.kind === 'line') {
    context.beginPath();
    for (const [index, [x, y]] of shape.points.entries()) {
      if (index === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.setLineDash(shape.dash ?? []);
    context.strokeStyle = shape.stroke;
    context.lineWidth = shape.width;
    context.stroke();
    context.setLineDash([]);
  } else {
    context.beginPath();
    context.arc(shape.x, shape.y, shape.radius, 0, Math.PI * 2);
    context.fillStyle = shape.fill;
    context.fill();
    context.strokeStyle = shape.stroke;
    context.lineWidth = shape.width;
    context.stroke();
  }
}

/** The grid and profiles on a canvas at `scale` device pixels per CSS pixel, or null without a 2D context. */
export function paintRelationsPicture(input: Omit<RelationsPictureInput, 'measure'>, scale: number): HTMLCanvasElement | null {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return null;
  const measure = (text: string, size: number, bold: boolean) => {
    context.font = font(size, bold);
    return context.measureText(text).width;
  };
  const picture = relationsPicture({ ...input, measure });
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, picture.width, picture.height);
  for (const shape of picture.shapes) paintShape(context, shape);
  return canvas;
}

/** Saves the relations view as a PNG file, framed with `text`. */
export async function downloadRelationsPng(input: Omit<RelationsPictureInput, 'measure'>, text: MapPictureText, fileName: string): Promise<boolean> {
  const scale = Math.max(PICTURE_PIXEL_RATIO, window.devicePixelRatio || 1);
  const body = paintRelationsPicture(input, scale);
  const picture = body && framePicture(body, text, scale);
  return picture ? downloadPng(picture, fileName) : false;
}
