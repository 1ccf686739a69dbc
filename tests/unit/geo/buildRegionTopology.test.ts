import type { GeometryCollection } from 'topojson-specification';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { geoContains } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegionTopology, type RegionCountry, type RegionTopology } from '../../../src/lib/geo/buildRegionTopology.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(root + path, 'utf8'));

type Area = Feature<Polygon | MultiPolygon>;

const FOCUS = ['RUS', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];
// Measured: 26,840 bytes at gzip -9 (Dec 2026, world-atlas 2.0.2); the bound leaves room for a few more countries.
const GZIP_BUDGET = 30 * 1024;

let world: Topology;
let countries: RegionCountry[];
let topo: RegionTopology;
let json: string;
let countryFeatures: Area[];
let disputed: Area[];
let water: Area[];

const byId = (features: Area[], id: string): Area => {
  const f = features.find((x) => x.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};
const polygonsOf = (f: Area): Position[][][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
const ringsOf = (f: Area): Position[][] => polygonsOf(f).flat();
const allAreas = (): Area[] => [...countryFeatures, ...disputed, ...water];

beforeAll(() => {
  world = readJson('node_modules/world-atlas/countries-50m.json') as Topology;
  countries = readJson('data/countries.json') as RegionCountry[];
  topo = buildRegionTopology(world, countries);
  json = JSON.stringify(topo);
  const features = (name: keyof RegionTopology['objects']) =>
    (feature(topo, topo.objects[name] as GeometryCollection) as unknown as FeatureCollection<Polygon | MultiPolygon>).features;
  countryFeatures = features('countries');
  disputed = features('disputed');
  water = features('water');
});

describe('buildRegionTopology', () => {
  it('has countries, disputed and water objects and a bbox', () => {
    expect(Object.keys(topo.objects)).toEqual(['countries', 'disputed', 'water']);
    expect(topo.bbox).toHaveLength(4);
    expect(topo.transform).toBeDefined();
  });

  it('gives every country its alpha-3 code as id and as properties.iso3, and a label point inside the region', () => {
    const ids = countryFeatures.map((f) => f.id);
    for (const f of countryFeatures) {
      expect(f.id).toMatch(/^[A-Z]{3}$/);
      expect(f.properties).toEqual({ iso3: f.id, label: expect.any(Array) });
    }
    expect(ids).toEqual(expect.arrayContaining(FOCUS));
    expect(new Set(ids).size).toBe(ids.length);
    for (const code of ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'RUS']) {
      const country = countryFeatures.find((f) => f.id === code)!;
      expect(geoContains(country, (country.properties as { label: [number, number] }).label), code).toBe(true);
    }
  });

  it('keeps only countries listed in countries.json, sorted by id', () => {
    const listed = new Set(countries.map((c) => c.iso3));
    const ids = countryFeatures.map((f) => String(f.id));
    for (const id of ids) expect(listed.has(id)).toBe(true);
    expect(ids).toEqual([...ids].sort());
  });

  it('clips geometry to the region: Alaska stays, the lower 48 states and southern India go', () => {
    const usaLons = ringsOf(byId(countryFeatures, 'USA')).flat().map(([lon]) => lon);
    expect(Math.min(...usaLons)).toBeGreaterThan(170);
    const indiaLats = ringsOf(byId(countryFeatures, 'IND')).flat().map(([, lat]) => lat);
    expect(Math.min(...indiaLats)).toBeGreaterThanOrEqual(topo.bbox![1]);
    expect(Math.min(...indiaLats)).toBeGreaterThan(15);
    expect(geoContains(byId(countryFeatures, 'USA'), [-100, 40])).toBe(false);
  });

  it('keeps every ring closed with at least four positions', () => {
    for (const f of allAreas()) {
      for (const ring of ringsOf(f)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
      }
    }
  });

  it('has no ring jumping more than 180° of longitude between consecutive points', () => {
    for (const f of allAreas()) {
      for (const ring of ringsOf(f)) {
        for (let i = 1; i < ring.length; i++) {
          expect(Math.abs(ring[i][0] - ring[i - 1][0]), `${String(f.id)} at point ${i}`).toBeLessThanOrEqual(180);
        }
      }
    }
  });

  it("keeps Russia's Chukotka, continued east of 180°", () => {
    const russia = byId(countryFeatures, 'RUS');
    const lons = ringsOf(russia).flat().map(([lon]) => lon);
    expect(Math.max(...lons)).toBeGreaterThan(189); // Cape Dezhnev, 169.7° W
    expect(Math.min(...lons)).toBeGreaterThan(0);
    expect(geoContains(russia, [172, 66])).toBe(true); // inland Chukotka, west of 180°
    expect(geoContains(russia, [182, 67.5])).toBe(true); // inland Chukotka, east of 180° (178° W)
    expect(geoContains(russia, [37.62, 55.76])).toBe(true); // Moscow
    expect(geoContains(russia, [20.5, 54.7])).toBe(true); // Kaliningrad
  });

  it('draws Crimea as a disputed area of its own, not as part of Russia', () => {
    const crimea = byId(disputed, 'CRIMEA');
    expect(crimea.properties).toEqual({
      id: 'crimea',
      disputed: true,
      claimants: ['UKR', 'RUS'],
      name: { ru: 'Крым', en: 'Crimea', kk: 'Қырым' },
    });
    const simferopol: [number, number] = [34.1, 44.95];
    expect(geoContains(crimea, simferopol)).toBe(true);
    expect(geoContains(byId(countryFeatures, 'RUS'), simferopol)).toBe(false);
    expect(geoContains(byId(countryFeatures, 'UKR'), simferopol)).toBe(false);
    expect(geoContains(byId(countryFeatures, 'RUS'), [37.3, 45.2])).toBe(true); // Taman peninsula stays Russian
  });

  it('flags every disputed area with its claimants and a name in ru, en and kk', () => {
    for (const f of disputed) {
      const p = f.properties as { id: string; disputed: boolean; claimants: string[]; name: Record<string, string> };
      expect(f.id).toBe(p.id.toUpperCase());
      expect(p.disputed).toBe(true);
      expect(p.claimants.length).toBeGreaterThan(0);
      for (const c of p.claimants) expect(c).toMatch(/^[A-Z]{3}$/);
      expect(Object.keys(p.name).sort()).toEqual(['en', 'kk', 'ru']);
    }
    expect(geoContains(byId(disputed, 'SIACHEN'), [77.1, 35.4])).toBe(true);
  });

  it('emits the Caspian Sea as water containing its open sea and nothing beyond its shores', () => {
    const caspian = byId(water, 'CASPIAN');
    expect(caspian.properties).toEqual({
      id: 'caspian',
      name: { ru: 'Каспийское море', en: 'Caspian Sea', kk: 'Каспий теңізі' },
    });
    expect(geoContains(caspian, [51, 42])).toBe(true);
    expect(geoContains(caspian, [50, 45])).toBe(true);
    expect(geoContains(caspian, [60, 42])).toBe(false);
    expect(geoContains(caspian, [71.4, 51.2])).toBe(false);
  });

  it('cuts the Caspian islands out of the water, along the same arcs as the countries', () => {
    const [, ...islands] = polygonsOf(byId(water, 'CASPIAN'))[0];
    expect(islands.length).toBeGreaterThan(0);
    const key = ([x, y]: Position) => `${x},${y}`;
    for (const island of islands) {
      const points = new Set(island.map(key));
      const owner = countryFeatures.find((f) => ringsOf(f).some((r) => r.length === island.length && r.every((p) => points.has(key(p)))));
      expect(owner, `island at ${key(island[0])}`).toBeDefined();
    }
    expect(geoContains(byId(water, 'CASPIAN'), [53.063, 38.945])).toBe(false); // Ogurja Ada
  });

  it("keeps Kyrgyzstan's enclave holes (Sokh, Shakhimardan, Vorukh)", () => {
    const kyrgyzstan = byId(countryFeatures, 'KGZ');
    const holes = polygonsOf(kyrgyzstan).reduce((n, p) => n + p.length - 1, 0);
    expect(holes).toBeGreaterThanOrEqual(3);
    expect(geoContains(kyrgyzstan, [71.1, 39.97])).toBe(false); // Sokh (Uzbekistan)
    expect(geoContains(byId(countryFeatures, 'UZB'), [71.1, 39.97])).toBe(true);
  });

  it('keeps every listed country that reaches into the region, however small (Bahrain)', () => {
    const ids = countryFeatures.map((f) => String(f.id));
    expect(ids).toContain('BHR');
    expect(ids).toEqual(expect.arrayContaining(FOCUS));
  });

  it('draws each border once: no arc serves more than two rings, and Kyrgyzstan meets Uzbekistan and Tajikistan', () => {
    const uses = new Map<number, number>();
    for (const name of ['countries', 'disputed', 'water'] as const) {
      for (const g of topo.objects[name].geometries) {
        const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
        for (const ring of polygons.flat()) for (const arc of ring) uses.set(arc < 0 ? ~arc : arc, (uses.get(arc < 0 ? ~arc : arc) ?? 0) + 1);
      }
    }
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(2);
    const border = (a: string, b: string) =>
      mesh(topo, topo.objects.countries as GeometryCollection, (x, y) => [x.id, y.id].sort().join() === [a, b].sort().join());
    expect(border('KGZ', 'UZB').coordinates.length).toBeGreaterThan(0);
    expect(border('KGZ', 'TJK').coordinates.length).toBeGreaterThan(0);
  });

  it("simplifies neighbours harder without moving the focus states' lines inside the detail bounds", () => {
    const finerNeighbours = buildRegionTopology(world, countries, { contextPixelArea: 1 });
    expect(JSON.stringify(finerNeighbours).length).toBeGreaterThan(json.length * 1.1);
    const shape = (t: RegionTopology, id: string) =>
      (feature(t, t.objects.countries as GeometryCollection) as unknown as FeatureCollection).features.find((f) => f.id === id)!.geometry;
    for (const id of ['KGZ', 'TJK', 'UZB']) expect(shape(finerNeighbours, id), id).toEqual(shape(topo, id));
  });

  it('quantises as finely up the meridian at 60° N as across it', () => {
    const [kx, ky] = topo.transform!.scale;
    expect(ky / kx).toBeCloseTo(Math.cos(Math.PI / 3), 6);
    expect(kx).toBeLessThan(0.012); // half a pixel at zoom 5: 360° / (512 · 2⁵) / 2 ≈ 0.011°
  });

  it('gives byte-identical output for the same input', () => {
    expect(JSON.stringify(buildRegionTopology(world, countries))).toBe(json);
  });

  it(`stays under ${GZIP_BUDGET / 1024} KB gzipped`, () => {
    expect(gzipSync(json, { level: 9 }).length).toBeLessThan(GZIP_BUDGET);
  });
});
