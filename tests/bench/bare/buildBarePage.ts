/** The bare MapLibre page in a temporary folder, with MapLibre, topojson-client and the data copied beside it. */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RelationsEvent } from '../../../src/lib/data/schema.ts';
import { eventPlacesGeoJson, groupEventsByPlace } from '../../../src/lib/geo/eventPlaces.ts';
import { ROOT } from '../support.ts';

/** Writes the page and returns its folder. */
export function buildBarePage(events: readonly RelationsEvent[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'map-bench-'));
  for (const file of ['index.html', 'bare.js']) copyFileSync(join(ROOT, 'tests/bench/bare', file), join(folder, file));
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(join(ROOT, 'node_modules/maplibre-gl/dist', file), join(folder, file));
  copyFileSync(join(ROOT, 'node_modules/topojson-client/dist/topojson-client.min.js'), join(folder, 'topojson-client.min.js'));
  copyFileSync(join(ROOT, 'src/generated/region.topo.json'), join(folder, 'region.topo.json'));
  writeFileSync(join(folder, 'places.json'), JSON.stringify(eventPlacesGeoJson(groupEventsByPlace(events))));
  return folder;
}
