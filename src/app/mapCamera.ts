/**
 * Where the map looks now ({lon, lat, zoom}), for the lesson editor's "add the current map view".
 * The map component registers a reader, as it registers its painter (mapSnapshot.ts): nothing
 * else holds the MapLibre instance, and the SVG fallback (no WebGL) registers none.
 */

interface MapCamera {
  lon: number;
  lat: number;
  zoom: number;
}

/** The part of a MapLibre map the reader needs (a test passes a fake). */
interface CameraSource {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
}

let reader: (() => MapCamera) | null = null;

/** Called by the map component once its map exists; returns the unregister function. */
export function registerMapCamera(map: CameraSource): () => void {
  const read = (): MapCamera => {
    const center = map.getCenter();
    return { lon: center.lng, lat: center.lat, zoom: map.getZoom() };
  };
  reader = read;
  return () => {
    if (reader === read) reader = null;
  };
}

/** The map's centre and zoom, or null when no map can say (not drawn yet, or the SVG fallback). */
export function readMapCamera(): MapCamera | null {
  return reader ? reader() : null;
}
