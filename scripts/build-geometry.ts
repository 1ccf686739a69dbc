/**
 * Builds src/generated/region.topo.json from world-atlas 50m and data/countries.json.
 * Run with `npm run geo`. Deterministic: the same inputs give a byte-identical file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { buildRegionTopology, type RegionCountry } from '../src/lib/geo/buildRegionTopology.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const worldPath = resolve(root, 'node_modules/world-atlas/countries-50m.json');
const countriesPath = resolve(root, 'data/countries.json');
const outPath = resolve(root, 'src/generated/region.topo.json');

const world = JSON.parse(readFileSync(worldPath, 'utf8')) as Topology;
const countries = JSON.parse(readFileSync(countriesPath, 'utf8')) as RegionCountry[];

const region = buildRegionTopology(world, countries);
const json = JSON.stringify(region);

mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, json);

const missing = countries.map((c) => c.iso3).filter((iso3) => !region.objects.countries.geometries.some((g) => g.id === iso3));
const bytes = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).length;
console.log(
  `geo: wrote ${outPath.slice(root.length + 1)} — ${bytes} bytes, ${gzip} bytes gzipped; ` +
    `${region.objects.countries.geometries.length} countries, ${region.objects.disputed.geometries.length} disputed, ` +
    `${region.objects.water.geometries.length} water` +
    (missing.length ? `; outside the region: ${missing.join(', ')}` : ''),
);
