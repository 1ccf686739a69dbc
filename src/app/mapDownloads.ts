/**
 * The map's code (MapLibre, ~300 KB gzipped), its worker and the region geometry are the page's
 * largest downloads. They start here, as the page starts, in parallel with the app code and the
 * data, rather than when the map component mounts (three round trips later). The module cache
 * hands the same promises to the map component.
 */
import { maplibreWorkerUrl } from './maplibreWorker.ts';

let webgl2: boolean | undefined;

/** True where the browser can give MapLibre 6 a WebGL2 context (checked once). */
export function supportsWebGL2(): boolean {
  if (webgl2 === undefined) {
    try {
      webgl2 = document.createElement('canvas').getContext('webgl2') !== null;
    } catch {
      webgl2 = false;
    }
  }
  return webgl2;
}

export function loadRegionTopology() {
  return import('../generated/region.topo.json');
}

/** MapLibre, its worker's URL and its stylesheet (kept out of the app's own CSS). */
export function loadMapLibre() {
  return Promise.all([import('maplibre-gl'), maplibreWorkerUrl(), import('maplibre-gl/dist/maplibre-gl.css')]);
}

/** Starts the downloads; failures surface later, where the map awaits them and falls back to SVG. */
export function startMapDownloads(): void {
  loadRegionTopology().catch(() => undefined);
  if (supportsWebGL2()) loadMapLibre().catch(() => undefined);
}
