import type { LayerSpecification, LineLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../../src/lib/data/vocabulary.ts';
import { INITIATIVE_STATUS_LINES } from '../../../src/lib/geo/mapTheme.ts';
import {
  CAPITAL_LABEL_PLACEMENTS,
  HATCH_IMAGE_ID,
  INTERACTIVE_LAYERS,
  LABEL_LAYERS,
  STYLE_IMAGES,
  buildMapStyle,
  labelField,
} from '../../../src/lib/geo/buildMapStyle.ts';
import { placeMarkerRadius } from '../../../src/lib/geo/eventSymbols.ts';
import { regionGeoJson, type RegionGeoJson } from '../../../src/lib/geo/regionGeoJson.ts';
import { fixtureDataset, fixtureTopology } from './mapFixtures.ts';

let region: RegionGeoJson;
beforeAll(() => {
  const dataset = fixtureDataset();
  region = regionGeoJson(fixtureTopology(dataset), dataset.countries);
});

const layer = (layers: LayerSpecification[], id: string) => {
  const found = layers.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
};

describe('buildMapStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(buildMapStyle({ region, lang: 'ru' }))).toEqual([]);
  });

  it('draws an initiative line by its status: dotted when proposed, dashed when agreed, dash-dot while built, solid when operating, not at all before', () => {
    const style = buildMapStyle({ region, lang: 'ru' });
    expect(validateStyleMin(style)).toEqual([]);
    const corridors = layer(style.layers, 'initiative-corridors') as LineLayerSpecification;
    const dash = corridors.paint?.['line-dasharray'] as unknown[];
    expect(dash[0]).toBe('match');
    expect(dash).toContainEqual(['literal', [...INITIATIVE_STATUS_LINES.proposed.dash]]);
    expect(dash).toContainEqual(['literal', [...INITIATIVE_STATUS_LINES['under-construction'].dash]]);
    expect(JSON.stringify(corridors.filter)).toContain('"none"');
  });

  it('needs nothing from the network: no glyphs, no sprite, only inline GeoJSON sources', () => {
    const style = buildMapStyle({ region, lang: 'ru' });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('paints the sea as the background and the Caspian as water over the land', () => {
    const style = buildMapStyle({ region, lang: 'ru' });
    const background = layer(style.layers, 'background');
    const caspian = layer(style.layers, 'water-fill');
    expect(background.paint).toEqual({ 'background-color': expect.any(String) });
    expect((caspian.paint as Record<string, unknown>)['fill-color']).toBe((background.paint as Record<string, unknown>)['background-color']);
    const ids = style.layers.map((candidate) => candidate.id);
    expect(ids.indexOf('water-fill')).toBeGreaterThan(ids.indexOf('countries-fill'));
  });

  it('hatches disputed areas over a neutral fill, in neither claimant’s colour', () => {
    const style = buildMapStyle({ region, lang: 'ru' });
    expect(layer(style.layers, 'disputed-hatch').paint).toMatchObject({ 'fill-pattern': HATCH_IMAGE_ID });
    const ids = style.layers.map((candidate) => candidate.id);
    for (const land of ['countries-fill', 'neighbours-fill', 'others-fill']) expect(ids.indexOf('disputed-fill')).toBeGreaterThan(ids.indexOf(land));
    expect(STYLE_IMAGES).toContain(HATCH_IMAGE_ID);
  });

  it('paints every area in one constant colour without antialiasing, so all fills share one shader', () => {
    const style = buildMapStyle({ region, lang: 'ru' });
    const fills = style.layers.filter((candidate) => candidate.type === 'fill');
    expect(fills.length).toBeGreaterThanOrEqual(6);
    for (const fill of fills) {
      const paint = fill.paint as Record<string, unknown>;
      expect(Array.isArray(paint['fill-color']), fill.id).toBe(false);
      expect(paint['fill-antialias'], fill.id).toBe(false);
    }
  });

  it('writes every label in the UI language', () => {
    for (const lang of ['ru', 'en', 'kk'] as const) {
      const style = buildMapStyle({ region, lang });
      for (const id of LABEL_LAYERS) expect((layer(style.layers, id).layout as Record<string, unknown>)['text-field']).toEqual(labelField(lang));
    }
    const kazakhstan = region.countryLabels.features.find((label) => label.properties.iso3 === 'KAZ');
    expect(kazakhstan?.properties).toMatchObject({ name_ru: 'Казахстан', name_en: 'Kazakhstan', name_kk: 'Қазақстан' });
  });

  it('has an image for every event type and every interactive layer exists', () => {
    const style = buildMapStyle({ region, lang: 'en' });
    for (const type of EVENT_TYPES) expect(STYLE_IMAGES).toContain(`event-${type}`);
    const ids = new Set(style.layers.map((candidate) => candidate.id));
    for (const id of Object.values(INTERACTIVE_LAYERS).flat()) expect(ids.has(id)).toBe(true);
  });

  it("draws the event markers above every layer but the six states' names, and lets no marker push a name off the map", () => {
    const style = buildMapStyle({ region, lang: 'en' });
    const ids = style.layers.map((candidate) => candidate.id);
    // One-event symbols under the circles of busier places, so a neighbour's symbol never covers a count.
    expect(ids.slice(-5)).toEqual(['event-places-selected', 'event-places-single', 'event-places-group', 'event-places-count', 'country-labels-focus']);
    const single = layer(style.layers, 'event-places-single').layout as Record<string, unknown>;
    expect(single['icon-allow-overlap']).toBe(true);
    expect(single['icon-ignore-placement']).toBe(true);
    expect((layer(style.layers, 'event-places-count').layout as Record<string, unknown>)['text-ignore-placement']).toBe(true);
  });

  it('puts capital names beside the event markers, clear of a marker of 25 events, trying the sides first', () => {
    const style = buildMapStyle({ region, lang: 'ru' });
    const labels = layer(style.layers, 'capital-labels').layout as Record<string, unknown>;
    expect(labels['text-anchor']).toBeUndefined();
    expect(labels['text-variable-anchor-offset']).toEqual(CAPITAL_LABEL_PLACEMENTS);
    const placements = CAPITAL_LABEL_PLACEMENTS.filter((_, index) => index % 2 === 0);
    expect(placements.slice(0, 2)).toEqual(['left', 'right']);
    const textSize = labels['text-size'] as number;
    for (let index = 1; index < CAPITAL_LABEL_PLACEMENTS.length; index += 2) {
      const [x, y] = CAPITAL_LABEL_PLACEMENTS[index] as [number, number];
      expect(Math.hypot(x, y) * textSize).toBeGreaterThanOrEqual(placeMarkerRadius(25));
    }
  });

  it('draws the region from one source, each layer filtering on the part of it that it draws', () => {
    const style = buildMapStyle({ region, lang: 'ru' });
    expect(Object.keys(style.sources).sort()).toEqual(['arcs', 'initiatives', 'places', 'region']);
    const source = style.sources.region as unknown as { data: { features: { properties: { part: string } }[] } };
    const parts = (part: string) => source.data.features.filter((feature) => feature.properties.part === part).length;
    expect(parts('country')).toBe(region.countries.features.length);
    expect(parts('water')).toBe(region.water.features.length);
    expect(parts('disputed')).toBe(region.disputed.features.length);
    expect(parts('country-label')).toBe(region.countryLabels.features.length);
    expect(parts('capital')).toBe(region.capitals.features.length);
    for (const id of ['countries-fill', 'water-fill', 'disputed-hatch', 'capitals', 'country-labels-focus']) {
      expect(JSON.stringify((layer(style.layers, id) as { filter?: unknown }).filter)).toContain('"part"');
    }
  });

  it('credits the geometry and the data in the attribution', () => {
    const style = buildMapStyle({ region, lang: 'en', attribution: { geometry: 'Natural Earth / world-atlas', data: 'Data: project' } });
    const credits = Object.values(style.sources).map((source) => (source as { attribution?: string }).attribution);
    expect(credits).toContain('Natural Earth / world-atlas');
    expect(credits).toContain('Data: project');
  });
});
