/**
 * A picture of the map as it is now, for the PNG export and the printed handout. The map
 * component registers how to paint itself; a WebGL canvas only holds its picture right after a
 * frame is drawn (no preserveDrawingBuffer, which would slow every frame), so MapLibre is asked
 * to redraw synchronously and is copied in the same task.
 */

/** Paints the current map onto a new 2D canvas at its device-pixel size, or returns null if it cannot. */
export type MapPainter = () => HTMLCanvasElement | Promise<HTMLCanvasElement | null> | null;

let painter: MapPainter | null = null;

/** Called by the map component once its map exists; returns the unregister function. */
export function registerMapPainter(paint: MapPainter): () => void {
  painter = paint;
  return () => {
    if (painter === paint) painter = null;
  };
}

/** The map as a 2D canvas, or null when no map has registered (nothing drawn yet). */
export async function paintMap(): Promise<HTMLCanvasElement | null> {
  return painter ? await painter() : null;
}

/** The part of a MapLibre map the snapshot needs. */
export interface RedrawableMap {
  redraw(): unknown;
  getCanvas(): HTMLCanvasElement;
  getPixelRatio(): number;
  setPixelRatio(ratio: number): void;
}

/** Pictures of the map are drawn at least at this pixel ratio: sharp in an article and on paper. */
export const PICTURE_PIXEL_RATIO = 2;

function copyOf(source: CanvasImageSource, width: number, height: number): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = width;
  copy.height = height;
  copy.getContext('2d')?.drawImage(source, 0, 0, width, height);
  return copy;
}

/**
 * The map as a 2D canvas only if it can be painted at once (MapLibre can, the SVG fallback cannot):
 * `beforeprint` gives no time to wait, and an SVG map prints well as it is.
 */
export function paintMapNow(): HTMLCanvasElement | null {
  const result = painter?.();
  return result instanceof HTMLCanvasElement ? result : null;
}

/**
 * A MapLibre map's current frame at twice the screen's pixels (at least), redrawn and copied at once
 * (synchronous, so it works in `beforeprint`); the screen's ratio is put back after.
 */
export function paintMapLibre(map: RedrawableMap): HTMLCanvasElement {
  const screenRatio = map.getPixelRatio();
  const pictureRatio = Math.max(PICTURE_PIXEL_RATIO, screenRatio);
  if (pictureRatio !== screenRatio) map.setPixelRatio(pictureRatio);
  try {
    map.redraw();
    const canvas = map.getCanvas();
    return copyOf(canvas, canvas.width, canvas.height);
  } finally {
    if (pictureRatio !== screenRatio) map.setPixelRatio(screenRatio);
  }
}

/** An SVG map (the fallback without WebGL) rasterised through an image, with its computed size. */
export async function paintSvg(svg: SVGSVGElement, scale = window.devicePixelRatio || 1): Promise<HTMLCanvasElement | null> {
  const { width, height } = svg.getBoundingClientRect();
  if (width === 0 || height === 0) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const markup = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  return copyOf(image, Math.round(width * scale), Math.round(height * scale));
}
