/**
 * Where MapLibre's worker comes from. Vite does not emit MapLibre 6's worker by itself, so the
 * normal build hands it over as a same-origin file URL; the single-file build (opened from a USB
 * stick, `file://`) has no files to load, so the worker's source is inlined and started from a
 * blob: URL. The mode is a build-time constant: each build carries only its own branch.
 */
let workerUrl: Promise<string> | undefined;

/** The worker's URL, made once: the page starts it early and the map asks again when it mounts. */
export function maplibreWorkerUrl(): Promise<string> {
  workerUrl ??= resolveWorkerUrl();
  return workerUrl;
}

async function resolveWorkerUrl(): Promise<string> {
  if (import.meta.env.MODE === 'single') {
    const { default: source } = await import('maplibre-gl/dist/maplibre-gl-worker.mjs?raw');
    return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  }
  const { default: url } = await import('maplibre-gl/dist/maplibre-gl-worker.mjs?url');
  return url;
}
